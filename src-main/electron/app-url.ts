import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

/** Recognises the app's own page: the dev server's origin, or the built index.html file. */
export function createAppUrlCheck(devServerUrl: string | undefined, rendererDir: string): (url: string) => boolean {
  if (devServerUrl) {
    const origin = new URL(devServerUrl).origin;
    return (url) => {
      try {
        return new URL(url).origin === origin;
      } catch {
        return false;
      }
    };
  }
  const indexUrl = pathToFileURL(join(rendererDir, 'index.html')).href;
  return (url) => url.split(/[?#]/, 1)[0] === indexUrl;
}
