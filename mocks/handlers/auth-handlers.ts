/**
 * POST /auth/token (password, authorization_code, two_factor, refresh_token and device_code grants)
 * and POST /auth/revoke, both read and answered as RFC 6749 says (token-endpoint.ts).
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { z } from 'zod';
import type { MockBackend, TwoFactorRequired } from '../backend/mock-backend.ts';
import { apiError, rateLimited } from './api-responses.ts';
import { codeExchange, codeExchangeSchema } from './code-exchange-fields.ts';
import { DEVICE_CODE_GRANT_TYPE, deviceCodeGrant } from './device-handlers.ts';
import { codeField, deviceNameField, loginField, parseFields, passwordField, tokenField } from './request-validation.ts';
import { socialFailureResponse } from './social-failures.ts';
import { oauthEndpoint, tokenResponse } from './token-endpoint.ts';

/** Read first: it says which of the schemas below the rest of the body must meet. */
const grantTypeSchema = z.object({ grant_type: z.string().min(1).max(64) });

const passwordGrantSchema = z.object({
  username: loginField,
  password: passwordField,
  device_name: deviceNameField,
});

const authorizationCodeGrantSchema = codeExchangeSchema.extend({
  device_name: deviceNameField,
});

const twoFactorGrantSchema = z.object({
  mfa_token: tokenField,
  code: codeField,
  device_name: deviceNameField,
});

const refreshGrantSchema = z.object({ refresh_token: tokenField });

const revokeSchema = z.object({ token: tokenField });

const WRONG_CREDENTIALS = 'Wrong login or password';

/** 401 without tokens: the first step was right; finish with the `two_factor` grant and this `mfa_token`. */
function twoFactorRequired(outcome: TwoFactorRequired): Response {
  const description = 'Enter the code from your authenticator app, or a recovery code.';
  return HttpResponse.json(
    {
      error: 'two_factor_required',
      message: description,
      mfa_token: outcome.mfaToken,
      expires_in: outcome.expiresInSeconds,
    },
    { status: 401 },
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
  if (outcome.error === 'two_factor_required') return twoFactorRequired(outcome);
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
  if (outcome.ok) return tokenResponse(outcome.tokens);
  return outcome.error === 'two_factor_required' ? twoFactorRequired(outcome) : socialFailureResponse(outcome);
}

/** The second step of a sign-in that answered `two_factor_required`. */
function twoFactorGrant(backend: MockBackend, body: Record<string, unknown>): Response {
  const fields = parseFields(twoFactorGrantSchema, body);
  if (fields instanceof Response) return fields;
  const outcome = backend.verifyTwoFactor({ mfaToken: fields.mfa_token, code: fields.code, deviceName: fields.device_name || null });
  if (outcome.ok) return tokenResponse(outcome.tokens);
  if (outcome.error === 'invalid_code') {
    return apiError(400, 'invalid_code', 'The code is wrong.', { attemptsLeft: outcome.attemptsLeft });
  }
  if (outcome.error === 'rate_limited') {
    return rateLimited('Too many wrong codes for this account. Try again later.', outcome.retryAfterSeconds);
  }
  return apiError(400, 'invalid_grant', 'This sign-in has expired. Sign in again.', { reason: 'mfa_token_expired' });
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
    http.post(
      `${baseUrl}/auth/token`,
      oauthEndpoint(async (body) => {
        const grant = parseFields(grantTypeSchema, body);
        if (grant instanceof Response) return grant;
        const grantType = grant.grant_type;
        if (grantType === 'password') return passwordGrant(backend, body);
        if (grantType === 'authorization_code') return authorizationCodeGrant(backend, body);
        if (grantType === 'refresh_token') return refreshGrant(backend, body);
        if (grantType === 'two_factor') return twoFactorGrant(backend, body);
        if (grantType === DEVICE_CODE_GRANT_TYPE) return deviceCodeGrant(backend, body);
        return apiError(400, 'unsupported_grant_type', `The grant type "${grantType}" is not supported.`);
      }),
    ),

    http.post(
      `${baseUrl}/auth/revoke`,
      oauthEndpoint((body) => {
        const fields = parseFields(revokeSchema, body);
        if (fields instanceof Response) return fields;
        // RFC 7009: the same 200 whether or not the token meant anything, so it reveals nothing.
        backend.revoke(fields.token);
        return HttpResponse.json({});
      }),
    ),
  ];
}
