import { LINK_SCHEME } from './bitrix-id-links.ts';

/** The links a launch hands over: on Windows and Linux the URL is one of the command-line arguments. */
export function linkArguments(argv: readonly string[]): string[] {
  return argv.filter((argument) => argument.toLowerCase().startsWith(`${LINK_SCHEME}:`));
}

/**
 * The `bitrixid://` links the OS hands over, on their way to the app core: those that arrive before
 * it can take them (in this launch's arguments, or from macOS's `open-url` before the app is ready)
 * wait, in order, for `deliverTo`; later ones go straight through.
 */
export class PendingLinks {
  private receiver: ((link: string) => void) | null = null;
  private readonly waiting: string[] = [];

  take(link: string): void {
    if (this.receiver) this.receiver(link);
    else this.waiting.push(link);
  }

  /** The links among a launch's arguments (Windows and Linux hand them over this way). */
  takeArguments(argv: readonly string[]): void {
    for (const link of linkArguments(argv)) this.take(link);
  }

  deliverTo(receive: (link: string) => void): void {
    this.receiver = receive;
    for (const link of this.waiting.splice(0)) receive(link);
  }
}
