import { app } from 'electron';
import { resolve } from 'node:path';
import { LINK_SCHEME } from '../links/bitrix-id-links.ts';
import { PendingLinks } from '../links/pending-links.ts';

/**
 * Makes this app the OS handler of `bitrixid://`. Installers register it for packaged builds; in
 * development Electron must be told how to start this very app (the electron binary plus the entry).
 */
export function registerLinkScheme(): void {
  if (app.isPackaged) app.setAsDefaultProtocolClient(LINK_SCHEME);
  else if (process.argv[1]) app.setAsDefaultProtocolClient(LINK_SCHEME, process.execPath, [resolve(process.argv[1])]);
}

/**
 * Collects the links the OS hands over: in this launch's arguments, and from macOS's `open-url`,
 * which may fire before the app is ready. A second launch's arguments (Windows, Linux) are passed
 * to `takeArguments` by whoever hears of it.
 */
export function collectLinks(): PendingLinks {
  const links = new PendingLinks();
  links.takeArguments(process.argv.slice(1));
  app.on('open-url', (event, url) => {
    event.preventDefault();
    links.take(url);
  });
  return links;
}
