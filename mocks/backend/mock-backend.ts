/**
 * The mock Bitrix ID server's rules and state, free of HTTP: sign-in, refresh-token rotation with
 * reuse detection, revocation, access-token checks, profile and portal reads.
 */
import { decoyPasswordHash, verifyPassword } from './password-hash.ts';
import { loginKey, normaliseLogin, type LoginIdentifier } from './login-identifier.ts';
import { recentFailures, signInRetryAfterSeconds } from './login-rate-limit.ts';
import { decodePortalCursor, pageAfter, type Page } from './portal-paging.ts';
import { newSessionId, newToken, sha256Hex } from './secrets.ts';
import { createSeedState } from './seed-state.ts';
import {
  parseMockSnapshot,
  type MockSnapshot,
  type PortalRole,
  type SessionRecord,
  type UserRecord,
} from './state-schema.ts';

export const DEFAULT_ACCESS_TOKEN_TTL_MS = 60 * 60 * 1000;

export interface MockBackendOptions {
  /** Milliseconds since the epoch; inject to move time in tests. */
  now?: () => number;
  accessTokenTtlMs?: number;
  /** Called after every state change, e.g. to persist `snapshot()`. */
  onChange?: () => void;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresInSeconds: number;
  userId: string;
}

export type PasswordGrantOutcome =
  | { ok: true; tokens: IssuedTokens }
  | { ok: false; error: 'invalid_grant' }
  | { ok: false; error: 'rate_limited'; retryAfterSeconds: number };

export type RefreshGrantOutcome = { ok: true; tokens: IssuedTokens } | { ok: false; error: 'invalid_grant' };

export interface AuthenticatedCaller {
  userId: string;
  sessionId: string;
}

export interface UserProfile {
  id: string;
  name: string;
  lastName: string;
  displayName: string;
  email: string | null;
  /** E.164. */
  phone: string | null;
}

export interface PortalMembership {
  id: string;
  title: string;
  domain: string;
  role: PortalRole;
}

export type PortalPageOutcome = { ok: true; page: Page<PortalMembership> } | { ok: false; error: 'invalid_cursor' };

/** Every token handed out since this process started (tests prove none of them leaks). */
export interface IssuedSecrets {
  accessTokens: string[];
  refreshTokens: string[];
}

export class MockBackend {
  readonly #now: () => number;
  readonly #accessTokenTtlMs: number;
  readonly #onChange: () => void;
  #state: MockSnapshot;
  // Memory only, by design: never part of the snapshot.
  readonly #issued: IssuedSecrets = { accessTokens: [], refreshTokens: [] };

  /** A backend holding the seed data. */
  constructor(options: MockBackendOptions = {}) {
    this.#now = options.now ?? Date.now;
    this.#accessTokenTtlMs = options.accessTokenTtlMs ?? DEFAULT_ACCESS_TOKEN_TTL_MS;
    this.#onChange = options.onChange ?? (() => {});
    this.#state = createSeedState();
  }

  /** Restores a saved state; anything malformed or inconsistent starts from the seed instead. */
  static fromSnapshot(snapshot: unknown, options: MockBackendOptions = {}): MockBackend {
    const backend = new MockBackend(options);
    const parsed = parseMockSnapshot(snapshot);
    if (parsed) backend.#state = parsed;
    return backend;
  }

  /** A deep copy holding hashes only: no token, no password, no issued-secrets list. */
  snapshot(): MockSnapshot {
    return structuredClone(this.#state);
  }

  reset(): void {
    this.#state = createSeedState();
    this.#changed();
  }

  issuedSecrets(): IssuedSecrets {
    return { accessTokens: [...this.#issued.accessTokens], refreshTokens: [...this.#issued.refreshTokens] };
  }

  async signInWithPassword(request: {
    login: string;
    password: string;
    deviceName?: string | null;
  }): Promise<PasswordGrantOutcome> {
    const identifier = normaliseLogin(request.login);
    const loginKeyHash = sha256Hex(loginKey(identifier));
    const retryAfterSeconds = signInRetryAfterSeconds(this.#failuresFor(loginKeyHash), this.#time());
    if (retryAfterSeconds !== null) return { ok: false, error: 'rate_limited', retryAfterSeconds };

    const user = this.#findUserByLogin(identifier);
    // Always run scrypt, so an unknown login is refused exactly like a wrong password.
    const passwordMatches = await verifyPassword(request.password, user?.passwordHash ?? decoyPasswordHash());
    if (!user || !passwordMatches) {
      this.#recordFailedSignIn(loginKeyHash);
      this.#changed();
      return { ok: false, error: 'invalid_grant' };
    }

    this.#state.failedLogins = this.#state.failedLogins.filter((record) => record.loginKeyHash !== loginKeyHash);
    const now = this.#time();
    const refreshToken = newToken('refresh');
    const session: SessionRecord = {
      id: newSessionId(),
      userId: user.id,
      deviceName: request.deviceName ?? null,
      createdAt: now,
      lastActiveAt: now,
      currentRefreshTokenHash: this.#remember('refresh', refreshToken),
      usedRefreshTokenHashes: [],
      revoked: false,
    };
    this.#state.sessions.push(session);
    const tokens = this.#issueAccessToken(session, refreshToken);
    this.#changed();
    return { ok: true, tokens };
  }

  /**
   * Rotation: the presented refresh token dies and a new pair is issued. A refresh token that was
   * already used means two parties hold it, so the whole session is revoked.
   */
  refresh(refreshToken: string): RefreshGrantOutcome {
    const tokenHash = sha256Hex(refreshToken);
    const current = this.#state.sessions.find((session) => session.currentRefreshTokenHash === tokenHash);
    if (current && !current.revoked) {
      current.usedRefreshTokenHashes.push(tokenHash);
      const nextRefreshToken = newToken('refresh');
      current.currentRefreshTokenHash = this.#remember('refresh', nextRefreshToken);
      current.lastActiveAt = this.#time();
      const tokens = this.#issueAccessToken(current, nextRefreshToken);
      this.#changed();
      return { ok: true, tokens };
    }
    const replayed = this.#state.sessions.find((session) => session.usedRefreshTokenHashes.includes(tokenHash));
    if (replayed && !replayed.revoked) {
      this.#revokeSession(replayed);
      this.#changed();
    }
    return { ok: false, error: 'invalid_grant' };
  }

  /** Ends the session a refresh token belongs to. Unknown tokens are ignored (RFC 7009). */
  revoke(refreshToken: string): void {
    const tokenHash = sha256Hex(refreshToken);
    const session = this.#state.sessions.find(
      (candidate) =>
        candidate.currentRefreshTokenHash === tokenHash || candidate.usedRefreshTokenHashes.includes(tokenHash),
    );
    if (!session || session.revoked) return;
    this.#revokeSession(session);
    this.#changed();
  }

  /** Who holds this access token, or null when it is unknown, expired or its session ended. */
  authenticate(accessToken: string): AuthenticatedCaller | null {
    const tokenHash = sha256Hex(accessToken);
    const record = this.#state.accessTokens.find((candidate) => candidate.tokenHash === tokenHash);
    if (!record || record.expiresAt <= this.#time()) return null;
    const session = this.#state.sessions.find((candidate) => candidate.id === record.sessionId);
    if (!session || session.revoked) return null;
    if (!this.#state.users.some((user) => user.id === session.userId)) return null;
    return { userId: session.userId, sessionId: session.id };
  }

  profile(userId: string): UserProfile | null {
    const user = this.#state.users.find((candidate) => candidate.id === userId);
    if (!user) return null;
    return {
      id: user.id,
      name: user.name,
      lastName: user.lastName,
      displayName: [user.name, user.lastName].filter((part) => part !== '').join(' '),
      email: user.email,
      phone: user.phone,
    };
  }

  /** The user's portals in a stable order (by portal id), one page at a time. */
  portals(userId: string, request: { limit: number; cursor: string | null }): PortalPageOutcome {
    let afterId: string | null = null;
    if (request.cursor !== null) {
      afterId = decodePortalCursor(request.cursor);
      if (afterId === null) return { ok: false, error: 'invalid_cursor' };
    }
    const memberships: PortalMembership[] = [];
    for (const portal of this.#state.portals) {
      const member = portal.members.find((candidate) => candidate.userId === userId);
      if (member) memberships.push({ id: portal.id, title: portal.title, domain: portal.domain, role: member.role });
    }
    memberships.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { ok: true, page: pageAfter(memberships, afterId, request.limit) };
  }

  #time(): number {
    return Math.floor(this.#now());
  }

  #changed(): void {
    this.#onChange();
  }

  #findUserByLogin(identifier: LoginIdentifier): UserRecord | undefined {
    switch (identifier.kind) {
      case 'email':
        return this.#state.users.find((user) => user.email?.toLowerCase() === identifier.value);
      case 'phone':
        return this.#state.users.find((user) => user.phone === identifier.value);
      case 'unrecognised':
        return undefined;
    }
  }

  #failuresFor(loginKeyHash: string): number[] {
    return this.#state.failedLogins.find((record) => record.loginKeyHash === loginKeyHash)?.failedAt ?? [];
  }

  #recordFailedSignIn(loginKeyHash: string): void {
    const now = this.#time();
    // Drop whatever has aged out, so the persisted state does not grow without bound.
    this.#state.failedLogins = this.#state.failedLogins
      .map((record) => ({ ...record, failedAt: recentFailures(record.failedAt, now) }))
      .filter((record) => record.failedAt.length > 0 || record.loginKeyHash === loginKeyHash);
    const record = this.#state.failedLogins.find((candidate) => candidate.loginKeyHash === loginKeyHash);
    if (record) record.failedAt.push(now);
    else this.#state.failedLogins.push({ loginKeyHash, failedAt: [now] });
  }

  #issueAccessToken(session: SessionRecord, refreshToken: string): IssuedTokens {
    const now = this.#time();
    this.#state.accessTokens = this.#state.accessTokens.filter((record) => record.expiresAt > now);
    const accessToken = newToken('access');
    this.#state.accessTokens.push({
      tokenHash: this.#remember('access', accessToken),
      sessionId: session.id,
      expiresAt: now + this.#accessTokenTtlMs,
    });
    return {
      accessToken,
      refreshToken,
      expiresInSeconds: Math.floor(this.#accessTokenTtlMs / 1000),
      userId: session.userId,
    };
  }

  #revokeSession(session: SessionRecord): void {
    session.revoked = true;
    this.#state.accessTokens = this.#state.accessTokens.filter((record) => record.sessionId !== session.id);
  }

  /** Adds the token to the in-memory issued list and returns the hash, the only form stored. */
  #remember(kind: 'access' | 'refresh', token: string): string {
    (kind === 'access' ? this.#issued.accessTokens : this.#issued.refreshTokens).push(token);
    return sha256Hex(token);
  }
}
