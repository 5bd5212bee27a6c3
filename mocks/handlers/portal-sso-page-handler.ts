/**
 * The portal side of a one-time sign-in link: `GET https://<any host>/bitrix-id/sso?ticket=…`.
 * Matched by path on every host, because portals live on many domains (any zone, any name).
 */
import { http, type HttpHandler } from 'msw';
import type { MockBackend } from '../backend/mock-backend.ts';
import { PORTAL_SSO_PATH } from '../backend/portal-sso.ts';
import { htmlPage } from './html-responses.ts';

/**
 * The host the browser asked for, from the Host header as a web server hosting many sites reads
 * it: the standalone server rebuilds every URL on its own address, so the URL alone would name
 * the server, never the portal.
 */
function requestedHost(request: Request): string {
  const header = request.headers.get('host');
  if (header === null) return new URL(request.url).hostname;
  try {
    return new URL(`http://${header}`).hostname;
  } catch {
    return '';
  }
}

export function portalSsoPageHandler(backend: MockBackend): HttpHandler {
  return http.get(
    ({ request }) => new URL(request.url).pathname === PORTAL_SSO_PATH,
    ({ request }) => {
      const page = backend.portalSsoPage(requestedHost(request), new URL(request.url).searchParams.get('ticket') ?? '');
      return htmlPage(page.status, page.html);
    },
  );
}
