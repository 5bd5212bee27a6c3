/** POST /me/two-factor/setup, /enable, /disable and /recovery-codes: turning two-step sign-in on and off. */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { z } from 'zod';
import type { AccountGone } from '../backend/backend-context.ts';
import type { MockBackend } from '../backend/mock-backend.ts';
import type { TwoFactorGateFailure } from '../backend/two-factor.ts';
import { accountFailureResponse, TOO_MANY_WRONG_PASSWORDS } from './account-failures.ts';
import { apiError } from './api-responses.ts';
import { authenticateRequest } from './bearer-auth.ts';
import { codeField, passwordField, readRequest } from './request-validation.ts';
import { profileBody } from './wire-format.ts';
import { NO_STORE } from './token-endpoint.ts';

const setupSchema = z.object({ current_password: passwordField, code: codeField.optional() });
const enableSchema = z.object({ setup_id: z.string().min(1).max(256), code: codeField });
const gatedSchema = z.object({ current_password: passwordField, code: codeField });

const TOO_MANY_WRONG_ANSWERS = 'Too many wrong passwords or codes. Try again later.';

function gateFailureResponse(failure: TwoFactorGateFailure | AccountGone): Response {
  switch (failure.error) {
    case 'password_not_set':
      return apiError(409, 'password_not_set', 'This account has no password yet. Set one first.');
    case 'invalid_code':
      return apiError(400, 'invalid_code', 'The code is wrong.');
    default:
      return accountFailureResponse(failure, failure.error === 'rate_limited' ? TOO_MANY_WRONG_ANSWERS : TOO_MANY_WRONG_PASSWORDS);
  }
}

export function twoFactorHandlers(backend: MockBackend, baseUrl: string): HttpHandler[] {
  return [
    http.post(`${baseUrl}/me/two-factor/setup`, async ({ request }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      const fields = await readRequest(request, setupSchema);
      if (fields instanceof Response) return fields;
      const outcome = await backend.beginTwoFactorSetup(caller.userId, { currentPassword: fields.current_password, code: fields.code });
      if (!outcome.ok) return gateFailureResponse(outcome);
      return HttpResponse.json(
        {
          setup_id: outcome.setupId,
          secret: outcome.secret,
          otpauth_uri: outcome.otpauthUri,
          expires_at: new Date(outcome.expiresAt).toISOString(),
        },
        { headers: NO_STORE },
      );
    }),

    http.post(`${baseUrl}/me/two-factor/enable`, async ({ request }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      const fields = await readRequest(request, enableSchema);
      if (fields instanceof Response) return fields;
      const outcome = backend.enableTwoFactor(caller.userId, { setupId: fields.setup_id, code: fields.code });
      if (outcome.ok) return HttpResponse.json({ recovery_codes: outcome.recoveryCodes }, { headers: NO_STORE });
      if (outcome.error === 'setup_expired') {
        return apiError(400, 'setup_expired', 'This setup has expired. Start turning two-step sign-in on again.');
      }
      if (outcome.error === 'invalid_code') {
        return apiError(400, 'invalid_code', 'The code is wrong.', { attemptsLeft: outcome.attemptsLeft });
      }
      return accountFailureResponse(outcome, TOO_MANY_WRONG_PASSWORDS);
    }),

    http.post(`${baseUrl}/me/two-factor/disable`, async ({ request }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      const fields = await readRequest(request, gatedSchema);
      if (fields instanceof Response) return fields;
      const outcome = await backend.disableTwoFactor(caller.userId, { currentPassword: fields.current_password, code: fields.code });
      return outcome.ok ? HttpResponse.json(profileBody(outcome.profile)) : gateFailureResponse(outcome);
    }),

    http.post(`${baseUrl}/me/two-factor/recovery-codes`, async ({ request }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      const fields = await readRequest(request, gatedSchema);
      if (fields instanceof Response) return fields;
      const outcome = await backend.renewRecoveryCodes(caller.userId, { currentPassword: fields.current_password, code: fields.code });
      if (!outcome.ok) return gateFailureResponse(outcome);
      return HttpResponse.json({ recovery_codes: outcome.recoveryCodes }, { headers: NO_STORE });
    }),
  ];
}
