/**
 * The address of a page shown in a proxied web frame: `/web-frame/<frame id>/<scheme>/<host:port><path>?<query>`.
 * The target rides in the path so that the page's own relative links and forms resolve inside the
 * proxy, and the frame id, unguessable, is the only capability an iframe needs (it cannot send the
 * bridge's secret).
 */

export const WEB_FRAME_PATH_PREFIX = '/web-frame/';

const SCHEMES = new Set(['http', 'https']);

/** The proxied address of `target` in frame `frameId`, or null for anything but http(s). */
export function webFramePath(frameId: string, target: URL): string | null {
  const scheme = target.protocol.slice(0, -1);
  if (!SCHEMES.has(scheme) || target.username !== '' || target.password !== '') return null;
  return `${WEB_FRAME_PATH_PREFIX}${frameId}/${scheme}/${target.host}${target.pathname}${target.search}${target.hash}`;
}

/** The frame id and the target of a request to `/web-frame/…` (its path and query), or null when it names none. */
export function parseWebFramePath(pathname: string, search: string): { frameId: string; target: URL } | null {
  if (!pathname.startsWith(WEB_FRAME_PATH_PREFIX)) return null;
  const [frameId = '', scheme = '', host = '', ...rest] = pathname.slice(WEB_FRAME_PATH_PREFIX.length).split('/');
  if (frameId === '' || !SCHEMES.has(scheme) || host === '') return null;
  let target: URL;
  try {
    target = new URL(`${scheme}://${host}/${rest.join('/')}${search}`);
  } catch {
    return null;
  }
  // The host segment must be a host and nothing more (no user info, nothing the parser re-reads).
  if (target.host !== host.toLowerCase() || target.username !== '' || target.password !== '') return null;
  return { frameId, target };
}
