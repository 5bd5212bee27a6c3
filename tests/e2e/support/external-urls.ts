import { OPEN_EXTERNAL_PREFIX } from '../../../harness/protocol.ts';

const POLL_MS = 50;

/**
 * The URLs the app asked the system browser to open, in order, read from what it printed (the
 * harness prints each on its own line). `next()` waits for the first one not yet handed out.
 */
export function externalUrlReader(output: () => string) {
  let handedOut = 0;
  const all = () =>
    output()
      .split('\n')
      .filter((line) => line.startsWith(OPEN_EXTERNAL_PREFIX))
      .map((line) => line.slice(OPEN_EXTERNAL_PREFIX.length).trim());
  return {
    async next(timeoutMs = 10_000): Promise<string> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const url = all()[handedOut];
        if (url) {
          handedOut++;
          return url;
        }
        if (Date.now() > deadline) throw new Error('The app opened no (further) URL in the system browser.');
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    },
  };
}
