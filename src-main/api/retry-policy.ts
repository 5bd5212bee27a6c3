import type { ApiFailure } from './api-errors.ts';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A server that asks for a longer wait is not retried; the person is told when to try again. */
  maxRetryAfterMs: number;
  sleep(ms: number): Promise<void>;
  random(): number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 300,
  maxDelayMs: 4000,
  maxRetryAfterMs: 10_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/**
 * How long to wait before retry number `retry` (0-based) of a GET, or null to stop. Only reads are
 * retried: a request that changes something is never repeated on its own. Exponential backoff with
 * full jitter, but never sooner than the server's Retry-After.
 */
export function retryDelayMs(retry: number, error: ApiFailure, policy: RetryPolicy): number | null {
  if (retry >= policy.maxRetries) return null;
  const retryable = error.code === 'network' || (error.status !== undefined && RETRYABLE_STATUSES.has(error.status));
  if (!retryable) return null;
  if (error.retryAfterMs !== undefined && error.retryAfterMs > policy.maxRetryAfterMs) return null;
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry) * policy.random();
  return Math.max(backoff, error.retryAfterMs ?? 0);
}
