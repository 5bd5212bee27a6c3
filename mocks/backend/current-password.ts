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

export type CountedAnswer = { ok: true } | { ok: false; error: 'wrong' } | { ok: false; error: 'rate_limited'; retryAfterSeconds: number };

/**
 * One answer under the current-password limit (a password, or a code asked along with it). It is
 * counted as wrong before `isRight` runs, so checks racing this one see it: a burst checks at most
 * the limit's worth of answers. A right answer takes back this one count only, so it does not
 * wipe earlier wrong ones and interleaving one right guess buys nothing.
 */
export async function countedAnswer(
  context: BackendContext,
  user: UserRecord,
  isRight: () => boolean | Promise<boolean>,
): Promise<CountedAnswer> {
  const now = context.now();
  const waitSeconds = retryAfterSeconds(user.wrongPasswordAt, now, CURRENT_PASSWORD_LIMIT);
  if (waitSeconds !== null) return { ok: false, error: 'rate_limited', retryAfterSeconds: waitSeconds };
  user.wrongPasswordAt = [...attemptsWithin(user.wrongPasswordAt, now, WRONG_CURRENT_PASSWORD_WINDOW_MS), now];
  const right = await isRight();
  if (right) user.wrongPasswordAt = withoutOne(user.wrongPasswordAt, now);
  context.changed();
  return right ? { ok: true } : { ok: false, error: 'wrong' };
}

/** Checks `password` against the user's own hash, counted by `countedAnswer`. */
export async function checkCurrentPassword(
  context: BackendContext,
  user: UserRecord,
  password: string,
): Promise<CurrentPasswordOutcome> {
  const answer = await countedAnswer(context, user, async () => {
    // Someone without a password has no right answer; checking the decoy keeps the timing the same.
    const matches = await verifyPassword(password, user.passwordHash ?? decoyPasswordHash());
    return matches && user.passwordHash !== null;
  });
  return answer.ok || answer.error === 'rate_limited' ? answer : { ok: false, error: 'wrong_password' };
}
