/** The HTTP answer to each way signing in with, connecting or disconnecting a social service fails. */
import type { AccountGone } from '../backend/backend-context.ts';
import type { SocialProvider } from '../backend/social-catalogue.ts';
import { accountGone, apiError } from './api-responses.ts';

export type SocialFailure =
  | { ok: false; error: 'invalid_grant' }
  | { ok: false; error: 'social_not_linked'; provider: SocialProvider }
  | { ok: false; error: 'social_taken'; provider: SocialProvider }
  | { ok: false; error: 'not_connected' }
  | { ok: false; error: 'last_sign_in_method' }
  | AccountGone;

/** Exact texts: the app shows them as they are. They name the provider, never the account. */
export function socialNotLinkedMessage(providerName: string): string {
  return `This ${providerName} account is not linked to any Bitrix ID. Sign in with your password and connect it in your profile.`;
}

export function socialTakenMessage(providerName: string): string {
  return `This ${providerName} account is already connected to another Bitrix ID.`;
}

export const LAST_SIGN_IN_METHOD_MESSAGE =
  'This is the only way to sign in to your Bitrix ID. Set a password or connect another service first.';

/** One text for every way a code can be wrong, so a failed exchange teaches an attacker nothing. */
export const INVALID_AUTHORIZATION_CODE_MESSAGE =
  'The authorization code is invalid, expired or already used, or does not match this request.';

export function socialFailureResponse(failure: SocialFailure): Response {
  switch (failure.error) {
    case 'invalid_grant':
      return apiError(400, 'invalid_grant', INVALID_AUTHORIZATION_CODE_MESSAGE);
    case 'social_not_linked':
      return apiError(400, 'social_not_linked', socialNotLinkedMessage(failure.provider.name));
    case 'social_taken':
      return apiError(409, 'social_taken', socialTakenMessage(failure.provider.name));
    case 'not_connected':
      return apiError(404, 'not_found', 'This social service is not connected to your Bitrix ID.');
    case 'last_sign_in_method':
      return apiError(409, 'last_sign_in_method', LAST_SIGN_IN_METHOD_MESSAGE);
    case 'not_found':
      return accountGone();
  }
}
