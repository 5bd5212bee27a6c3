import type { z } from 'zod';
import type { BridgeError } from '../../src-preload/contract.ts';

/** Turns a zod failure into per-field messages; the offending values are never echoed back. */
export function validationError(error: z.ZodError): BridgeError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.join('.') : 'request';
    fields[field] ??= issue.message;
  }
  return { code: 'validation', message: 'The request is not valid.', fields };
}
