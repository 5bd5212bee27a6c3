/** The API's error body and the response helpers every resource handler shares. */
import { HttpResponse } from 'msw';
import type { FieldErrors } from '../backend/field-codes.ts';
import type { PortalStatus } from '../backend/state-schema.ts';

/** Every `error` the API answers with; the OpenAPI document lists the same set. */
export const API_ERROR_CODES = [
  'invalid_request',
  'invalid_grant',
  'unsupported_grant_type',
  'invalid_token',
  'rate_limited',
  'not_found',
  'server_error',
  'wrong_password',
  'login_taken',
  'invalid_code',
  'code_expired',
  'invalid_checkword',
  'sms_unavailable',
  'social_not_linked',
  'social_taken',
  'last_sign_in_method',
  'portal_unavailable',
  'portal_limit_reached',
  'portal_name_taken',
  'two_factor_required',
  'password_not_set',
  'setup_expired',
  'authorization_pending',
  'slow_down',
  'expired_token',
  'already_approved',
  'insufficient_scope',
  'app_password_limit_reached',
  'current_session',
  'proof_required',
  'password_set',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/**
 * `session_revoked` with `invalid_grant` on a refresh: the session was ended. `mfa_token_expired`
 * with `invalid_grant` on the `two_factor` grant: the sign-in's second step ended; sign in again. `deleted` or
 * `access_revoked` with `portal_unavailable`: why the portal cannot be opened.
 */
export type ApiErrorReason = 'session_revoked' | 'mfa_token_expired' | Exclude<PortalStatus, 'active'>;

export interface ApiErrorBody {
  error: ApiErrorCode;
  /** Human-readable; not for matching on (except where the API documents an exact text). */
  message: string;
  /** Per-field reason codes, keyed by request field name. */
  fields?: FieldErrors;
  /** With `invalid_code`: wrong answers the pending change still allows. */
  attempts_left?: number;
  reason?: ApiErrorReason;
}

export function apiError(
  status: number,
  error: ApiErrorCode,
  message: string,
  extra: { fields?: FieldErrors; attemptsLeft?: number; reason?: ApiErrorReason; headers?: Record<string, string> } = {},
): Response {
  const body: ApiErrorBody = { error, message };
  if (extra.fields) body.fields = extra.fields;
  if (extra.reason) body.reason = extra.reason;
  if (extra.attemptsLeft !== undefined) body.attempts_left = extra.attemptsLeft;
  return HttpResponse.json(body, { status, headers: extra.headers ?? {} });
}

export const SOME_FIELDS_INVALID = 'Some fields are missing or invalid.';

export function invalidRequest(message: string, fields?: FieldErrors): Response {
  return apiError(400, 'invalid_request', message, fields ? { fields } : {});
}

/** 429 with the seconds to wait in Retry-After (RFC 9110 §10.2.3). */
export function rateLimited(message: string, retryAfterSeconds: number): Response {
  return apiError(429, 'rate_limited', message, { headers: { 'Retry-After': String(retryAfterSeconds) } });
}

/** 503 with Retry-After: nothing was sent by SMS, and nothing about the request was recorded. */
export function smsUnavailable(retryAfterSeconds: number): Response {
  return apiError(503, 'sms_unavailable', 'SMS cannot be sent right now. Try again later.', {
    headers: { 'Retry-After': String(retryAfterSeconds) },
  });
}

/** 404 when the caller's token is good but its account is gone (e.g. a restored snapshot). */
export function accountGone(): Response {
  return apiError(404, 'not_found', 'This account no longer exists.');
}

export function noContent(): Response {
  return new HttpResponse(null, { status: 204 });
}

/** The body as a JSON object, or a ready 400 response when it is not one. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown> | Response> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return invalidRequest('The request body must be JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return invalidRequest('The request body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}
