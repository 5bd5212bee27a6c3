/**
 * How the OAuth endpoints (POST /auth/token, /auth/revoke, /auth/device) read a request and shape
 * an error, as RFC 6749 has it: the body is `application/x-www-form-urlencoded` (§4.1.3, §4.3.2,
 * §6; JSON is still accepted for one release), and an error carries `error` and
 * `error_description` (§5.2) and is never cached.
 */
import { HttpResponse, type HttpResponseResolver } from 'msw';
import type { IssuedTokens } from '../backend/mock-backend.ts';
import { invalidRequest, readJsonObject } from './api-responses.ts';

const FORM_TYPE = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

const UNSUPPORTED_CONTENT_TYPE_MESSAGE = `The request body must be ${FORM_TYPE} (or ${JSON_TYPE}).`;
const REPEATED_PARAMETER_MESSAGE = 'A parameter was sent more than once.';

/** RFC 6749 §5.1 and §5.2: neither tokens nor errors may be cached; nor may any other secret. */
export const NO_STORE: Readonly<Record<string, string>> = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

function mediaTypeOf(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * RFC 6749 §3.2: a parameter sent without a value counts as omitted, and one sent twice makes the
 * request malformed. Unknown parameters stay and are ignored by the grants' schemas.
 */
function formFields(text: string): Record<string, unknown> | Response {
  const fields: Record<string, unknown> = {};
  for (const [name, value] of new URLSearchParams(text)) {
    if (name in fields) return invalidRequest(REPEATED_PARAMETER_MESSAGE);
    if (value !== '') fields[name] = value;
  }
  return fields;
}

/** The body's parameters, or a ready 400 `invalid_request`. */
async function readTokenEndpointBody(request: Request): Promise<Record<string, unknown> | Response> {
  const mediaType = mediaTypeOf(request);
  if (mediaType === FORM_TYPE) return formFields(await request.text());
  if (mediaType === JSON_TYPE) return readJsonObject(request);
  return invalidRequest(UNSUPPORTED_CONTENT_TYPE_MESSAGE);
}

/** Adds what RFC 6749 §5.2 asks of an error to the API's error body: `error_description`, the same text as `message`. */
async function withOAuthErrorShape(response: Response): Promise<Response> {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(NO_STORE)) headers.set(name, value);
  if (response.status < 400) return new Response(response.body, { status: response.status, headers });
  // The body grows, so the length the original declared no longer holds.
  headers.delete('content-length');
  const body: unknown = await response.json();
  const described =
    typeof body === 'object' && body !== null && 'message' in body ? { ...body, error_description: body.message } : body;
  return new Response(JSON.stringify(described), { status: response.status, headers });
}

/**
 * A resolver for an OAuth endpoint: `answer` gets the parameters whichever way they came, and
 * whatever it answers leaves in the endpoint's shape.
 */
export function oauthEndpoint(
  answer: (fields: Record<string, unknown>, request: Request) => Promise<Response> | Response,
): HttpResponseResolver {
  return async ({ request }) => {
    const fields = await readTokenEndpointBody(request);
    return withOAuthErrorShape(fields instanceof Response ? fields : await answer(fields, request));
  };
}

/** A new token pair (RFC 6749 §5.1), the same for every grant; `oauthEndpoint` adds NO_STORE. */
export function tokenResponse(tokens: IssuedTokens): Response {
  return HttpResponse.json(
    {
      access_token: tokens.accessToken,
      token_type: 'Bearer',
      expires_in: tokens.expiresInSeconds,
      refresh_token: tokens.refreshToken,
      user_id: tokens.userId,
      scope: tokens.scope,
    },
  );
}
