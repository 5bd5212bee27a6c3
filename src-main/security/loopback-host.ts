/**
 * The Host rule of every loopback server (the standalone mock, the embedded mock's browser front,
 * the app's social sign-in listener): a request counts only when addressed to the server by one of
 * its own names. A web page that rebinds its own DNS name to 127.0.0.1 reaches the port, but its
 * requests still carry that name in Host, so they are refused (DNS rebinding). Pure; it lives in
 * main because main imports nothing from mocks/ but through the embedded-mock loader, and the
 * mocks' servers import it from here.
 */

/** RFC 9110 §15.5.20: the request reached a server that does not answer for that host. */
export const FOREIGN_HOST_STATUS = 421;
export const FOREIGN_HOST_TEXT = 'This server answers only requests addressed to its own loopback address.';

/** How a URL (and so a browser's Host header) writes an address: IPv6 literals in brackets. */
export function hostWithPort(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** The names a local server answers to on `port`: 127.0.0.1, localhost and [::1]. */
export function loopbackHosts(port: number): string[] {
  return ['127.0.0.1', 'localhost', '::1'].map((host) => hostWithPort(host, port));
}

/**
 * Whether a request's Host header is one of `allowed` (each "name:port", as `hostWithPort` writes
 * it). Host names are compared without regard to case (RFC 9110 §4.2.3); anything else must match
 * exactly: a missing port, another port, a trailing dot or user info is another host.
 */
export function isAllowedHost(header: string | undefined, allowed: readonly string[]): boolean {
  if (header === undefined || header === '') return false;
  const host = header.toLowerCase();
  return allowed.some((name) => name.toLowerCase() === host);
}

/**
 * Whether a request target is in origin form ("/path?query"), the only form a browser sends to
 * an origin server. An absolute form ("http://other.example/…") names a host of its own.
 */
export function isOriginForm(target: string | undefined): boolean {
  return target !== undefined && target.startsWith('/') && !target.startsWith('//');
}
