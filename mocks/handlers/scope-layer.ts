/**
 * One rule for the whole account: a session signed in with an application password (scope without
 * `account`) may read under /me but not change anything there, nor list the application passwords
 * (that is account management). It answers 403 `insufficient_scope` (RFC 6750 §3.1) before any
 * route looks at the request; a missing or bad token is left to the route's own 401.
 */
import { http, type HttpHandler } from 'msw';
import type { MockBackend } from '../backend/mock-backend.ts';
import { apiError } from './api-responses.ts';
import { bearerToken } from './bearer-auth.ts';

const ACCOUNT_PREFIX = '/me';
/** Reads under /me that manage the account, so a limited session may not make them either. */
const ACCOUNT_MANAGEMENT_READS: ReadonlySet<string> = new Set(['/me/app-passwords']);

function needsAccountScope(method: string, path: string): boolean {
  if (path !== ACCOUNT_PREFIX && !path.startsWith(`${ACCOUNT_PREFIX}/`)) return false;
  const reads = method === 'GET' || method === 'HEAD';
  return !reads || ACCOUNT_MANAGEMENT_READS.has(path.replace(/\/+$/, ''));
}

export function scopeLayer(backend: MockBackend, baseUrl: string): HttpHandler {
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
  return http.all(`${baseUrl}/*`, ({ request }) => {
    const path = new URL(request.url).pathname.slice(basePath.length);
    if (!needsAccountScope(request.method, path)) return undefined;
    const token = bearerToken(request);
    const caller = token === null ? null : backend.authenticate(token);
    if (!caller?.limited) return undefined;
    return apiError(403, 'insufficient_scope', 'An application password cannot change the account. Sign in with your password.', {
      headers: { 'WWW-Authenticate': 'Bearer error="insufficient_scope", scope="account"' },
    });
  });
}
