/**
 * Checks a request body against its zod schema and turns every refusal into the API's field codes:
 * `required` for a missing or empty field, `too_long` for one over its limit, `invalid` otherwise.
 */
import { z } from 'zod';
import type { FieldErrorCode, FieldErrors } from '../backend/field-codes.ts';
import { invalidRequest, readJsonObject, SOME_FIELDS_INVALID } from './api-responses.ts';

/** An e-mail or phone number as typed (openapi.yaml: `maxLength: 255`). */
export const loginField = z.string().trim().min(1).max(255);

/** Not trimmed: every character counts. The bound also bounds scrypt's work per request. */
export const passwordField = z.string().min(1).max(1024);

/** A link token, SMS code or recovery checkword (openapi.yaml: `maxLength: 2048`). */
export const secretField = z.string().trim().min(1).max(2048);

/** A refresh token, as issued: not trimmed (openapi.yaml: `maxLength: 2048`). */
export const tokenField = z.string().min(1).max(2048);

/** The name the app gives its device, optional (openapi.yaml: `maxLength: 200`). */
export const deviceNameField = z.string().trim().max(200).optional();

/** A second-step code: 6 digits from an authenticator app, or a recovery code (openapi.yaml: `maxLength: 64`). */
export const codeField = z.string().trim().min(1).max(64);

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function codeFor(issue: z.core.$ZodIssue, given: unknown): FieldErrorCode {
  // Judged by the input rather than the issue's wording, which zod is free to change.
  if (isBlank(given)) return 'required';
  if (issue.code === 'too_big') return 'too_long';
  return 'invalid';
}

/** The first reason for each top-level field. */
export function fieldCodes(error: z.ZodError, input: Record<string, unknown>): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && !(field in fields)) fields[field] = codeFor(issue, input[field]);
  }
  return fields;
}

/** The body parsed by `schema`, or a ready 400 response. */
export function parseFields<S extends z.ZodType>(schema: S, body: Record<string, unknown>): z.output<S> | Response {
  const parsed = schema.safeParse(body);
  return parsed.success ? parsed.data : invalidRequest(SOME_FIELDS_INVALID, fieldCodes(parsed.error, body));
}

/** Reads the JSON body and parses it, or answers 400. */
export async function readRequest<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S> | Response> {
  const body = await readJsonObject(request);
  return body instanceof Response ? body : parseFields(schema, body);
}
