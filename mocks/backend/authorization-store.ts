/**
 * Social sign-in requests waiting on the consent page, and the one-time authorization codes they
 * end in. Memory only, on purpose: a request lives minutes and a code a minute, so neither is
 * worth persisting, and a code never reaches the snapshot. Codes are kept under their SHA-256
 * hash, like every other secret.
 */
import type { AuthorizationParams, SocialAuthMode } from './authorization-request.ts';
import { redirectWith } from './loopback-redirect.ts';
import { verifierMatches } from './pkce.ts';
import { newAuthorizationCode, newAuthorizationRequestId, sha256Hex } from './secrets.ts';

/** How long the consent page may stay open before its choices stop working. */
export const AUTHORIZATION_REQUEST_TTL_MS = 10 * 60 * 1000;
/** An authorization code's life: enough for the app to exchange it at once, and no more. */
export const AUTHORIZATION_CODE_TTL_MS = 60 * 1000;

export interface PendingAuthorization extends AuthorizationParams {
  id: string;
  expiresAt: number;
}

/** Everything a code was bound to when it was issued. */
interface IssuedCode {
  identityId: string;
  mode: SocialAuthMode;
  redirectUri: string;
  codeChallenge: string;
  expiresAt: number;
}

export interface CodePresentation {
  code: string;
  redirectUri: string;
  codeVerifier: string | null;
  /** The route it was presented at: a code works only for the mode it was asked for in. */
  mode: SocialAuthMode;
}

export type CodeRedemption =
  | { ok: true; codeHash: string; identityId: string }
  /** `replayedSessionIds`: sessions started with this code, when it had already been used. */
  | { ok: false; replayedSessionIds: string[] };

export class AuthorizationStore {
  readonly #now: () => number;
  readonly #rememberCode: (code: string) => string;
  readonly #requests = new Map<string, PendingAuthorization>();
  /** Unused codes, by hash. */
  readonly #codes = new Map<string, IssuedCode>();
  /**
   * Every code presented at least once, by hash, with the sessions it started. Kept while the
   * process runs, so a replay is recognised (and its sessions ended) however late it comes.
   */
  readonly #redeemed = new Map<string, string[]>();

  /** `rememberCode` records an issued code and returns its hash, the only form kept here. */
  constructor(options: { now: () => number; rememberCode: (code: string) => string }) {
    this.#now = options.now;
    this.#rememberCode = options.rememberCode;
  }

  open(params: AuthorizationParams): PendingAuthorization {
    this.#prune();
    const request = { ...params, id: newAuthorizationRequestId(), expiresAt: this.#now() + AUTHORIZATION_REQUEST_TTL_MS };
    this.#requests.set(request.id, request);
    return request;
  }

  /** The request if it is still waiting for a choice. */
  find(requestId: string): PendingAuthorization | undefined {
    const request = this.#requests.get(requestId);
    return request && request.expiresAt > this.#now() ? request : undefined;
  }

  /**
   * Ends the request with a code for `identityId` (which the caller checked belongs to the
   * request's provider) and returns where to send the browser: `redirect_uri?code=…&state=…`.
   */
  approve(requestId: string, identityId: string): string | undefined {
    const request = this.#take(requestId);
    if (!request) return undefined;
    const code = newAuthorizationCode();
    this.#codes.set(this.#rememberCode(code), {
      identityId,
      mode: request.mode,
      redirectUri: request.redirectUri,
      codeChallenge: request.codeChallenge,
      expiresAt: this.#now() + AUTHORIZATION_CODE_TTL_MS,
    });
    return redirectWith(request.redirectUri, { code, state: request.state });
  }

  /** Ends the request refused (RFC 6749 §4.1.2.1): `redirect_uri?error=access_denied&state=…`. */
  deny(requestId: string): string | undefined {
    const request = this.#take(requestId);
    return request ? redirectWith(request.redirectUri, { error: 'access_denied', state: request.state }) : undefined;
  }

  /**
   * A code works once: the first presentation uses it up whatever its outcome, so a code
   * intercepted together with a wrong verifier cannot be tried again with another.
   */
  redeem(presented: CodePresentation): CodeRedemption {
    const codeHash = sha256Hex(presented.code);
    const replayed = this.#redeemed.get(codeHash);
    if (replayed) return { ok: false, replayedSessionIds: [...replayed] };
    const issued = this.#codes.get(codeHash);
    if (!issued) return { ok: false, replayedSessionIds: [] };
    this.#codes.delete(codeHash);
    this.#redeemed.set(codeHash, []);
    const valid =
      issued.expiresAt > this.#now() &&
      issued.mode === presented.mode &&
      // RFC 6749 §4.1.3: identical to the one the code was issued for, character for character.
      issued.redirectUri === presented.redirectUri &&
      verifierMatches(presented.codeVerifier, issued.codeChallenge);
    return valid ? { ok: true, codeHash, identityId: issued.identityId } : { ok: false, replayedSessionIds: [] };
  }

  /** Remembers that the code started this session, which a replay of the code will end. */
  recordSession(codeHash: string, sessionId: string): void {
    this.#redeemed.get(codeHash)?.push(sessionId);
  }

  clear(): void {
    this.#requests.clear();
    this.#codes.clear();
    this.#redeemed.clear();
  }

  #take(requestId: string): PendingAuthorization | undefined {
    const request = this.find(requestId);
    this.#requests.delete(requestId);
    return request;
  }

  /** Drops what can no longer be used, so abandoned consent pages do not pile up. */
  #prune(): void {
    const now = this.#now();
    for (const [id, request] of this.#requests) if (request.expiresAt <= now) this.#requests.delete(id);
    for (const [hash, code] of this.#codes) if (code.expiresAt <= now) this.#codes.delete(hash);
  }
}
