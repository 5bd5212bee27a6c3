/** The failed-sign-in limit: pure arithmetic over the times of recent failures. */

export const MAX_FAILED_SIGN_INS = 10;
export const FAILED_SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

/** The failures that still count at `now`. */
export function recentFailures(failedAt: readonly number[], now: number): number[] {
  return failedAt.filter((time) => now - time < FAILED_SIGN_IN_WINDOW_MS);
}

/** Seconds until another attempt is allowed, or null when one is allowed now. */
export function signInRetryAfterSeconds(failedAt: readonly number[], now: number): number | null {
  const recent = recentFailures(failedAt, now).sort((a, b) => a - b);
  if (recent.length < MAX_FAILED_SIGN_INS) return null;
  // Allowed again once enough of the oldest failures have left the window.
  const unblockingFailure = recent[recent.length - MAX_FAILED_SIGN_INS];
  if (unblockingFailure === undefined) return null;
  const waitMs = unblockingFailure + FAILED_SIGN_IN_WINDOW_MS - now;
  return Math.max(1, Math.ceil(waitMs / 1000));
}
