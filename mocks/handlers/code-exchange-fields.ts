/**
 * The fields with which the app hands back a social service's code, shared by the sign-in grant
 * (POST /auth/token) and connecting a service (POST /me/social).
 */
import { z } from 'zod';
import type { SocialCodeExchange } from '../backend/social-accounts.ts';

const MAX_CODE_FIELD_LENGTH = 2048;

/**
 * The verifier may be missing: RFC 7636 §4.6 makes that `invalid_grant`, like a wrong one, rather
 * than a malformed request.
 */
export const codeExchangeSchema = z.object({
  code: z.string().trim().min(1).max(MAX_CODE_FIELD_LENGTH),
  // Not trimmed: it must be identical to the one the code was issued for (RFC 6749 §4.1.3).
  redirect_uri: z.string().min(1).max(MAX_CODE_FIELD_LENGTH),
  code_verifier: z.string().max(MAX_CODE_FIELD_LENGTH).nullish(),
});

export function codeExchange(fields: z.output<typeof codeExchangeSchema>): SocialCodeExchange {
  return { code: fields.code, codeVerifier: fields.code_verifier ?? null, redirectUri: fields.redirect_uri };
}
