import { isAbsolute, join, relative } from 'node:path';

/**
 * The built renderer is served from `app://bitrix-id/…` rather than `file://` (Electron's security
 * checklist, item 18): a file:// page may read any other file:// URL, an app:// page only what the
 * handler chooses to serve, which is the renderer folder and nothing else.
 */
export const APP_SCHEME = 'app';

/**
 * One fixed host, so the page has one stable origin: its localStorage survives restarts, the CSP's
 * 'self' means exactly this origin, and the app-URL check compares against a constant. The handler
 * answers no other host, so no second origin can show the same files.
 */
export const APP_HOST = 'bitrix-id';

export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * What `app` is registered with, and why each is needed:
 * - standard: relative URLs resolve (./assets/…), the page gets a real origin for 'self' in the CSP, and
 *   web storage works (the language choice lives in localStorage);
 * - secure: the page is a secure context, as file:// pages were.
 * Left off on purpose: corsEnabled (it would let other origins, such as a portal page, read our files),
 * bypassCSP, supportFetchAPI (the renderer never calls fetch(); module scripts and dynamic imports from
 * the page's own origin need no privilege), allowServiceWorkers, stream, codeCache.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true } as const;

/** Parses `url` if it is on app://bitrix-id (no other host, port or credentials), else null. */
function parseAppUrl(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const onAppHost = parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username && !parsed.password;
  return onAppHost ? parsed : null;
}

/** Whether `url` is the app's page, app://bitrix-id/index.html, whatever its query or fragment. */
export function isAppPageUrl(url: string): boolean {
  return parseAppUrl(url)?.pathname === '/index.html';
}

/**
 * A path segment that names a file or folder inside the renderer folder: decodes, and is not empty,
 * not "." or "..", not hidden, and holds no separator, drive or stream colon, or NUL once decoded.
 */
function safeSegment(segment: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return null;
  }
  return decoded !== '' && !decoded.startsWith('.') && !/[/\\:\0]/.test(decoded) ? decoded : null;
}

/**
 * The file inside `rendererDir` that an app:// URL names, or null for anything else: another scheme or
 * host, a folder, a traversal (literal or percent-encoded "..", encoded separators, backslashes) or an
 * absolute path smuggled into a segment. The query and fragment play no part.
 */
export function rendererFilePath(rendererDir: string, url: string): string | null {
  const parsed = parseAppUrl(url);
  if (!parsed) return null;
  const segments = parsed.pathname.split('/').slice(1).map(safeSegment);
  if (segments.length === 0 || segments.some((segment) => segment === null)) return null;
  const file = join(rendererDir, ...(segments as string[]));
  // A second guard, independent of the segment rules: the result must still lie inside the folder.
  const inside = relative(rendererDir, file);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? file : null;
}
