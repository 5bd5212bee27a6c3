/**
 * The portal side of a one-time sign-in link: `GET https://<any host>/bitrix-id/sso?ticket=…`.
 * Matched by path on every host, because portals live on many domains (any zone, any name).
 */
import { http, type HttpHandler } from 'msw';
import type { MockBackend } from '../backend/mock-backend.ts';
import { htmlPage } from './html-responses.ts';

export const PORTAL_SSO_PATH = '/bitrix-id/sso';

export function portalSsoPageHandler(backend: MockBackend): HttpHandler {
  return http.get(
    ({ request }) => new URL(request.url).pathname === PORTAL_SSO_PATH,
    ({ request }) => {
      const url = new URL(request.url);
      const page = backend.portalSsoPage(url.hostname, url.searchParams.get('ticket') ?? '');
      return htmlPage(page.status, page.html);
    },
  );
}
