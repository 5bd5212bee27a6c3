/**
 * Which proxy addresses the app accepts: `http://host:port` or `https://host:port`, with nothing
 * else in them. The user name and password are typed in their own fields and kept in the OS
 * keychain, never in the address (it lives in settings.json). Without zod, so the renderer can
 * check as the person types.
 */

/** Why a proxy address is refused, so the person is told what to type instead. */
export type ProxyUrlProblem =
  /** Not `http://` or `https://` followed by a host name. */
  | 'not_a_url'
  /** A user name or password in the address. */
  | 'credentials'
  /** A path, a query (?…) or a fragment (#…) after the host and port. */
  | 'extras';

export function proxyUrlProblem(value: string): ProxyUrlProblem | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'not_a_url';
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return 'not_a_url';
  if (url.username || url.password) return 'credentials';
  if (url.pathname !== '/' || url.search || url.hash) return 'extras';
  return null;
}

export const isAllowedProxyUrl = (value: string): boolean => proxyUrlProblem(value) === null;

/** An allowed proxy address as the app keeps it: scheme, host and port only (`http://proxy.example.com:3128`). */
export const normalisedProxyUrl = (value: string): string => new URL(value.trim()).origin;
