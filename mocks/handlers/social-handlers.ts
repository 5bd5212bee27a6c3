/**
 * The social services: which exist (GET /social/providers, no sign-in), and connecting one to the
 * signed-in person's Bitrix ID (POST /me/social) or disconnecting it (DELETE /me/social/{provider}).
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { MockBackend } from '../backend/mock-backend.ts';
import { authenticateRequest } from './bearer-auth.ts';
import { codeExchange, codeExchangeSchema } from './code-exchange-fields.ts';
import { readRequest } from './request-validation.ts';
import { socialFailureResponse } from './social-failures.ts';
import { profileBody } from './wire-format.ts';

export function socialHandlers(backend: MockBackend, baseUrl: string): HttpHandler[] {
  return [
    http.get(`${baseUrl}/social/providers`, () =>
      HttpResponse.json({ items: backend.socialProviders() }),
    ),

    http.post(`${baseUrl}/me/social`, async ({ request }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      const fields = await readRequest(request, codeExchangeSchema);
      if (fields instanceof Response) return fields;
      const outcome = backend.connectSocialAccount(caller.userId, codeExchange(fields));
      return outcome.ok ? HttpResponse.json(profileBody(outcome.profile)) : socialFailureResponse(outcome);
    }),

    http.delete<{ provider: string }>(`${baseUrl}/me/social/:provider`, ({ request, params }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      const outcome = backend.disconnectSocialAccount(caller.userId, params.provider);
      return outcome.ok ? HttpResponse.json(profileBody(outcome.profile)) : socialFailureResponse(outcome);
    }),
  ];
}
