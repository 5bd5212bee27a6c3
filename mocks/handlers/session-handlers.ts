/** GET /me/sessions, DELETE /me/sessions/{id} and POST /me/sessions/revoke-all: the account's signed-in devices. */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { MockBackend } from '../backend/mock-backend.ts';
import { apiError, noContent } from './api-responses.ts';
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

    http.delete(`${baseUrl}/me/sessions/:id`, ({ request, params }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      const outcome = backend.signOutSession(caller, String(params['id']));
      if (outcome.ok) return noContent();
      if (outcome.error === 'current_session') {
        return apiError(409, 'current_session', 'This is the session making the request: sign out instead.');
      }
      return apiError(404, 'not_found', 'No such session.');
    }),
  ];
}
