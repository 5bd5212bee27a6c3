/**
 * Password recovery by checkword. Asking reveals nothing: every login, existing or not, gets the
 * same answer after the same work, and the same once-a-minute limit. Completing gives one answer
 * ("Invalid checkword") for every way a checkword can be wrong.
 */
import { displayNameOf } from './account-views.ts';
import { failuresFor, retryAfterFromMs, retryAfterSeconds, withFailureRecorded, type AttemptLimit } from './attempt-window.ts';
import { SMS_UNAVAILABLE, type BackendContext, type InvalidFields, type SmsUnavailable } from './backend-context.ts';
import { loginKeyHashOf } from './login-identifier.ts';
import { recoveryEmail, recoverySms } from './message-templates.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import { passwordPolicyViolation } from './password-policy.ts';
import { newCheckword, sha256Hex } from './secrets.ts';
import { revokeAllSessionsOf } from './session-revocation.ts';
import { findUserByLogin } from './user-lookup.ts';

export const RECOVERY_REQUEST_INTERVAL_MS = 60 * 1000;
export const RECOVERY_CHECKWORD_TTL_MS = 24 * 60 * 60 * 1000;
export const MAX_INVALID_CHECKWORDS = 5;
export const INVALID_CHECKWORD_WINDOW_MS = 15 * 60 * 1000;

const CHECKWORD_LIMIT: AttemptLimit = { max: MAX_INVALID_CHECKWORDS, windowMs: INVALID_CHECKWORD_WINDOW_MS };

type RateLimited = { ok: false; error: 'rate_limited'; retryAfterSeconds: number };
type InvalidCheckword = { ok: false; error: 'invalid_checkword' };

export type RecoveryRequestOutcome = { ok: true; retryAfterSeconds: number } | RateLimited | SmsUnavailable;
export type RecoveryCompleteOutcome = { ok: true } | InvalidCheckword | RateLimited | InvalidFields;

const INVALID_CHECKWORD: InvalidCheckword = Object.freeze({ ok: false, error: 'invalid_checkword' });

export function requestRecovery(context: BackendContext, login: string): RecoveryRequestOutcome {
  const now = context.now();
  const { identifier, keyHash } = loginKeyHashOf(login);
  const recent = context.state.recoveryRequests.filter((record) => now - record.requestedAt < RECOVERY_REQUEST_INTERVAL_MS);
  const previous = recent.find((record) => record.loginKeyHash === keyHash);
  if (previous) {
    const retryAfter = retryAfterFromMs(previous.requestedAt + RECOVERY_REQUEST_INTERVAL_MS - now);
    return { ok: false, error: 'rate_limited', retryAfterSeconds: retryAfter };
  }
  // For every phone login, existing or not, so the refusal reveals nothing; and before anything
  // is recorded, so asking again once SMS is back is not held up by the once-a-minute limit.
  if (identifier.kind === 'phone' && !context.smsAvailable()) return SMS_UNAVAILABLE;
  context.state.recoveryRequests = [...recent, { loginKeyHash: keyHash, requestedAt: now }];

  const user = findUserByLogin(context.state, identifier);
  // A checkword is made and hashed for unknown logins too, so both take the same time.
  const checkword = newCheckword();
  const checkwordHash = user ? context.rememberCode(checkword) : sha256Hex(checkword);
  if (user) {
    // One slot per user: the newer checkword supersedes the older one.
    user.recovery = { checkwordHash, expiresAt: now + RECOVERY_CHECKWORD_TTL_MS };
    // Sent to the login that was typed (normalised), which is the account's own login.
    const message =
      identifier.kind === 'phone'
        ? recoverySms(checkword)
        : recoveryEmail({
            displayName: displayNameOf(user),
            login: identifier.value,
            checkword,
            validHours: RECOVERY_CHECKWORD_TTL_MS / 3_600_000,
          });
    context.outbox.send(identifier.value, message, now);
  }
  context.changed();
  return { ok: true, retryAfterSeconds: RECOVERY_REQUEST_INTERVAL_MS / 1000 };
}

export async function completeRecovery(
  context: BackendContext,
  request: { login: string; checkword: string; newPassword: string },
): Promise<RecoveryCompleteOutcome> {
  const now = context.now();
  const { identifier, keyHash } = loginKeyHashOf(request.login);
  const waitSeconds = retryAfterSeconds(failuresFor(context.state.failedRecoveries, keyHash), now, CHECKWORD_LIMIT);
  if (waitSeconds !== null) return { ok: false, error: 'rate_limited', retryAfterSeconds: waitSeconds };

  const user = findUserByLogin(context.state, identifier);
  const presentedHash = sha256Hex(request.checkword);
  const record = user?.recovery ?? null;
  if (!user || !record || record.expiresAt <= now || record.checkwordHash !== presentedHash) {
    context.state.failedRecoveries = withFailureRecorded(
      context.state.failedRecoveries,
      keyHash,
      now,
      INVALID_CHECKWORD_WINDOW_MS,
    );
    context.changed();
    return INVALID_CHECKWORD;
  }

  // The policy comes after the checkword, so it cannot tell anyone whether an account exists.
  const violation = passwordPolicyViolation(request.newPassword, {
    owner: user,
    // Someone without a password (who signed in with social services only) is setting their first.
    sameAsCurrent: user.passwordHash !== null && (await verifyPassword(request.newPassword, user.passwordHash)),
  });
  // A refused password leaves the checkword usable: the person just picks a better one.
  if (violation) return { ok: false, error: 'invalid_request', fields: { new_password: violation } };
  const passwordHash = await hashPassword(request.newPassword);
  // Another request may have used or replaced the checkword while the hashes were computed.
  if (user.recovery !== record) return INVALID_CHECKWORD;

  user.recovery = null;
  user.passwordHash = passwordHash;
  user.passwordChangedAt = context.now();
  revokeAllSessionsOf(context.state, user.id);
  context.state.failedRecoveries = context.state.failedRecoveries.filter((failures) => failures.loginKeyHash !== keyHash);
  context.changed();
  return { ok: true };
}
