/**
 * Answers meant for a browser rather than the app: the consent pages, with headers that allow no
 * script, no framing and no caching, and the redirects that take the browser back to the app.
 */
import { HttpResponse } from 'msw';

/**
 * No script or other resource at all; inline styles only; forms may post to this server and to
 * the app's loopback listener (a browser checks `form-action` on the redirect that follows too).
 */
export const CONSENT_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http://127.0.0.1:*";

const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': CONSENT_PAGE_CSP,
  'X-Frame-Options': 'DENY',
  // A consent page holds a one-time request id: never to be shown again from a cache.
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  // The page's URL (a request id) is nobody else's business, the app's listener included.
  'Referrer-Policy': 'no-referrer',
};

export function htmlPage(status: number, html: string): Response {
  return new HttpResponse(html, { status, headers: PAGE_HEADERS });
}

/** 302 to the app's redirect URI; the code in it must not be cached or passed on as a referrer. */
export function redirectTo(location: string): Response {
  return new HttpResponse(null, {
    status: 302,
    headers: { Location: location, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' },
  });
}
