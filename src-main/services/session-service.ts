import {
  fail,
  ok,
  type BridgeError,
  type FieldErrorCode,
  type Result,
  type SessionEndReason,
  type SessionState,
  type TokenPersistence,
  type UserSummary,
} from '../../src-preload/contract.ts';
import type { AccessTokens, ApiClient, ApiResult } from '../api/api-client.ts';
import { failure, type ApiFailure } from '../api/api-errors.ts';
import { profileApi } from '../api/profile-api.ts';
import { failWith, publicError } from '../api/public-error.ts';
import { sessionApi, toUserSummary } from '../api/session-api.ts';
import { twoFactorApi } from '../api/two-factor-api.ts';
import type { MeResponse, TokenResponse } from '../api/wire-schemas.ts';
import type { LastLogins } from '../config/last-logins.ts';
import type { EmitEvent } from '../events/event-sink.ts';
import { Signal } from '../events/signal.ts';
import { errorName, type Logger } from '../logging/logger.ts';
import { samePerson, type Person } from '../person/person.ts';
import type { TokenVault } from '../vault/token-vault.ts';

export interface SessionServiceOptions {
  api: ApiClient;
  vault: TokenVault;
  emit: EmitEvent;
  log: Logger;
  deviceName: string;
  /** Where the last signed-in login is remembered; without it, none is. */
  lastLogins?: LastLogins;
}

/** A sign-in waiting for its second step. The token is a secret: memory only, never returned or logged. */
interface TwoFactorChallenge {
  mfaToken: string;
  expiresAt: number;
  /** The first step's way of naming the login to remember. */
  loginOf: (me: MeResponse) => string | null;
}

interface Tokens {
  userId: string;
  access: string;
  refresh: string;
}

/**
 * Owns the session: sign-in, restore at start-up from the keychain, refresh with rotation and
 * sign-out. Tokens live here, in main's memory, and in the vault; they are never returned.
 */
export class SessionService implements AccessTokens {
  private readonly api: ApiClient;
  private readonly vault: TokenVault;
  private readonly emit: EmitEvent;
  private readonly log: Logger;
  private readonly deviceName: string;
  private readonly lastLogins: LastLogins | undefined;

  private tokens: Tokens | null = null;
  private user: UserSummary | null = null;
  /**
   * Signed in with an application password: re-derived from every token answer's scope, so a
   * session restored from the keychain learns it again at its first refresh.
   */
  private limited = false;
  private persistence: TokenPersistence;
  private endReason: SessionEndReason | undefined;
  private restoreError: BridgeError | undefined;
  private restored = false;
  private restoring: Promise<void> | undefined;
  /** Bumped by every sign-in and sign-out, so a slow restore cannot overwrite a newer session. */
  private generation = 0;
  /** Who `personChanged` last said is signed in. */
  private person: Person | null = null;
  private readonly personChanged = new Signal<Person | null>();
  private challenge: TwoFactorChallenge | null = null;

  constructor(options: SessionServiceOptions) {
    this.api = options.api;
    this.vault = options.vault;
    this.emit = options.emit;
    this.log = options.log;
    this.deviceName = options.deviceName;
    this.lastLogins = options.lastLogins;
    this.persistence = options.vault.persistence;
  }

  get serverUrl(): string {
    return this.api.baseUrl;
  }

  /**
   * Told whenever the signed-in person changes: someone signs in or is restored from the keychain
   * (a person), or the session ends (null). Not told of a fresher view of the same person.
   */
  onPersonChanged(listener: (person: Person | null) => void): () => void {
    return this.personChanged.subscribe(listener);
  }

  current(): string | null {
    return this.tokens?.access ?? null;
  }

  state(): SessionState {
    if (this.tokens && this.user) {
      return { status: 'signed_in', user: this.user, persistence: this.persistence, ...(this.limited ? { limited: true } : {}) };
    }
    const lastLogin = this.lastLogins?.read(this.serverUrl);
    return {
      status: 'signed_out',
      ...(this.endReason ? { reason: this.endReason } : {}),
      ...(this.restoreError ? { restoreError: this.restoreError } : {}),
      ...(lastLogin ? { lastLogin } : {}),
    };
  }

  /** The current state; the first call (and any after a failed attempt) restores from the keychain. */
  async get(): Promise<Result<SessionState>> {
    if (!this.restored) {
      this.restoring ??= this.restore().finally(() => {
        this.restoring = undefined;
      });
      await this.restoring;
    }
    return ok(this.state());
  }

  async signIn(login: string, password: string): Promise<Result<SessionState>> {
    this.challenge = null;
    const typed = login.trim();
    return this.establish(() => sessionApi.passwordGrant(this.api, login, password, this.deviceName), signInError, () => typed);
  }

  /** Finishes a sign-in whose tokens come from another grant (a social service's code, say). */
  async signInWith(grant: () => Promise<ApiResult<TokenResponse>>): Promise<Result<SessionState>> {
    this.challenge = null;
    return this.establish(grant, publicError, (me) => me.email ?? me.phone);
  }

  /**
   * The second step of the sign-in that answered `two_factor_required`. A wrong code keeps the
   * challenge (`invalid_code` with `attemptsLeft`); an ended one is dropped (`sign_in_expired`).
   */
  async verifyTwoFactor(code: string): Promise<Result<SessionState>> {
    const challenge = this.challenge;
    if (!challenge || challenge.expiresAt <= Date.now()) {
      this.challenge = null;
      return failWith('sign_in_expired');
    }
    const result = await this.establish(
      () => twoFactorApi.grant(this.api, { mfaToken: challenge.mfaToken, code, deviceName: this.deviceName }),
      publicError,
      challenge.loginOf,
    );
    if ((result.ok || result.error.code === 'sign_in_expired') && this.challenge === challenge) this.challenge = null;
    return result;
  }

  /** The person went back from the second step: the next sign-in starts over. */
  cancelTwoFactor(): { cancelled: boolean } {
    const cancelled = this.challenge !== null;
    this.challenge = null;
    return { cancelled };
  }

  /**
   * `loginOf`: what to remember as the last login: as typed for a password, else the profile's. A
   * sign-in that needs its second step keeps it for then.
   */
  private async establish(
    grant: () => Promise<ApiResult<TokenResponse>>,
    describeFailure: (error: ApiFailure) => BridgeError,
    loginOf: (me: MeResponse) => string | null,
  ): Promise<Result<SessionState>> {
    if (this.tokens) await this.signOut();
    const generation = ++this.generation;
    const granted = await grant();
    if (!granted.ok) {
      const { mfaChallenge } = granted.error;
      if (mfaChallenge && generation === this.generation) {
        this.challenge = {
          mfaToken: mfaChallenge.mfaToken,
          expiresAt: Date.now() + mfaChallenge.expiresInSeconds * 1000,
          loginOf,
        };
      }
      return fail(describeFailure(granted.error));
    }
    if (generation !== this.generation) return failWith('internal');
    const tokens = await this.adopt(granted.value);
    const me = await profileApi.me(this.api);
    if (!me.ok) {
      await this.discard(tokens);
      return fail(publicError(me.error));
    }
    this.user = toUserSummary(me.value);
    this.endReason = undefined;
    this.restoreError = undefined;
    this.restored = true;
    this.rememberLogin(loginOf(me.value));
    this.followPerson();
    return ok(this.announce());
  }

  async signOut(): Promise<Result<SessionState>> {
    const tokens = this.forget('signed_out');
    if (tokens) await this.discard(tokens);
    return ok(this.announce());
  }

  /** Called by the api client (single-flight) when the access token is refused. */
  async refresh(): Promise<Result<string>> {
    const tokens = this.tokens;
    if (!tokens) return failWith('unauthorized');
    const granted = await sessionApi.refreshGrant(this.api, tokens.refresh);
    if (this.tokens !== tokens) return failWith('unauthorized');
    if (granted.ok) return ok((await this.adopt(granted.value)).access);
    const deadReason = deadSessionReason(granted.error);
    if (deadReason) {
      await this.end(deadReason);
      return failWith('unauthorized');
    }
    return fail(publicError(granted.error));
  }

  /**
   * Ends the session for a reason other than the person's own sign-out: the server no longer
   * accepts it, or an account action (log out everywhere, password reset) revoked it. Signed out
   * already, it still records and announces the reason, so the sign-in screen can say why.
   */
  async end(reason: SessionEndReason): Promise<SessionState> {
    const tokens = this.forget(reason);
    if (tokens) await this.vault.remove(this.serverUrl, tokens.userId);
    return this.announce();
  }

  /** Takes a fresher view of the signed-in person (after a login change, say) and announces it. */
  updateUser(me: MeResponse): void {
    if (!this.tokens || !this.user || this.user.id !== me.id) return;
    this.user = toUserSummary(me);
    this.announce();
  }

  private async restore(): Promise<void> {
    const generation = this.generation;
    if (!this.tokens) {
      const stored = await this.vault.load(this.serverUrl);
      if (!stored) {
        this.restored = true;
        return;
      }
      const granted = await sessionApi.refreshGrant(this.api, stored.refreshToken);
      if (generation !== this.generation) return;
      if (!granted.ok) {
        const deadReason = deadSessionReason(granted.error);
        if (deadReason) {
          await this.vault.remove(this.serverUrl, stored.userId);
          this.endReason = deadReason;
          this.restored = true;
        } else {
          // Offline at start-up: keep the stored token and try again at the next get().
          this.restoreError = publicError(granted.error);
        }
        return;
      }
      await this.adopt(granted.value);
    }
    const me = await profileApi.me(this.api);
    if (generation !== this.generation) return;
    if (!me.ok) {
      if (this.tokens) this.restoreError = publicError(me.error);
      else this.restored = true;
      return;
    }
    this.user = toUserSummary(me.value);
    this.restoreError = undefined;
    this.restored = true;
    this.followPerson();
    this.log.info('Session restored from the keychain');
  }

  private rememberLogin(login: string | null): void {
    if (!login || !this.lastLogins) return;
    try {
      this.lastLogins.remember(this.serverUrl, login);
    } catch (error) {
      // A settings file that cannot be written costs the convenience, never the sign-in.
      this.log.warn('Could not remember the last login', { error: errorName(error) });
    }
  }

  /** Ends the session in memory (a slower restore or sign-in can no longer finish); returns its tokens. */
  private forget(reason: SessionEndReason): Tokens | null {
    const tokens = this.tokens;
    this.challenge = null;
    this.generation++;
    this.tokens = null;
    this.user = null;
    this.endReason = reason;
    this.restoreError = undefined;
    this.restored = true;
    this.followPerson();
    return tokens;
  }

  /** Says who is signed in now, when that is someone else than last said (tokens and user both set, or neither). */
  private followPerson(): void {
    const person = this.tokens && this.user ? { serverUrl: this.serverUrl, userId: this.user.id } : null;
    if (person === null ? this.person === null : samePerson(person, this.person)) return;
    this.person = person;
    this.personChanged.fire(person);
  }

  /** Takes new tokens into memory and saves the (rotated) refresh token before anything else. */
  private async adopt(response: TokenResponse): Promise<Tokens> {
    const tokens = { userId: response.user_id, access: response.access_token, refresh: response.refresh_token };
    this.tokens = tokens;
    this.limited = isLimitedScope(response.scope);
    this.persistence = await this.vault.save(this.serverUrl, tokens.userId, tokens.refresh);
    return tokens;
  }

  /** Forgets tokens locally first, so a failed revoke can never leave them behind. */
  private async discard(tokens: Tokens): Promise<void> {
    if (this.tokens === tokens) this.tokens = null;
    await this.vault.remove(this.serverUrl, tokens.userId);
    const revoked = await sessionApi.revoke(this.api, tokens.refresh);
    if (!revoked.ok) this.log.warn('Could not revoke the session on the server', { errorCode: revoked.error.code });
  }

  private announce(): SessionState {
    const state = this.state();
    this.emit('session.changed', state);
    return state;
  }
}

/** Why the server refused a refresh token for good (`invalid_grant`), or null when it may work later. */
function deadSessionReason(error: ApiFailure): 'revoked' | 'expired' | null {
  if (error.serverCode !== 'invalid_grant') return null;
  return error.serverReason === 'session_revoked' ? 'revoked' : 'expired';
}

/** A scope that names what the session may do but not `account`; no scope at all means a full session. */
function isLimitedScope(scope: string | undefined): boolean {
  return scope !== undefined && !scope.split(' ').includes('account');
}

function signInError(error: ApiFailure): BridgeError {
  if (error.serverCode === 'invalid_grant') return publicError(failure('invalid_credentials'));
  if (error.code === 'validation' && error.fields) {
    const fields: Record<string, FieldErrorCode> = {};
    for (const [field, reason] of Object.entries(error.fields)) fields[field === 'username' ? 'login' : field] = reason;
    return publicError({ ...error, fields });
  }
  return publicError(error);
}
