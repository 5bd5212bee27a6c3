/**
 * Which server addresses the app accepts: https only, except on this machine (loopback), where a
 * local server may speak plain http. Without zod, so the renderer can check as the person types.
 */

/** Why an address is refused, so the person is told what to do about it. */
export type ServerUrlProblem =
  /** Not a full web address (no https:// in front, or not an address at all). */
  | 'not_a_url'
  /** A user name or password in the address. */
  | 'credentials'
  /** A query (?…) or a fragment (#…) after the address. */
  | 'extras'
  /** Plain http to another computer. */
  | 'not_https';

export function serverUrlProblem(value: string): ServerUrlProblem | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not_a_url';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'not_a_url';
  if (url.username || url.password) return 'credentials';
  if (url.search || url.hash) return 'extras';
  if (url.protocol === 'https:') return null;
  const loopback = ['localhost', '[::1]'].includes(url.hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(url.hostname);
  return loopback ? null : 'not_https';
}

export const isAllowedServerUrl = (value: string): boolean => serverUrlProblem(value) === null;

/** An allowed address as the app keeps it: parsed, without a trailing slash, so two spellings of one server compare equal. */
export const normalisedServerUrl = (value: string): string => new URL(value.trim()).toString().replace(/\/+$/, '');
