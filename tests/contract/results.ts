/** Unwraps the app's ApiResult in a tour step, naming what came instead when it is not what the step expects. */
import type { ApiResult } from '../../src-main/api/api-client.ts';
import type { ApiFailure } from '../../src-main/api/api-errors.ts';

export function expectOk<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

export function expectFailure<T>(result: ApiResult<T>): ApiFailure {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}
