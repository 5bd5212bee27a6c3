/** GET /me: the signed-in person's profile. */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { MockBackend } from '../backend/mock-backend.ts';
import { accountGone } from './api-responses.ts';
import { authenticateRequest } from './bearer-auth.ts';
import { profileBody } from './wire-format.ts';

export function profileHandlers(backend: MockBackend, baseUrl: string): HttpHandler[] {
  return [
    http.get(`${baseUrl}/me`, ({ request }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      const profile = backend.profile(caller.userId);
      if (!profile) return accountGone();
      return HttpResponse.json(profileBody(profile));
    }),
  ];
}
