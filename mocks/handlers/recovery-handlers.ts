/** POST /recovery and POST /recovery/complete: a forgotten password, without signing in. */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { z } from 'zod';
import type { MockBackend } from '../backend/mock-backend.ts';
import { noContent, rateLimited, smsUnavailable } from './api-responses.ts';
import { accountFailureResponse } from './account-failures.ts';
import { loginField, passwordField, readRequest, secretField } from './request-validation.ts';

const requestSchema = z.object({ login: loginField });

const completeSchema = z.object({ login: loginField, checkword: secretField, new_password: passwordField });

export function recoveryHandlers(backend: MockBackend, baseUrl: string): HttpHandler[] {
  return [
    http.post(`${baseUrl}/recovery`, async ({ request }) => {
      const fields = await readRequest(request, requestSchema);
      if (fields instanceof Response) return fields;
      const outcome = backend.requestRecovery(fields.login);
      if (!outcome.ok && outcome.error === 'sms_unavailable') return smsUnavailable(outcome.retryAfterSeconds);
      if (!outcome.ok) {
        return rateLimited('Recovery was just requested for this login. Try again later.', outcome.retryAfterSeconds);
      }
      // The same 202 whether or not the account exists: nothing to learn from the answer.
      return HttpResponse.json({ retry_after_seconds: outcome.retryAfterSeconds }, { status: 202 });
    }),

    http.post(`${baseUrl}/recovery/complete`, async ({ request }) => {
      const fields = await readRequest(request, completeSchema);
      if (fields instanceof Response) return fields;
      const outcome = await backend.completeRecovery({
        login: fields.login,
        checkword: fields.checkword,
        newPassword: fields.new_password,
      });
      if (!outcome.ok) return accountFailureResponse(outcome, 'Too many invalid checkwords. Try again later.');
      return noContent();
    }),
  ];
}
