/** Resolves the caller behind `Authorization: Bearer …`, or answers 401 as RFC 6750 says. */
import type { AuthenticatedCaller, MockBackend } from '../backend/mock-backend.ts';
import { apiError } from './api-responses.ts';

const BEARER_PREFIX = 'bearer ';

export function bearerToken(request: Request): string | null {
  const header = request.headers.get('authorization');
  if (!header || header.length <= BEARER_PREFIX.length) return null;
  if (header.slice(0, BEARER_PREFIX.length).toLowerCase() !== BEARER_PREFIX) return null;
  const token = header.slice(BEARER_PREFIX.length).trim();
  return token === '' ? null : token;
}

export function authenticateRequest(backend: MockBackend, request: Request): AuthenticatedCaller | Response {
  const token = bearerToken(request);
  const caller = token === null ? null : backend.authenticate(token);
  if (caller) return caller;
  return apiError(401, 'invalid_token', 'The access token is missing, expired or revoked.', {
    headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
  });
}
