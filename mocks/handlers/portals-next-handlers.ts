/**
 * The "Portals" issue's JSON routes (only with `portalsNext`): the linked-portals notice, one-time
 * portal sign-in, zones, name suggestions and availability, and creating a portal. Documented in
 * `openapi-portals-next.yaml`; their error codes stay out of `API_ERROR_CODES` until that document
 * joins `openapi.yaml`.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { MockBackend } from '../backend/mock-backend.ts';
import { MAX_CREATED_PORTALS } from '../backend/portal-creation.ts';
import { apiError, invalidRequest, readJsonObject } from './api-responses.ts';
import { authenticateRequest } from './bearer-auth.ts';

export const PORTAL_LIMIT_MESSAGE = `You can create at most ${MAX_CREATED_PORTALS} Bitrix24 accounts.`;

type PortalsNextErrorCode = 'portal_unavailable' | 'portal_limit_reached' | 'portal_name_taken';

function portalsNextError(status: number, error: PortalsNextErrorCode, message: string, reason?: string): Response {
  return HttpResponse.json({ error, message, ...(reason === undefined ? {} : { reason }) }, { status });
}

export function portalsNextHandlers(backend: MockBackend, baseUrl: string): HttpHandler[] {
  return [
    http.get(`${baseUrl}/me/linked-portals-notice`, ({ request }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      return HttpResponse.json({ newly_linked: backend.linkedPortalsNotice(caller.userId) });
    }),
    http.get(`${baseUrl}/portals/zones`, () => HttpResponse.json({ items: backend.portalZones() })),
    http.get(`${baseUrl}/portals/suggested-name`, ({ request }) => {
      const suggestion = backend.suggestPortalName(new URL(request.url).searchParams.get('zone') ?? '');
      if (!suggestion) return invalidRequest('Unknown zone.', { zone: 'invalid' });
      return HttpResponse.json(suggestion);
    }),
    http.get(`${baseUrl}/portals/availability`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      return HttpResponse.json(backend.portalNameAvailability(query.get('name') ?? '', query.get('zone') ?? ''));
    }),
    http.post(`${baseUrl}/portals`, async ({ request }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      const body = await readJsonObject(request);
      if (body instanceof Response) return body;
      const name = typeof body['name'] === 'string' ? body['name'] : '';
      const zone = typeof body['zone'] === 'string' ? body['zone'] : '';
      const outcome = backend.createPortal(caller.userId, { name, zone });
      if (outcome.ok) return HttpResponse.json(outcome.portal, { status: 201 });
      switch (outcome.error) {
        case 'invalid_name':
          return invalidRequest('The name must be 3–30 lower-case letters, digits or hyphens, not starting or ending with a hyphen.', {
            name: 'invalid',
          });
        case 'invalid_zone':
          return invalidRequest('Unknown zone.', { zone: 'invalid' });
        case 'name_taken':
          return portalsNextError(409, 'portal_name_taken', 'This name is already taken in this zone.');
        case 'limit_reached':
          return portalsNextError(409, 'portal_limit_reached', PORTAL_LIMIT_MESSAGE);
        case 'not_found':
          return apiError(404, 'not_found', 'No such account.');
      }
    }),
    http.post(`${baseUrl}/portals/:id/sso`, ({ request, params }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      const portalId = typeof params['id'] === 'string' ? params['id'] : '';
      const outcome = backend.requestPortalSso(caller.userId, portalId);
      if (outcome.ok) return HttpResponse.json({ url: outcome.url, expires_at: new Date(outcome.expiresAt).toISOString() });
      if (outcome.error === 'not_found') return apiError(404, 'not_found', 'No such portal.');
      const message = outcome.reason === 'deleted' ? 'This Bitrix24 was deleted.' : 'Your access to this Bitrix24 was revoked.';
      return portalsNextError(409, 'portal_unavailable', message, outcome.reason);
    }),
  ];
}
