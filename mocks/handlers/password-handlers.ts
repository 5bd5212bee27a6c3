/** GET /password-policy and POST /me/password. */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { z } from 'zod';
import type { MockBackend } from '../backend/mock-backend.ts';
import { PASSWORD_POLICY } from '../backend/password-policy.ts';
import { accountFailureResponse, TOO_MANY_WRONG_PASSWORDS } from './account-failures.ts';
import { authenticateRequest } from './bearer-auth.ts';
import { passwordField, readRequest, secretField } from './request-validation.ts';

/** An account with a password names it; one without sends a proof token instead (its first password). */
const changeSchema = z.object({ current_password: passwordField, new_password: passwordField });
const firstPasswordSchema = z.object({ proof_token: secretField.optional(), new_password: passwordField });

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
      const hasPassword = backend.profile(caller.userId)?.hasPassword ?? true;
      const fields = hasPassword
        ? await readRequest(request, changeSchema)
        : await readRequest(request, firstPasswordSchema);
      if (fields instanceof Response) return fields;
      const outcome = await backend.changePassword(caller.userId, {
        ...('current_password' in fields ? { currentPassword: fields.current_password } : { proofToken: fields.proof_token }),
        newPassword: fields.new_password,
      });
      if (!outcome.ok) return accountFailureResponse(outcome, TOO_MANY_WRONG_PASSWORDS);
      return HttpResponse.json({ password_changed_at: outcome.passwordChangedAt });
    }),
  ];
}
