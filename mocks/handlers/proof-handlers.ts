/**
 * Proving it is the person, for an account without a password: POST /me/proof/code sends a code
 * to the account's own e-mail or phone; POST /me/proof exchanges that code, or a social service's
 * `reauth` authorization code, for a single-use proof token.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { z } from 'zod';
import type { MockBackend } from '../backend/mock-backend.ts';
import type { ProofOutcome } from '../backend/proof.ts';
import { loginChannels } from '../backend/state-schema.ts';
import { accountFailureResponse } from './account-failures.ts';
import { accountGone, apiError } from './api-responses.ts';
import { authenticateRequest } from './bearer-auth.ts';
import { codeExchange, codeExchangeSchema } from './code-exchange-fields.ts';
import { readRequest, secretField } from './request-validation.ts';
import { INVALID_AUTHORIZATION_CODE_MESSAGE } from './social-failures.ts';

const sendSchema = z.object({ channel: z.enum(loginChannels) });

/**
 * A social code comes with its redirect URI (and verifier); a code sent by e-mail or SMS alone
 * (strict, so a malformed social body is refused rather than spending a guess on the sent code).
 */
const proveSchema = z.union([codeExchangeSchema, z.strictObject({ code: secretField })]);

const RESEND_TOO_SOON = 'A new code can be sent a little later.';

function proofFailureResponse(failure: Exclude<ProofOutcome, { ok: true }>): Response {
  switch (failure.error) {
    case 'invalid_code':
      return apiError(400, 'invalid_code', 'The code is wrong.', { attemptsLeft: failure.attemptsLeft });
    case 'code_expired':
      return apiError(400, 'code_expired', 'No code is waiting, or it has expired. Ask for a new one.');
    case 'invalid_grant':
      return apiError(400, 'invalid_grant', INVALID_AUTHORIZATION_CODE_MESSAGE);
    case 'not_found':
      return accountGone();
  }
}

export function proofHandlers(backend: MockBackend, baseUrl: string): HttpHandler[] {
  return [
    http.post(`${baseUrl}/me/proof/code`, async ({ request }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      const fields = await readRequest(request, sendSchema);
      if (fields instanceof Response) return fields;
      const outcome = backend.sendProofCode(caller.userId, fields.channel);
      if (!outcome.ok && outcome.error === 'password_set') {
        return apiError(409, 'password_set', 'This account has a password: give it instead of a proof.');
      }
      if (!outcome.ok) return accountFailureResponse(outcome, RESEND_TOO_SOON);
      const { sent } = outcome;
      return HttpResponse.json({
        channel: sent.channel,
        sent_to: sent.sentTo,
        resend_available_at: sent.resendAvailableAt,
        expires_at: sent.expiresAt,
      });
    }),

    http.post(`${baseUrl}/me/proof`, async ({ request }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      const fields = await readRequest(request, proveSchema);
      if (fields instanceof Response) return fields;
      const outcome =
        'redirect_uri' in fields
          ? backend.proveWithSocialCode(caller.userId, codeExchange(fields))
          : backend.proveWithCode(caller.userId, fields.code);
      if (!outcome.ok) return proofFailureResponse(outcome);
      return HttpResponse.json({ proof_token: outcome.proof.proofToken, expires_in: outcome.proof.expiresInSeconds });
    }),
  ];
}
