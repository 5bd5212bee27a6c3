/**
 * The current-password gate in front of every change to a login or password: a wrong answer is
 * counted per user, and after 5 within 15 minutes the gate stays shut (even to the right password)
 * until the oldest of them leaves the window.
 */
import { attemptsWithin, retryAfterSeconds, withoutOne, type AttemptLimit } from './attempt-window.ts';
import type { BackendContext } from './backend-context.ts';
import { decoyPasswordHash, verifyPassword } from './password-hash.ts';
import type { UserRecord } from './state-schema.ts';

export const MAX_WRONG_CURRENT_PASSWORDS = 5;
export const WRONG_CURRENT_PASSWORD_WINDOW_MS = 15 * 60 * 1000;

const CURRENT_PASSWORD_LIMIT: AttemptLimit = {
  max: MAX_WRONG_CURRENT_PASSWORDS,
  windowMs: WRONG_CURRENT_PASSWORD_WINDOW_MS,
};

export type CurrentPasswordFailure =
  | { ok: false; error: 'wrong_password' }
  | { ok: false; error: 'rate_limited'; retryAfterSeconds: number };

export type CurrentPasswordOutcome = { ok: true } | CurrentPasswordFailure;

/**
 * Checks `password` against the user's own hash. A right answer does not wipe earlier wrong ones:
 * the limit counts wrong answers in the window, so interleaving one right guess buys nothing.
 */
export async function checkCurrentPassword(
  context: BackendContext,
  user: UserRecord,
  password: string,
): Promise<CurrentPasswordOutcome> {
  const now = context.now();
  const waitSeconds = retryAfterSeconds(user.wrongPasswordAt, now, CURRENT_PASSWORD_LIMIT);
  if (waitSeconds !== null) return { ok: false, error: 'rate_limited', retryAfterSeconds: waitSeconds };
  // Counted as wrong before the slow hash, so checks racing this one see it: a burst checks at
  // most the limit's worth of passwords. A right answer takes back this one count only.
  user.wrongPasswordAt = [...attemptsWithin(user.wrongPasswordAt, now, WRONG_CURRENT_PASSWORD_WINDOW_MS), now];
  // Someone without a password has no right answer; checking the decoy keeps the timing the same.
  const matches = await verifyPassword(password, user.passwordHash ?? decoyPasswordHash());
  if (matches && user.passwordHash !== null) {
    user.wrongPasswordAt = withoutOne(user.wrongPasswordAt, now);
    return { ok: true };
  }
  context.changed();
  return { ok: false, error: 'wrong_password' };
}
