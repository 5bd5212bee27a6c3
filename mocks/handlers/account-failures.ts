/** The HTTP answer to each way an account operation can fail, shared by the account routes. */
import type { AccountGone, InvalidFields, SmsUnavailable } from '../backend/backend-context.ts';
import type { CurrentPasswordFailure } from '../backend/current-password.ts';
import type { ProofRequired } from '../backend/proof.ts';
import type { LoginChannel } from '../backend/state-schema.ts';
import { accountGone, apiError, invalidRequest, rateLimited, smsUnavailable, SOME_FIELDS_INVALID } from './api-responses.ts';

export type AccountFailure =
  | InvalidFields
  | CurrentPasswordFailure
  | ProofRequired
  | AccountGone
  | SmsUnavailable
  | { ok: false; error: 'login_taken'; channel: LoginChannel }
  | { ok: false; error: 'code_expired' }
  | { ok: false; error: 'invalid_code'; attemptsLeft: number }
  | { ok: false; error: 'invalid_checkword' };

/** Exact texts: the web profile shows them as they are, and the app matches the same wording. */
export const LOGIN_TAKEN_MESSAGES: Readonly<Record<LoginChannel, string>> = {
  email: 'A user with this email already exists',
  phone: 'A user with this phone number already exists',
};

export const WRONG_PASSWORD_MESSAGE = 'The current password is wrong.';
export const INVALID_CHECKWORD_MESSAGE = 'Invalid checkword';

/** `rateLimitedMessage` says what was limited, since the same code covers several limits. */
export function accountFailureResponse(failure: AccountFailure, rateLimitedMessage: string): Response {
  switch (failure.error) {
    case 'invalid_request':
      return invalidRequest(SOME_FIELDS_INVALID, failure.fields);
    case 'wrong_password':
      return apiError(403, 'wrong_password', WRONG_PASSWORD_MESSAGE);
    case 'rate_limited':
      return rateLimited(rateLimitedMessage, failure.retryAfterSeconds);
    case 'not_found':
      return accountGone();
    case 'login_taken':
      return apiError(409, 'login_taken', LOGIN_TAKEN_MESSAGES[failure.channel]);
    case 'code_expired':
      return apiError(410, 'code_expired', 'The confirmation link or code has expired. Start the change again.');
    case 'invalid_code':
      return apiError(400, 'invalid_code', 'The confirmation code is wrong.', { attemptsLeft: failure.attemptsLeft });
    case 'invalid_checkword':
      return apiError(400, 'invalid_checkword', INVALID_CHECKWORD_MESSAGE);
    case 'sms_unavailable':
      return smsUnavailable(failure.retryAfterSeconds);
    case 'proof_required':
      return apiError(403, 'proof_required', PROOF_REQUIRED_MESSAGE);
  }
}

const PROOF_REQUIRED_MESSAGE =
  'This account has no password: confirm it is you first (POST /me/proof) and send the proof_token.';

export const TOO_MANY_WRONG_PASSWORDS = 'Too many wrong passwords. Try again later.';
