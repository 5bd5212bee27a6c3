/**
 * Why a request field was refused, as a closed set of codes. The API sends codes, never sentences,
 * so that the app can explain each one in the person's own language.
 */

export const FIELD_ERROR_CODES = [
  'required',
  'too_long',
  'invalid',
  'invalid_email',
  'invalid_phone',
  'too_short',
  'needs_upper',
  'needs_lower',
  'needs_digit',
  'same_as_current',
  'contains_login',
  'mismatch',
] as const;

export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** Per-field reasons, keyed by the request's field name. */
export type FieldErrors = Record<string, FieldErrorCode>;
