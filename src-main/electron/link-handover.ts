import { app } from 'electron';
import { resolve } from 'node:path';
import { linkArguments } from '../links/link-inbox.ts';

export const LINK_SCHEME = 'bitrixid';

/**
 * Makes this app the OS handler of `bitrixid://`. Installers register it for packaged builds; in
 * development Electron must be told how to start this very app (the electron binary plus the entry).
 */
export function registerLinkScheme(): void {
  if (app.isPackaged) app.setAsDefaultProtocolClient(LINK_SCHEME);
  else if (process.argv[1]) app.setAsDefaultProtocolClient(LINK_SCHEME, process.execPath, [resolve(process.argv[1])]);
}

/**
 * Collects the links the OS hands over: in this launch's arguments, in a second launch's arguments
 * (Windows, Linux), and from macOS's `open-url`, which may fire before the app is ready. Links
 * that arrive before `deliverTo` is called wait for it.
 */
export function collectLinks(): { fromSecondLaunch(argv: readonly string[]): void; deliverTo(receive: (link: string) => void): void } {
  let receiver: ((link: string) => void) | null = null;
  const waiting: string[] = [...linkArguments(process.argv.slice(1))];
  const take = (link: string) => (receiver ? receiver(link) : waiting.push(link));
  app.on('open-url', (event, url) => {
    event.preventDefault();
    take(url);
  });
  return {
    fromSecondLaunch: (argv) => linkArguments(argv).forEach(take),
    deliverTo(receive) {
      receiver = receive;
      waiting.splice(0).forEach(receive);
    },
  };
}
