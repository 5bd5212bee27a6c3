/**
 * The login-change routes under /me/login-change: request, confirm (link token or SMS code),
 * resend, cancel. No user id appears in these URLs: the bearer token alone says whose login it is.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { z } from 'zod';
import type { LoginChangeRequestOutcome } from '../backend/login-change.ts';
import type { MockBackend } from '../backend/mock-backend.ts';
import { loginChannels } from '../backend/state-schema.ts';
import { invalidRequest, noContent, SOME_FIELDS_INVALID } from './api-responses.ts';
import { accountFailureResponse, TOO_MANY_WRONG_PASSWORDS } from './account-failures.ts';
import { authenticateRequest } from './bearer-auth.ts';
import { loginField, passwordField, readRequest, secretField } from './request-validation.ts';
import { pendingLoginChangeBody, profileBody } from './wire-format.ts';

const requestSchema = z.object({
  channel: z.enum(loginChannels),
  value: loginField,
  /** Or, for an account without a password, `proof_token` (POST /me/proof). */
  current_password: passwordField.optional(),
  proof_token: secretField.optional(),
  update_portals: z.boolean().optional(),
});

const confirmSchema = z.object({ token: secretField.optional(), code: secretField.optional() });

const RESEND_TOO_SOON = 'A new link or code can be sent a little later.';

/** The login-change routes' 429s: sending limited, or the current-password lock. */
function rateLimitedMessage(outcome: Exclude<LoginChangeRequestOutcome, { ok: true }>): string {
  return 'limit' in outcome ? RESEND_TOO_SOON : TOO_MANY_WRONG_PASSWORDS;
}

export function loginChangeHandlers(backend: MockBackend, baseUrl: string): HttpHandler[] {
  const path = `${baseUrl}/me/login-change`;
  return [
    http.post(path, async ({ request }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      const fields = await readRequest(request, requestSchema);
      if (fields instanceof Response) return fields;
      const outcome = await backend.requestLoginChange(caller.userId, {
        channel: fields.channel,
        value: fields.value,
        currentPassword: fields.current_password,
        proofToken: fields.proof_token,
        updatePortals: fields.update_portals ?? false,
      });
      if (!outcome.ok) return accountFailureResponse(outcome, rateLimitedMessage(outcome));
      return HttpResponse.json(pendingLoginChangeBody(outcome.pending), { status: 202 });
    }),

    http.post(`${path}/confirm`, async ({ request }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      const fields = await readRequest(request, confirmSchema);
      if (fields instanceof Response) return fields;
      // The link's token and the SMS code are one secret each; which name it came under is moot.
      if (fields.token !== undefined && fields.code !== undefined) {
        return invalidRequest('Send either the token or the code, not both.', { token: 'invalid', code: 'invalid' });
      }
      const secret = fields.token ?? fields.code;
      if (secret === undefined) return invalidRequest(SOME_FIELDS_INVALID, { code: 'required' });
      const outcome = backend.confirmLoginChange(caller.userId, secret);
      if (!outcome.ok) return accountFailureResponse(outcome, RESEND_TOO_SOON);
      return HttpResponse.json(profileBody(outcome.profile));
    }),

    http.post(`${path}/resend`, ({ request }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      const outcome = backend.resendLoginChange(caller.userId);
      if (!outcome.ok) return accountFailureResponse(outcome, RESEND_TOO_SOON);
      return HttpResponse.json(pendingLoginChangeBody(outcome.pending), { status: 202 });
    }),

    http.delete(path, ({ request }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      backend.cancelLoginChange(caller.userId);
      return noContent();
    }),
  ];
}
