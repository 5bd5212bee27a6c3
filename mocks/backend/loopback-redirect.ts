/**
 * Redirect URIs for native apps (RFC 8252 §7.3): plain http to a loopback IP literal on any port.
 * Nothing else is accepted, so the consent page can never send a code (or anything) elsewhere.
 */

/**
 * `http://127.0.0.1:<port>` or `http://[::1]:<port>`, an optional path and query, no fragment
 * (RFC 6749 §3.1.2) and no user info. The port must be written out: the app's listener has one.
 * `localhost` is refused, as RFC 8252 §8.3 advises: it may resolve to something else.
 */
const LOOPBACK_REDIRECT = /^http:\/\/(?:127\.0\.0\.1|\[::1\]):(\d{1,5})(?:\/[^\s#]*)?$/;

const MAX_REDIRECT_URI_LENGTH = 2048;

export function isLoopbackRedirectUri(value: string): boolean {
  if (value.length > MAX_REDIRECT_URI_LENGTH) return false;
  const port = LOOPBACK_REDIRECT.exec(value)?.[1];
  if (port === undefined) return false;
  const number = Number(port);
  return number >= 1 && number <= 65535 && URL.canParse(value);
}

/** The redirect URI with `params` added to its query (any query it already has is kept). */
export function redirectWith(redirectUri: string, params: Readonly<Record<string, string>>): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}
