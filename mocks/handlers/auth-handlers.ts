/** POST /auth/token (password and refresh_token grants) and POST /auth/revoke. */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { z } from 'zod';
import type { IssuedTokens, MockBackend } from '../backend/mock-backend.ts';
import { apiError, fieldMessages, invalidRequest, readJsonObject } from './api-responses.ts';

const LOGIN_REQUIRED = 'Enter your e-mail or phone number.';
const PASSWORD_REQUIRED = 'Enter your password.';
const MAX_DEVICE_NAME_LENGTH = 200;

const passwordGrantSchema = z.object({
  username: z.string({ error: LOGIN_REQUIRED }).trim().min(1, { error: LOGIN_REQUIRED }),
  password: z.string({ error: PASSWORD_REQUIRED }).min(1, { error: PASSWORD_REQUIRED }),
  device_name: z
    .string({ error: 'The device name must be a string.' })
    .trim()
    .max(MAX_DEVICE_NAME_LENGTH, { error: `The device name must be at most ${MAX_DEVICE_NAME_LENGTH} characters.` })
    .optional(),
});

const refreshGrantSchema = z.object({
  refresh_token: z.string({ error: 'The refresh token is required.' }).min(1, { error: 'The refresh token is required.' }),
});

const revokeSchema = z.object({
  token: z.string({ error: 'The token is required.' }).min(1, { error: 'The token is required.' }),
});

const WRONG_CREDENTIALS = 'Wrong login or password';

/** Token responses must never be cached (RFC 6749 §5.1). */
const noStore = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

function tokenResponse(tokens: IssuedTokens): Response {
  return HttpResponse.json(
    {
      access_token: tokens.accessToken,
      token_type: 'Bearer',
      expires_in: tokens.expiresInSeconds,
      refresh_token: tokens.refreshToken,
      user_id: tokens.userId,
    },
    { headers: noStore },
  );
}

async function passwordGrant(backend: MockBackend, body: Record<string, unknown>): Promise<Response> {
  const parsed = passwordGrantSchema.safeParse(body);
  if (!parsed.success) return invalidRequest('Some fields are missing or invalid.', fieldMessages(parsed.error));
  const outcome = await backend.signInWithPassword({
    login: parsed.data.username,
    password: parsed.data.password,
    deviceName: parsed.data.device_name || null,
  });
  if (outcome.ok) return tokenResponse(outcome.tokens);
  if (outcome.error === 'rate_limited') {
    return apiError(429, 'rate_limited', 'Too many failed sign-in attempts. Try again later.', {
      headers: { 'Retry-After': String(outcome.retryAfterSeconds) },
    });
  }
  return apiError(400, 'invalid_grant', WRONG_CREDENTIALS);
}

function refreshGrant(backend: MockBackend, body: Record<string, unknown>): Response {
  const parsed = refreshGrantSchema.safeParse(body);
  if (!parsed.success) return invalidRequest('Some fields are missing or invalid.', fieldMessages(parsed.error));
  const outcome = backend.refresh(parsed.data.refresh_token);
  if (outcome.ok) return tokenResponse(outcome.tokens);
  return apiError(400, 'invalid_grant', 'The refresh token is invalid, expired or revoked.');
}

export function authHandlers(backend: MockBackend, baseUrl: string): HttpHandler[] {
  return [
    http.post(`${baseUrl}/auth/token`, async ({ request }) => {
      const body = await readJsonObject(request);
      if (body instanceof Response) return body;
      const grantType = body['grant_type'];
      if (typeof grantType !== 'string' || grantType === '') {
        return invalidRequest('Some fields are missing or invalid.', { grant_type: 'The grant type is required.' });
      }
      if (grantType === 'password') return passwordGrant(backend, body);
      if (grantType === 'refresh_token') return refreshGrant(backend, body);
      return apiError(400, 'unsupported_grant_type', `The grant type "${grantType}" is not supported.`);
    }),

    http.post(`${baseUrl}/auth/revoke`, async ({ request }) => {
      const body = await readJsonObject(request);
      if (body instanceof Response) return body;
      const parsed = revokeSchema.safeParse(body);
      if (!parsed.success) return invalidRequest('Some fields are missing or invalid.', fieldMessages(parsed.error));
      // RFC 7009: the same 200 whether or not the token meant anything, so it reveals nothing.
      backend.revoke(parsed.data.token);
      return HttpResponse.json({});
    }),
  ];
}
