/** GET /me/sessions and POST /me/sessions/revoke-all: the account's signed-in devices. */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { MockBackend } from '../backend/mock-backend.ts';
import { noContent } from './api-responses.ts';
import { authenticateRequest } from './bearer-auth.ts';
import { sessionBody } from './wire-format.ts';

export function sessionHandlers(backend: MockBackend, baseUrl: string): HttpHandler[] {
  return [
    http.get(`${baseUrl}/me/sessions`, ({ request }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      return HttpResponse.json({ items: backend.sessions(caller).map(sessionBody) });
    }),

    http.post(`${baseUrl}/me/sessions/revoke-all`, ({ request }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      backend.revokeAllSessions(caller.userId);
      return noContent();
    }),
  ];
}
