/** GET /portals: the portals the signed-in person belongs to, paged. */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { MockBackend } from '../backend/mock-backend.ts';
import { DEFAULT_PORTAL_PAGE_SIZE, MAX_PORTAL_PAGE_SIZE } from '../backend/portal-paging.ts';
import { invalidRequest } from './api-responses.ts';
import { authenticateRequest } from './bearer-auth.ts';

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
      return HttpResponse.json({ items: outcome.page.items, next_cursor: outcome.page.nextCursor });
    }),
  ];
}
