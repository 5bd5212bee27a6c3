import { fail, ok, type BridgeError, type Result } from '../../src-preload/contract.ts';
import type { ApiResult } from './api-client.ts';
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

/** An API call's result as the bridge carries it: the answer mapped to the contract's shape, or the public error. */
export const bridgeResult = <T, U>(result: ApiResult<T>, map: (value: T) => U): Result<U> =>
  result.ok ? ok(map(result.value)) : fail(publicError(result.error));
