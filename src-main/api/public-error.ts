import type { BridgeError } from '../../src-preload/contract.ts';
import type { ApiFailure } from './api-errors.ts';

/** What of a failure may cross the bridge: the code, our own message, field reasons, waits, tries. */
export function publicError(failure: ApiFailure): BridgeError {
  const { code, message, fields, retryAfterMs, attemptsLeft, reason } = failure;
  return {
    code,
    message,
    ...(fields ? { fields } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    ...(attemptsLeft !== undefined ? { attemptsLeft } : {}),
    ...(reason !== undefined ? { reason } : {}),
  };
}
