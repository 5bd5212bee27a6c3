/**
 * Sliding-window attempt limits ("at most N failures within M minutes"): pure arithmetic over the
 * times of recent failures, plus the bookkeeping of failures kept per key.
 */

export interface AttemptLimit {
  /** Failures allowed within the window; the next attempt after that many is refused. */
  readonly max: number;
  readonly windowMs: number;
}

/** A wait as Retry-After says it: whole seconds, rounded up, and at least 1. */
export function retryAfterFromMs(waitMs: number): number {
  return Math.max(1, Math.ceil(waitMs / 1000));
}

/** The failures that still count at `now`. */
export function attemptsWithin(failedAt: readonly number[], now: number, windowMs: number): number[] {
  return failedAt.filter((time) => now - time < windowMs);
}

/** Seconds until another attempt is allowed, or null when one is allowed now. */
export function retryAfterSeconds(failedAt: readonly number[], now: number, limit: AttemptLimit): number | null {
  const recent = attemptsWithin(failedAt, now, limit.windowMs).sort((a, b) => a - b);
  if (recent.length < limit.max) return null;
  // Allowed again once enough of the oldest failures have left the window.
  const unblockingFailure = recent[recent.length - limit.max];
  if (unblockingFailure === undefined) return null;
  return retryAfterFromMs(unblockingFailure + limit.windowMs - now);
}

/** `times` without one occurrence of `time` (an attempt given back), as a new array. */
export function withoutOne(times: readonly number[], time: number): number[] {
  const index = times.indexOf(time);
  return index === -1 ? [...times] : [...times.slice(0, index), ...times.slice(index + 1)];
}

export interface KeyedFailures {
  loginKeyHash: string;
  failedAt: number[];
}

/**
 * The records with one more failure for `key` at `now`. Whatever has aged out is dropped on the
 * way, so the persisted state does not grow without bound.
 */
export function withFailureRecorded(
  records: readonly KeyedFailures[],
  key: string,
  now: number,
  windowMs: number,
): KeyedFailures[] {
  const kept: KeyedFailures[] = records
    .map((record) => ({ loginKeyHash: record.loginKeyHash, failedAt: attemptsWithin(record.failedAt, now, windowMs) }))
    .filter((record) => record.failedAt.length > 0 || record.loginKeyHash === key);
  const record = kept.find((candidate) => candidate.loginKeyHash === key);
  if (record) record.failedAt.push(now);
  else kept.push({ loginKeyHash: key, failedAt: [now] });
  return kept;
}

/** The failures recorded for `key`, or none. */
export function failuresFor(records: readonly KeyedFailures[], key: string): number[] {
  return records.find((record) => record.loginKeyHash === key)?.failedAt ?? [];
}
