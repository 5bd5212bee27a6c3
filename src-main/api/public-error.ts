import { fail, ok, type BridgeError, type ErrorCode, type Result } from '../../src-preload/contract.ts';
import type { ApiResult } from './api-client.ts';
import { failure, type ApiFailure } from './api-errors.ts';

/** What of a failure may cross the bridge: the code, field reasons, waits, tries. */
export function publicError(failure: ApiFailure): BridgeError {
  const { code, fields, retryAfterMs, attemptsLeft, reason } = failure;
  return {
    code,
    ...(fields ? { fields } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    ...(attemptsLeft !== undefined ? { attemptsLeft } : {}),
    ...(reason !== undefined ? { reason } : {}),
  };
}

/** An API call's result as the bridge carries it: the answer mapped to the contract's shape, or the public error. */
export const bridgeResult = <T, U>(result: ApiResult<T>, map: (value: T) => U): Result<U> =>
  result.ok ? ok(map(result.value)) : fail(publicError(result.error));

/** A failed bridge call with this code (and details), e.g. `failWith('unauthorized')`. */
export const failWith = (code: ErrorCode, extra: Omit<BridgeError, 'code'> = {}): Result<never> =>
  fail(publicError(failure(code, extra)));
