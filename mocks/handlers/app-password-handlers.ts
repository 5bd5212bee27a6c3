/** GET and POST /me/app-passwords, DELETE /me/app-passwords/{id}: passwords for programs without two-step. */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { z } from 'zod';
import type { AppPasswordView } from '../backend/app-passwords.ts';
import type { MockBackend } from '../backend/mock-backend.ts';
import { accountGone, apiError, invalidRequest, noContent, SOME_FIELDS_INVALID } from './api-responses.ts';
import { authenticateRequest } from './bearer-auth.ts';
import { readRequest } from './request-validation.ts';
import { NO_STORE } from './token-endpoint.ts';

// Bounded for the parser only: the name's own rules (trimmed, 1–64 characters) are the backend's.
const createSchema = z.object({ name: z.string().max(1024) });

function appPasswordBody(appPassword: AppPasswordView) {
  return {
    id: appPassword.id,
    name: appPassword.name,
    created_at: appPassword.createdAt,
    last_used_at: appPassword.lastUsedAt,
  };
}

export function appPasswordHandlers(backend: MockBackend, baseUrl: string): HttpHandler[] {
  return [
    http.get(`${baseUrl}/me/app-passwords`, ({ request }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      const items = backend.appPasswords(caller.userId);
      return items ? HttpResponse.json({ items: items.map(appPasswordBody) }) : accountGone();
    }),

    http.post(`${baseUrl}/me/app-passwords`, async ({ request }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      const fields = await readRequest(request, createSchema);
      if (fields instanceof Response) return fields;
      const outcome = backend.createAppPassword(caller.userId, fields.name);
      if (outcome.ok) {
        return HttpResponse.json(
          { ...appPasswordBody(outcome.appPassword), password: outcome.password },
          { status: 201, headers: NO_STORE },
        );
      }
      if (outcome.error === 'invalid_request') return invalidRequest(SOME_FIELDS_INVALID, outcome.fields);
      if (outcome.error === 'not_found') return accountGone();
      return apiError(409, 'app_password_limit_reached', 'This account has the most application passwords it may have (20).');
    }),

    http.delete(`${baseUrl}/me/app-passwords/:id`, ({ request, params }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      const outcome = backend.revokeAppPassword(caller.userId, String(params['id']));
      return outcome.ok ? noContent() : apiError(404, 'not_found', 'No such application password.');
    }),
  ];
}
