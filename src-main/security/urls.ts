import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

/** Whether `url` parses and is on `origin` (scheme, host and port alike). */
export function hasOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** Only https links may leave the app for the system browser. */
export function isExternalHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Recognises the app's own page: the dev server's origin, or the built index.html file. */
export function createAppUrlCheck(devServerUrl: string | undefined, rendererDir: string): (url: string) => boolean {
  if (devServerUrl) {
    const origin = new URL(devServerUrl).origin;
    return (url) => hasOrigin(url, origin);
  }
  const indexUrl = pathToFileURL(join(rendererDir, 'index.html')).href;
  return (url) => url.split(/[?#]/, 1)[0] === indexUrl;
}

/** This machine: `localhost`, `127.x.x.x` or `[::1]` (a URL's hostname, as `URL` writes it). */
export function isLoopbackHostname(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}
