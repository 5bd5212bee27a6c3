/** GET /password-policy and POST /me/password. */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { z } from 'zod';
import type { MockBackend } from '../backend/mock-backend.ts';
import { PASSWORD_POLICY } from '../backend/password-policy.ts';
import { accountFailureResponse, TOO_MANY_WRONG_PASSWORDS } from './account-failures.ts';
import { authenticateRequest } from './bearer-auth.ts';
import { passwordField, readRequest } from './request-validation.ts';

const changeSchema = z.object({ current_password: passwordField, new_password: passwordField });

export function passwordHandlers(backend: MockBackend, baseUrl: string): HttpHandler[] {
  return [
    http.get(`${baseUrl}/password-policy`, () =>
      HttpResponse.json({
        min_length: PASSWORD_POLICY.minLength,
        require_upper: PASSWORD_POLICY.requireUpper,
        require_lower: PASSWORD_POLICY.requireLower,
        require_digit: PASSWORD_POLICY.requireDigit,
        forbid_login: PASSWORD_POLICY.forbidLogin,
        forbid_current: PASSWORD_POLICY.forbidCurrent,
      }),
    ),

    http.post(`${baseUrl}/me/password`, async ({ request }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      const fields = await readRequest(request, changeSchema);
      if (fields instanceof Response) return fields;
      const outcome = await backend.changePassword(caller.userId, {
        currentPassword: fields.current_password,
        newPassword: fields.new_password,
      });
      if (!outcome.ok) return accountFailureResponse(outcome, TOO_MANY_WRONG_PASSWORDS);
      return HttpResponse.json({ password_changed_at: outcome.passwordChangedAt });
    }),
  ];
}
