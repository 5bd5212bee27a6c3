import type { z } from 'zod';
import { isFieldErrorCode, type BridgeError, type FieldErrorCode } from '../../src-preload/contract.ts';

/** Turns a zod failure into per-field reasons; the offending values are never echoed back. */
export function validationError(error: z.ZodError): BridgeError {
  const fields: Record<string, FieldErrorCode> = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.join('.') : 'request';
    // The contract's schemas use field error codes as messages; zod's own messages become `invalid`.
    fields[field] ??= isFieldErrorCode(issue.message) ? issue.message : 'invalid';
  }
  return { code: 'validation', fields };
}
