/** POST /auth/token (password, authorization_code and refresh_token grants) and POST /auth/revoke. */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { z } from 'zod';
import type { IssuedTokens, MockBackend } from '../backend/mock-backend.ts';
import { apiError, rateLimited, readJsonObject } from './api-responses.ts';
import { codeExchange, codeExchangeSchema } from './code-exchange-fields.ts';
import { loginField, parseFields, passwordField, readRequest, tokenField } from './request-validation.ts';
import { socialFailureResponse } from './social-failures.ts';

const MAX_DEVICE_NAME_LENGTH = 200;

/** Read first: it says which of the schemas below the rest of the body must meet. */
const grantTypeSchema = z.object({ grant_type: z.string().min(1).max(64) });

const passwordGrantSchema = z.object({
  username: loginField,
  password: passwordField,
  device_name: z.string().trim().max(MAX_DEVICE_NAME_LENGTH).optional(),
});

const authorizationCodeGrantSchema = codeExchangeSchema.extend({
  device_name: z.string().trim().max(MAX_DEVICE_NAME_LENGTH).optional(),
});

const refreshGrantSchema = z.object({ refresh_token: tokenField });

const revokeSchema = z.object({ token: tokenField });

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
      scope: tokens.scope,
    },
    { headers: noStore },
  );
}

async function passwordGrant(backend: MockBackend, body: Record<string, unknown>): Promise<Response> {
  const fields = parseFields(passwordGrantSchema, body);
  if (fields instanceof Response) return fields;
  const outcome = await backend.signInWithPassword({
    login: fields.username,
    password: fields.password,
    deviceName: fields.device_name || null,
  });
  if (outcome.ok) return tokenResponse(outcome.tokens);
  if (outcome.error === 'rate_limited') {
    return rateLimited('Too many failed sign-in attempts. Try again later.', outcome.retryAfterSeconds);
  }
  return apiError(400, 'invalid_grant', WRONG_CREDENTIALS);
}

/** A social service's one-time code, exchanged with its PKCE verifier for a new app session. */
function authorizationCodeGrant(backend: MockBackend, body: Record<string, unknown>): Response {
  const fields = parseFields(authorizationCodeGrantSchema, body);
  if (fields instanceof Response) return fields;
  const outcome = backend.signInWithSocialCode({ ...codeExchange(fields), deviceName: fields.device_name || null });
  return outcome.ok ? tokenResponse(outcome.tokens) : socialFailureResponse(outcome);
}

function refreshGrant(backend: MockBackend, body: Record<string, unknown>): Response {
  const fields = parseFields(refreshGrantSchema, body);
  if (fields instanceof Response) return fields;
  const outcome = backend.refresh(fields.refresh_token);
  if (outcome.ok) return tokenResponse(outcome.tokens);
  if (outcome.reason === 'session_revoked') {
    return apiError(400, 'invalid_grant', 'This session was ended.', { reason: 'session_revoked' });
  }
  return apiError(400, 'invalid_grant', 'The refresh token is invalid, expired or revoked.');
}

export function authHandlers(backend: MockBackend, baseUrl: string): HttpHandler[] {
  return [
    http.post(`${baseUrl}/auth/token`, async ({ request }) => {
      const body = await readJsonObject(request);
      if (body instanceof Response) return body;
      const grant = parseFields(grantTypeSchema, body);
      if (grant instanceof Response) return grant;
      const grantType = grant.grant_type;
      if (grantType === 'password') return passwordGrant(backend, body);
      if (grantType === 'authorization_code') return authorizationCodeGrant(backend, body);
      if (grantType === 'refresh_token') return refreshGrant(backend, body);
      return apiError(400, 'unsupported_grant_type', `The grant type "${grantType}" is not supported.`);
    }),

    http.post(`${baseUrl}/auth/revoke`, async ({ request }) => {
      const fields = await readRequest(request, revokeSchema);
      if (fields instanceof Response) return fields;
      // RFC 7009: the same 200 whether or not the token meant anything, so it reveals nothing.
      backend.revoke(fields.token);
      return HttpResponse.json({});
    }),
  ];
}
