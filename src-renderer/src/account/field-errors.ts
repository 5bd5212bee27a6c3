import type { BridgeError, FieldErrorCode } from '../../../src-preload/contract.ts';

/**
 * Picks a form's fields out of `error.fields`. Each form field lists the names the reason may come
 * under: main names fields as the request does (`newPassword`, `currentPassword`), never the
 * server's own spelling.
 * (Only types come from the contract: its values would bring zod into the renderer's chunks. Main
 * already maps unknown reasons to `invalid`, and every caller has a default sentence anyway.)
 */
export function fieldErrorsOf<F extends string>(error: BridgeError, names: Record<F, readonly string[]>): Partial<Record<F, FieldErrorCode>> {
  const found: Partial<Record<F, FieldErrorCode>> = {};
  const fields = error.fields ?? {};
  for (const field of Object.keys(names) as F[]) {
    for (const name of names[field]) {
      const code = fields[name];
      if (code !== undefined && found[field] === undefined) found[field] = code;
    }
  }
  return found;
}
