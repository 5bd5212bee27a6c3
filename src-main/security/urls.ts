import { isAppPageUrl } from './app-scheme.ts';

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

/**
 * Recognises the app's own page: the dev server's origin, or the built page at app://bitrix-id/index.html.
 * A file:// URL is never the app's page, not even the built index.html itself.
 */
export function createAppUrlCheck(devServerUrl: string | undefined): (url: string) => boolean {
  if (devServerUrl) {
    const origin = new URL(devServerUrl).origin;
    return (url) => hasOrigin(url, origin);
  }
  return isAppPageUrl;
}

/** This machine: `localhost`, `127.x.x.x` or `[::1]` (a URL's hostname, as `URL` writes it). */
export function isLoopbackHostname(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}
