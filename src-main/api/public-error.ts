import type { BridgeError } from '../../src-preload/contract.ts';
import type { ApiFailure } from './api-errors.ts';

/** What of a failure may cross the bridge: the code, our own message, field messages, a wait. */
export function publicError(failure: ApiFailure): BridgeError {
  const { code, message, fields, retryAfterMs } = failure;
  return {
    code,
    message,
    ...(fields ? { fields } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  };
}
