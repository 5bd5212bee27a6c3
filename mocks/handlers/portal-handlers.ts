/**
 * The portal routes: the signed-in person's portals (paged), the portals linked at their first
 * sign-in, one-time portal sign-in links, and creating a portal (zones, names, availability).
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { MockBackend } from '../backend/mock-backend.ts';
import { MAX_CREATED_PORTALS, MAX_PORTAL_TITLE_LENGTH } from '../backend/portal-creation.ts';
import { DEFAULT_PORTAL_PAGE_SIZE, MAX_PORTAL_PAGE_SIZE } from '../backend/portal-paging.ts';
import { accountGone, apiError, invalidRequest, readJsonObject } from './api-responses.ts';
import { authenticateRequest } from './bearer-auth.ts';

export const PORTAL_LIMIT_MESSAGE = `You can create at most ${MAX_CREATED_PORTALS} Bitrix24 accounts.`;
const PORTAL_NAME_TAKEN_MESSAGE = 'This name is already taken in this zone.';

/** The page size, or null when the `limit` parameter is not a whole number from 1 to the maximum. */
function parseLimit(raw: string | null): number | null {
  if (raw === null || raw === '') return DEFAULT_PORTAL_PAGE_SIZE;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PORTAL_PAGE_SIZE) return null;
  return limit;
}

export function portalHandlers(backend: MockBackend, baseUrl: string): HttpHandler[] {
  return [
    http.get(`${baseUrl}/portals`, ({ request }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      const query = new URL(request.url).searchParams;
      const limit = parseLimit(query.get('limit'));
      if (limit === null) {
        return invalidRequest(`The limit must be a whole number from 1 to ${MAX_PORTAL_PAGE_SIZE}.`, { limit: 'invalid' });
      }
      const cursor = query.get('cursor');
      const outcome = backend.portals(caller.userId, { limit, cursor: cursor === '' ? null : cursor });
      if (!outcome.ok) return invalidRequest('The cursor is not valid; start again without one.', { cursor: 'invalid' });
      const { items, nextCursor, total } = outcome.page;
      return HttpResponse.json({ items, next_cursor: nextCursor, total });
    }),
    http.get(`${baseUrl}/me/linked-portals-notice`, ({ request }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      return HttpResponse.json({ newly_linked: backend.linkedPortalsNotice(caller.userId) });
    }),
    http.get(`${baseUrl}/portals/creation-quota`, ({ request }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      const quota = backend.portalCreationQuota(caller.userId);
      return quota ? HttpResponse.json(quota) : accountGone();
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
      const title = body['title'];
      if (title !== undefined && typeof title !== 'string') return invalidRequest('The title must be a string.', { title: 'invalid' });
      const outcome = backend.createPortal(caller.userId, { name, zone, title });
      if (outcome.ok) return HttpResponse.json(outcome.portal, { status: 201 });
      switch (outcome.error) {
        case 'invalid_name':
          return invalidRequest('The name must be 3–30 lower-case letters, digits or hyphens, not starting or ending with a hyphen.', {
            name: 'invalid',
          });
        case 'invalid_title':
          return invalidRequest(`The title must be at most ${MAX_PORTAL_TITLE_LENGTH} characters.`, { title: 'too_long' });
        case 'invalid_zone':
          return invalidRequest('Unknown zone.', { zone: 'invalid' });
        case 'name_taken':
          return apiError(409, 'portal_name_taken', PORTAL_NAME_TAKEN_MESSAGE);
        case 'limit_reached':
          return apiError(409, 'portal_limit_reached', PORTAL_LIMIT_MESSAGE);
        case 'not_found':
          return accountGone();
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
      return apiError(409, 'portal_unavailable', message, { reason: outcome.reason });
    }),
  ];
}
