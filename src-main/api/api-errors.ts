import type { AxiosError } from 'axios';
import {
  isFieldErrorCode,
  type BridgeError,
  type ErrorCode,
  type FieldErrorCode,
  type PortalUnavailableReason,
} from '../../src-preload/contract.ts';
import { serverErrorBody, twoFactorRequiredBody } from './wire-schemas.ts';

/** A failed API call: the bridge error to show, plus the server's own code for callers that branch on it. */
export interface ApiFailure extends BridgeError {
  status?: number;
  serverCode?: string;
  /** The server's finer reason, e.g. `session_revoked` with `invalid_grant`. */
  serverReason?: string;
  /**
   * With `two_factor_required` only: the sign-in's second-step token. A secret: the session service
   * keeps it in memory; `publicError` never copies it, and the api client never logs it.
   */
  mfaChallenge?: { mfaToken: string; expiresInSeconds: number };
}

/** A failure with its code and details; its wording is the renderer's (its catalogues), never main's. */
export const failure = (code: ErrorCode, extra: Partial<ApiFailure> = {}): ApiFailure => ({ code, ...extra });

/**
 * The server never answered (no connection, no answer in time, or the proxy on the way could not
 * pass the call on), as opposed to answering with an error.
 */
export const isUnreachable = (error: BridgeError): boolean =>
  error.code === 'network' || error.code === 'timeout' || error.code === 'proxy_failed';

/** Server error codes that are bridge error codes of the same meaning. */
const passThroughCodes: ReadonlySet<string> = new Set<ErrorCode>([
  'wrong_password',
  'login_taken',
  'invalid_code',
  'code_expired',
  'invalid_checkword',
  'rate_limited',
  'social_not_linked',
  'social_taken',
  'last_sign_in_method',
  'sms_unavailable',
  'portal_unavailable',
  'portal_limit_reached',
  'portal_name_taken',
  'two_factor_required',
  'password_not_set',
  'app_password_limit_reached',
  'proof_required',
]);

/** Server codes (with a reason) that are a bridge code of another name. */
function renamedCode(serverCode: string, reason: string | undefined): ErrorCode | null {
  if (serverCode === 'invalid_grant' && reason === 'mfa_token_expired') return 'sign_in_expired';
  if (serverCode === 'setup_expired') return 'code_expired';
  // A session of an application password may not change the account.
  if (serverCode === 'insufficient_scope') return 'limited_session';
  // Signing out this device's own session from the list: the UI never offers it.
  if (serverCode === 'current_session') return 'forbidden';
  // A proof code for an account that has a password: the UI asks for one only when there is none.
  if (serverCode === 'password_set') return 'forbidden';
  return null;
}

const isPortalUnavailableReason = (reason: string | undefined): reason is PortalUnavailableReason =>
  reason === 'deleted' || reason === 'access_revoked';

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(header: unknown, now: number = Date.now()): number | undefined {
  if (typeof header !== 'string' || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  // The proxy on the way answered, not the server: it wants credentials, or refused the saved ones.
  if (status === 407) return 'proxy_auth_required';
  if (status === 400 || status === 422) return 'validation';
  return 'server';
}

const camelCase = (name: string) => name.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());

/**
 * Field reasons from the server, keyed like the bridge request's fields (the API's `new_password`
 * becomes `newPassword`) and limited to the codes the UI can explain.
 */
export function fieldCodes(fields: Record<string, string>): Record<string, FieldErrorCode> {
  const codes: Record<string, FieldErrorCode> = {};
  for (const [field, reason] of Object.entries(fields)) codes[camelCase(field)] = isFieldErrorCode(reason) ? reason : 'invalid';
  return codes;
}

/** Node's (OpenSSL's) names for a certificate this computer does not trust, or that is not the server's. */
const untrustedCertificateCodes: ReadonlySet<string> = new Set([
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_UNTRUSTED',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_SIGNATURE_FAILURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** Node's connection failures: through a proxy, the connection that failed was the proxy's. */
const connectionFailureCodes: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);

/** Chromium's failures (`net::ERR_*`, from Electron's network stack) by what the person can do about them. */
function chromiumFailureCode(name: string): ErrorCode {
  if (name.startsWith('CERT_') || name === 'SSL_PINNED_KEY_NOT_IN_CERT_CHAIN') return 'untrusted_certificate';
  if (name === 'TIMED_OUT' || name === 'CONNECTION_TIMED_OUT') return 'timeout';
  if (/^(PROXY_AUTH_|UNEXPECTED_PROXY_AUTH)/.test(name)) return 'proxy_auth_required';
  if (name.startsWith('PROXY_') || name === 'TUNNEL_CONNECTION_FAILED' || /PROXY/.test(name)) return 'proxy_failed';
  return 'network';
}

/** The error and what it was caused by, outermost first (axios wraps the transport's failure). */
function causeChain(error: unknown): Array<{ code?: unknown; message?: unknown; statusCode?: unknown }> {
  const chain: Array<{ code?: unknown; message?: unknown; statusCode?: unknown }> = [];
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && chain.length < 5) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

/** Why a call got no HTTP answer: in time, through the proxy, past the certificate check, or at all. */
function failureWithoutAnswer(error: AxiosError, proxied: boolean): ErrorCode {
  const chain = causeChain(error);
  // axios copies the code of Node's tunnel failure, not the proxy's status: that is on the cause.
  const tunnelStatus = chain.find((link) => typeof link.statusCode === 'number')?.statusCode;
  for (const link of chain) {
    const chromium = typeof link.message === 'string' ? /net::ERR_([A-Z0-9_]+)/.exec(link.message) : null;
    if (chromium?.[1]) return chromiumFailureCode(chromium[1]);
    const code = typeof link.code === 'string' ? link.code : '';
    if (code === 'ECONNABORTED' || code === 'ETIMEDOUT') return 'timeout';
    if (code === 'ERR_PROXY_TUNNEL') return tunnelStatus === 407 ? 'proxy_auth_required' : 'proxy_failed';
    if (untrustedCertificateCodes.has(code)) return 'untrusted_certificate';
    if (proxied && connectionFailureCodes.has(code)) return 'proxy_failed';
  }
  return 'network';
}

/**
 * Maps any axios failure to a closed error code; raw HTTP details never leave main. `proxied`: the
 * call went through a proxy, so a connection that failed was the proxy's.
 */
export function mapAxiosError(error: AxiosError, proxied = false): ApiFailure {
  if (!error.response) return failure(failureWithoutAnswer(error, proxied));
  const { status, data, headers } = error.response;
  const body = serverErrorBody.safeParse(data);
  let code = codeForStatus(status);
  const extra: Partial<ApiFailure> = { status };
  if (body.success) {
    extra.serverCode = body.data.error;
    if (body.data.reason) extra.serverReason = body.data.reason;
    if ((status < 500 || body.data.error === 'sms_unavailable') && passThroughCodes.has(body.data.error)) {
      code = body.data.error as ErrorCode;
    }
    code = renamedCode(body.data.error, body.data.reason) ?? code;
    if (code === 'validation' && body.data.fields) extra.fields = fieldCodes(body.data.fields);
    if (body.data.attempts_left !== undefined) extra.attemptsLeft = body.data.attempts_left;
    if (code === 'portal_unavailable' && isPortalUnavailableReason(body.data.reason)) extra.reason = body.data.reason;
    const challenge = twoFactorRequiredBody.safeParse(data);
    if (status === 401 && challenge.success) {
      extra.mfaChallenge = { mfaToken: challenge.data.mfa_token, expiresInSeconds: challenge.data.expires_in };
    }
  }
  if (code === 'rate_limited' || code === 'sms_unavailable' || status === 503) {
    const retryAfterMs = parseRetryAfter(headers['retry-after']);
    if (retryAfterMs !== undefined) extra.retryAfterMs = retryAfterMs;
  }
  return failure(code, extra);
}
