/** The failed-sign-in limit: 10 failures for one login within 15 minutes. */
import { retryAfterSeconds, type AttemptLimit } from './attempt-window.ts';

export const MAX_FAILED_SIGN_INS = 10;
export const FAILED_SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

const SIGN_IN_LIMIT: AttemptLimit = { max: MAX_FAILED_SIGN_INS, windowMs: FAILED_SIGN_IN_WINDOW_MS };

/** Seconds until another attempt is allowed, or null when one is allowed now. */
export function signInRetryAfterSeconds(failedAt: readonly number[], now: number): number | null {
  return retryAfterSeconds(failedAt, now, SIGN_IN_LIMIT);
}
