/** The API's error body and the request-reading helpers every resource handler shares. */
import { HttpResponse } from 'msw';
import type { z } from 'zod';

export type ApiErrorCode =
  | 'invalid_request'
  | 'invalid_grant'
  | 'unsupported_grant_type'
  | 'invalid_token'
  | 'rate_limited'
  | 'not_found'
  | 'server_error';

export interface ApiErrorBody {
  error: ApiErrorCode;
  message: string;
  fields?: Record<string, string>;
}

export function apiError(
  status: number,
  error: ApiErrorCode,
  message: string,
  extra: { fields?: Record<string, string>; headers?: Record<string, string> } = {},
): Response {
  const body: ApiErrorBody = extra.fields ? { error, message, fields: extra.fields } : { error, message };
  return HttpResponse.json(body, { status, headers: extra.headers ?? {} });
}

export function invalidRequest(message: string, fields?: Record<string, string>): Response {
  return apiError(400, 'invalid_request', message, fields ? { fields } : {});
}

/** The first message for each top-level field, in the API's `fields` form. */
export function fieldMessages(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && !(field in fields)) fields[field] = issue.message;
  }
  return fields;
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
