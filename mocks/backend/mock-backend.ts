/**
 * The mock Bitrix ID server's rules and state, free of HTTP: sign-in, refresh-token rotation with
 * reuse detection, revocation, access-token checks, profile and portal reads, and the account
 * rules (login change, password change, sessions, recovery, social services), which live in their
 * own modules.
 */
import { UNKNOWN_DEVICE_NAME, displayNameOf, sessionSummaries, userProfile, type SessionSummary, type UserProfile } from './account-views.ts';
import {
  APP_PASSWORD_SCOPE,
  createAppPassword,
  findAppPassword,
  FULL_SCOPE,
  listAppPasswords,
  markAppPasswordUsed,
  revokeAppPassword,
  type AppPasswordCreateOutcome,
  type AppPasswordRevokeOutcome,
  type AppPasswordView,
} from './app-passwords.ts';
import { failuresFor, withFailureRecorded } from './attempt-window.ts';
import type { AuthorizationQuery } from './authorization-request.ts';
import { AuthorizationStore } from './authorization-store.ts';
import { ACCOUNT_GONE, type AccountGone, type BackendContext } from './backend-context.ts';
import {
  DeviceAuthorizationStore,
  type DeviceApproval,
  type DeviceAuthorizationStartOutcome,
} from './device-authorization.ts';
import {
  cancelLoginChange,
  confirmLoginChange,
  requestLoginChange,
  resendLoginChange,
  type LoginChangeConfirmOutcome,
  type LoginChangeRequest,
  type LoginChangeRequestOutcome,
  type LoginChangeResendOutcome,
} from './login-change.ts';
import { loginKeyHashOf } from './login-identifier.ts';
import { FAILED_SIGN_IN_WINDOW_MS, signInRetryAfterSeconds } from './login-rate-limit.ts';
import { MANY_PORTALS_MEMBER_ID, manyPortalById, manyPortals } from './many-portals.ts';
import { Outbox, type MockInboxMessage } from './outbox.ts';
import { changePassword, type PasswordChangeOutcome } from './password-change.ts';
import {
  proveWithCode,
  proveWithSocialCode,
  sendProofCode,
  type ChangeAuthority,
  type ProofCodeSendOutcome,
  type ProofOutcome,
} from './proof.ts';
import { ProofStore } from './proof-store.ts';
import { decoyPasswordHash, verifyPassword } from './password-hash.ts';
import { decodePortalCursor, pageAfter, type Page } from './portal-paging.ts';
import {
  completeRecovery,
  requestRecovery,
  type RecoveryCompleteOutcome,
  type RecoveryRequestOutcome,
} from './recovery.ts';
import { ScenarioController, type ScenarioControllerOptions } from './scenario-controller.ts';
import { SHORT_ACCESS_TOKEN_TTL_MS, type MockScenarioName } from './scenarios.ts';
import { newSessionId, newSsoTicket, newToken, sha256Hex } from './secrets.ts';
import { createSeedState } from './seed-state.ts';
import { revokeAllSessionsOf, revokeSession } from './session-revocation.ts';
import {
  connectSocialAccount,
  disconnectSocialAccount,
  findSocialSignIn,
  type SocialCodeExchange,
} from './social-accounts.ts';
import {
  chooseSocialIdentity,
  denySocialAuthorization,
  findSocialAuthorization,
  startSocialAuthorization,
  type SocialAuthorization,
  type SocialAuthorizationAnswer,
  type SocialAuthorizationStart,
} from './social-authorization.ts';
import { socialProviders, type SocialProvider } from './social-catalogue.ts';
import {
  parseMockSnapshot,
  type LoginChannel,
  type MockSnapshot,
  type PortalRecord,
  type PortalRole,
  type PortalStatus,
  type SessionRecord,
} from './state-schema.ts';
import { linkPortalsAtFirstSignIn, takeLinkedPortalsNotice, type LinkedPortalNotice } from './portal-linking.ts';
import { PORTAL_SSO_PATH, PORTAL_SSO_TICKET_TTL_MS, PortalSsoTickets } from './portal-sso.ts';
import { expiredLinkPage, signedInPage, type PortalSsoPage } from './portal-sso-page.ts';
import { PORTAL_ZONES, type PortalZone } from './portal-zones.ts';
import {
  createPortal,
  portalCreationQuota,
  portalNameAvailability,
  suggestPortalName,
  type PortalNameAvailability,
} from './portal-creation.ts';
import { findUserById, findUserByLogin } from './user-lookup.ts';
import { MfaChallenges } from './mfa-challenges.ts';
import { currentTotpCode } from './totp.ts';
import {
  beginTwoFactorSetup,
  disableTwoFactor,
  enableTwoFactor,
  renewRecoveryCodes,
  useSecondFactorCode,
  type TwoFactorEnableOutcome,
  type TwoFactorGateFailure,
  type TwoFactorSetupOutcome,
} from './two-factor.ts';
import { TwoFactorSetups } from './two-factor-setups.ts';

export const DEFAULT_ACCESS_TOKEN_TTL_MS = 60 * 60 * 1000;

/**
 * `scenario` is the one in force at start and after a reset; `random` and `sleep` are what the
 * `slow` and `flaky` scenarios draw on (inject them to make those deterministic).
 */
export interface MockBackendOptions extends ScenarioControllerOptions {
  /** Milliseconds since the epoch; inject to move time in tests. */
  now?: () => number;
  /** Ignored for tokens issued while `short-tokens` is in force. */
  accessTokenTtlMs?: number;
  /** Called after every state change, e.g. to persist `snapshot()`. */
  onChange?: () => void;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresInSeconds: number;
  userId: string;
  /** RFC 6749 §3.3: what the session may do (an application password's cannot change the account). */
  scope: string;
}

/** The first step was right and the account has two-step: no tokens yet, only the second step's token. */
export interface TwoFactorRequired {
  ok: false;
  error: 'two_factor_required';
  mfaToken: string;
  expiresInSeconds: number;
}

export type PasswordGrantOutcome =
  | { ok: true; tokens: IssuedTokens }
  | TwoFactorRequired
  | { ok: false; error: 'invalid_grant' }
  | { ok: false; error: 'rate_limited'; retryAfterSeconds: number };

export type TwoFactorGrantOutcome =
  | { ok: true; tokens: IssuedTokens }
  | { ok: false; error: 'invalid_code'; attemptsLeft: number }
  | { ok: false; error: 'invalid_grant'; reason: 'mfa_token_expired' }
  | { ok: false; error: 'rate_limited'; retryAfterSeconds: number };

const MFA_TOKEN_EXPIRED = Object.freeze({ ok: false, error: 'invalid_grant', reason: 'mfa_token_expired' } as const);
/** What polling a QR sign-in request answers (RFC 8628 §3.5). */
/** A tester's approval of a QR sign-in: the name the waiting app will be listed under. */
export type QrApprovalOutcome = { ok: true; deviceName: string } | { ok: false; error: 'not_found' };

export type DeviceTokenOutcome =
  | { ok: true; tokens: IssuedTokens }
  | { ok: false; error: 'authorization_pending' | 'slow_down' | 'expired_token' | 'invalid_grant' };

/** Why a refresh token was refused: its session was ended (signed out, revoked), or anything else. */
export type RefreshRefusal = 'session_revoked' | 'invalid';
export type RefreshGrantOutcome =
  | { ok: true; tokens: IssuedTokens }
  | { ok: false; error: 'invalid_grant'; reason: RefreshRefusal };

export interface AuthenticatedCaller {
  userId: string;
  sessionId: string;
  /** Signed in with an application password: may read the account, never change it. */
  limited: boolean;
}

export type SessionSignOutOutcome = { ok: true } | { ok: false; error: 'not_found' | 'current_session' };

export interface PortalMembership {
  id: string;
  title: string;
  domain: string;
  role: PortalRole;
  /** The login this membership signs in with. */
  login: string;
  status: PortalStatus;
}

function membershipOf(portal: PortalRecord, member: { role: PortalRole; login: string }): PortalMembership {
  return { id: portal.id, title: portal.title, domain: portal.domain, role: member.role, login: member.login, status: portal.status };
}

export type PortalSsoOutcome =
  | { ok: true; url: string; expiresAt: number }
  | { ok: false; error: 'not_found' }
  | { ok: false; error: 'portal_unavailable'; reason: Exclude<PortalStatus, 'active'> };

export type PortalCreateOutcome =
  | { ok: true; portal: PortalMembership }
  | { ok: false; error: 'invalid_name' | 'invalid_title' | 'invalid_zone' | 'name_taken' | 'limit_reached' | 'not_found' };

export type PortalPageOutcome = { ok: true; page: Page<PortalMembership> } | { ok: false; error: 'invalid_cursor' };

/** Every secret handed out since this process started (tests prove none of them leaks). */
export interface IssuedSecrets {
  accessTokens: string[];
  refreshTokens: string[];
  /**
   * Login-change link tokens, SMS codes, recovery checkwords, social authorization codes, two-step
   * `mfa_token`s, TOTP setup secrets and recovery codes.
   */
  codes: string[];
}

type InvalidSocialCode = { ok: false; error: 'invalid_grant' };

/** Signing in with a social service's code: like a password sign-in, a new app session. */
export type SocialSignInOutcome =
  | { ok: true; tokens: IssuedTokens }
  | TwoFactorRequired
  | InvalidSocialCode
  | { ok: false; error: 'social_not_linked'; provider: SocialProvider };

export type SocialConnectOutcome =
  | { ok: true; profile: UserProfile }
  | InvalidSocialCode
  | { ok: false; error: 'social_taken'; provider: SocialProvider }
  | AccountGone;

export type SocialDisconnectOutcome =
  | { ok: true; profile: UserProfile }
  | { ok: false; error: 'not_connected' | 'last_sign_in_method' }
  | AccountGone;

/** The confirmed login change's answer carries the profile as it now is. */
export type LoginChangeConfirmation = Exclude<LoginChangeConfirmOutcome, { ok: true }> | { ok: true; profile: UserProfile };

export class MockBackend {
  readonly #now: () => number;
  readonly #accessTokenTtlMs: number;
  readonly #onChange: () => void;
  #state: MockSnapshot;
  // Memory only, by design: never part of the snapshot.
  readonly #issued: IssuedSecrets = { accessTokens: [], refreshTokens: [], codes: [] };
  readonly #outbox = new Outbox();
  // Memory only too: consent-page requests and authorization codes live minutes at most.
  readonly #authorizations: AuthorizationStore;
  /** Shared with the HTTP layer, which applies the network-level scenarios in front of the routes. */
  readonly scenarios: ScenarioController;
  // Memory only: a one-time portal sign-in ticket lives 60 s.
  readonly #ssoTickets = new PortalSsoTickets();
  // Memory only: sign-ins waiting for their second step, and two-step setups waiting for their first code.
  readonly #mfaChallenges: MfaChallenges;
  readonly #twoFactorSetups: TwoFactorSetups;
  // Memory only: a QR sign-in request lives two minutes.
  readonly #deviceAuthorizations: DeviceAuthorizationStore;
  // Memory only: a proof code lives 10 minutes, a proof token 5.
  readonly #proofs = new ProofStore(() => this.#time());

  /** A backend holding the seed data. */
  constructor(options: MockBackendOptions = {}) {
    this.scenarios = new ScenarioController(options);
    this.#now = options.now ?? Date.now;
    this.#accessTokenTtlMs = options.accessTokenTtlMs ?? DEFAULT_ACCESS_TOKEN_TTL_MS;
    this.#onChange = options.onChange ?? (() => {});
    this.#state = createSeedState();
    this.#authorizations = new AuthorizationStore({ now: () => this.#time(), rememberCode: (code) => this.#rememberCode(code) });
    this.#mfaChallenges = new MfaChallenges({ now: () => this.#time(), rememberCode: (code) => this.#rememberCode(code) });
    this.#twoFactorSetups = new TwoFactorSetups({ now: () => this.#time(), rememberCode: (code) => this.#rememberCode(code) });
    this.#deviceAuthorizations = new DeviceAuthorizationStore({
      now: () => this.#time(),
      rememberCode: (code) => this.#rememberCode(code),
    });
  }

  /** Restores a saved state; anything malformed or inconsistent starts from the seed instead. */
  static fromSnapshot(snapshot: unknown, options: MockBackendOptions = {}): MockBackend {
    const backend = new MockBackend(options);
    const parsed = parseMockSnapshot(snapshot);
    if (parsed) backend.#state = parsed;
    return backend;
  }

  /**
   * A deep copy holding hashes only: no token, code, checkword or password, no outbox, and no
   * social sign-in request or authorization code (those are memory only).
   */
  snapshot(): MockSnapshot {
    return structuredClone(this.#state);
  }

  /**
   * Back to the seed data and to the scenario chosen at start; the outbox and the social sign-in
   * requests and codes empty too. The issued-secrets list is kept.
   */
  reset(): void {
    this.#state = createSeedState();
    this.#ssoTickets.clear();
    this.#outbox.clear();
    this.#authorizations.clear();
    this.#mfaChallenges.clear();
    this.#twoFactorSetups.clear();
    this.#deviceAuthorizations.clear();
    this.#proofs.clear();
    this.scenarios.reset();
    this.#changed();
  }

  /** The scenario in force now. */
  get scenario(): MockScenarioName {
    return this.scenarios.current;
  }

  /** Takes effect from the next request; the data stays as it is (the scenario is not in the snapshot). */
  setScenario(name: MockScenarioName): void {
    this.scenarios.switchTo(name);
  }

  issuedSecrets(): IssuedSecrets {
    return {
      accessTokens: [...this.#issued.accessTokens],
      refreshTokens: [...this.#issued.refreshTokens],
      codes: [...this.#issued.codes],
    };
  }

  /** The messages "sent" so far, newest first; `to` is matched as a login (any phone format). */
  inbox(to?: string): MockInboxMessage[] {
    return this.#outbox.list(to);
  }

  async signInWithPassword(request: {
    login: string;
    password: string;
    deviceName?: string | null;
  }): Promise<PasswordGrantOutcome> {
    const { identifier, keyHash: loginKeyHash } = loginKeyHashOf(request.login);
    const now = this.#time();
    const retryAfterSeconds = signInRetryAfterSeconds(failuresFor(this.#state.failedLogins, loginKeyHash), now);
    if (retryAfterSeconds !== null) return { ok: false, error: 'rate_limited', retryAfterSeconds };
    // Counted as a failure before the slow hash, so attempts racing this one see it: a burst checks
    // at most the limit's worth of passwords. A right password takes it back below.
    this.#state.failedLogins = withFailureRecorded(this.#state.failedLogins, loginKeyHash, now, FAILED_SIGN_IN_WINDOW_MS);

    const user = findUserByLogin(this.#state, identifier);
    // Always run scrypt, so an unknown login is refused exactly like a wrong password.
    const passwordMatches = await verifyPassword(request.password, user?.passwordHash ?? decoyPasswordHash());
    if (!user || !passwordMatches) {
      // Not the account's password, but maybe one of its application passwords: those skip the second step.
      const appPassword = user ? findAppPassword(user, request.password) : null;
      if (user && appPassword) {
        this.#state.failedLogins = this.#state.failedLogins.filter((record) => record.loginKeyHash !== loginKeyHash);
        appPassword.lastUsedAt = now;
        const { tokens } = this.#startSession(user.id, request.deviceName ?? null, appPassword.id);
        this.#changed();
        return { ok: true, tokens };
      }
      this.#changed();
      return { ok: false, error: 'invalid_grant' };
    }

    this.#state.failedLogins = this.#state.failedLogins.filter((record) => record.loginKeyHash !== loginKeyHash);
    if (user.twoFactor) {
      this.#changed();
      return this.#twoFactorRequired(user.id, request.deviceName ?? null);
    }
    const { tokens } = this.#startSession(user.id, request.deviceName ?? null);
    this.#changed();
    return { ok: true, tokens };
  }

  /**
   * The `two_factor` grant: the sign-in's second step. `deviceName` counts only when the first step
   * gave none.
   */
  verifyTwoFactor(request: { mfaToken: string; code: string; deviceName?: string | null }): TwoFactorGrantOutcome {
    const started = this.#mfaChallenges.begin(request.mfaToken);
    if (!started.ok) return started.error === 'locked' ? { ok: false, error: 'rate_limited', retryAfterSeconds: started.retryAfterSeconds } : MFA_TOKEN_EXPIRED;
    const { attempt } = started;
    const user = findUserById(this.#state, attempt.userId);
    if (!user?.twoFactor) {
      attempt.ended();
      return MFA_TOKEN_EXPIRED;
    }
    if (!useSecondFactorCode(user.twoFactor, request.code, this.#time())) {
      // The last wrong code ends the token: its answer is the same as for any ended token.
      const attemptsLeft = attempt.failed();
      return attemptsLeft > 0 ? { ok: false, error: 'invalid_code', attemptsLeft } : MFA_TOKEN_EXPIRED;
    }
    attempt.succeeded();
    const { session, tokens } = this.#startSession(user.id, attempt.deviceName ?? request.deviceName ?? null);
    if (attempt.socialCodeHash !== null) this.#authorizations.recordSession(attempt.socialCodeHash, session.id);
    this.#changed();
    return { ok: true, tokens };
  }

  beginTwoFactorSetup(userId: string, request: { currentPassword: string; code?: string | undefined }): Promise<TwoFactorSetupOutcome> | AccountGone {
    const user = findUserById(this.#state, userId);
    return user ? beginTwoFactorSetup(this.#context(), this.#twoFactorSetups, user, request) : ACCOUNT_GONE;
  }

  enableTwoFactor(userId: string, request: { setupId: string; code: string }): TwoFactorEnableOutcome | AccountGone {
    const user = findUserById(this.#state, userId);
    return user ? enableTwoFactor(this.#context(), this.#twoFactorSetups, user, request) : ACCOUNT_GONE;
  }

  async disableTwoFactor(
    userId: string,
    request: { currentPassword: string; code: string },
  ): Promise<{ ok: true; profile: UserProfile } | TwoFactorGateFailure | AccountGone> {
    const user = findUserById(this.#state, userId);
    if (!user) return ACCOUNT_GONE;
    const outcome = await disableTwoFactor(this.#context(), user, request);
    return outcome.ok ? { ok: true, profile: userProfile(user, this.#time()) } : outcome;
  }

  renewRecoveryCodes(
    userId: string,
    request: { currentPassword: string; code: string },
  ): Promise<{ ok: true; recoveryCodes: string[] } | TwoFactorGateFailure> | AccountGone {
    const user = findUserById(this.#state, userId);
    return user ? renewRecoveryCodes(this.#context(), user, request) : ACCOUNT_GONE;
  }

  /** For testers: what each two-step account's authenticator app shows now (the mock's clock). */
  currentTwoFactorCodes(): Array<{ login: string; code: string; validUntil: number }> {
    const now = this.#time();
    return this.#state.users.flatMap((user) =>
      user.twoFactor ? [{ login: user.email ?? user.phone ?? user.id, ...currentTotpCode(user.twoFactor.secret, now) }] : [],
    );
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
      if (current.appPasswordId) markAppPasswordUsed(this.#state, current.userId, current.appPasswordId, current.lastActiveAt);
      const tokens = this.#issueAccessToken(current, nextRefreshToken);
      this.#changed();
      return { ok: true, tokens };
    }
    // The current token of an ended session: its holder may learn that, and say so to the person.
    if (current) return { ok: false, error: 'invalid_grant', reason: 'session_revoked' };
    const replayed = this.#state.sessions.find((session) => session.usedRefreshTokenHashes.includes(tokenHash));
    if (replayed && !replayed.revoked) {
      revokeSession(this.#state, replayed);
      this.#changed();
    }
    return { ok: false, error: 'invalid_grant', reason: 'invalid' };
  }

  /** Ends the session a refresh token belongs to. Unknown tokens are ignored (RFC 7009). */
  revoke(refreshToken: string): void {
    const tokenHash = sha256Hex(refreshToken);
    const session = this.#state.sessions.find(
      (candidate) =>
        candidate.currentRefreshTokenHash === tokenHash || candidate.usedRefreshTokenHashes.includes(tokenHash),
    );
    if (!session || session.revoked) return;
    revokeSession(this.#state, session);
    this.#changed();
  }

  /** A QR sign-in request (RFC 8628 §3.1): the waiting app's device code and the code its QR shows. */
  startDeviceAuthorization(request: { deviceName: string | null }): DeviceAuthorizationStartOutcome {
    return this.#deviceAuthorizations.start(request.deviceName);
  }

  /**
   * The waiting app polls (RFC 8628 §3.4): once approved, a new app session for the approving
   * account. The approving device is the second factor, so a two-step account is not asked again.
   */
  pollDeviceAuthorization(deviceCode: string): DeviceTokenOutcome {
    const poll = this.#deviceAuthorizations.poll(deviceCode);
    if (poll.status !== 'approved') return { ok: false, error: poll.status };
    if (!findUserById(this.#state, poll.userId)) return { ok: false, error: 'invalid_grant' };
    const { tokens } = this.#startSession(poll.userId, poll.deviceName);
    this.#changed();
    return { ok: true, tokens };
  }

  /** A signed-in device approves a QR sign-in request by the code in its link. */
  approveDeviceAuthorization(caller: AuthenticatedCaller, userCode: string): DeviceApproval | AccountGone {
    if (!findUserById(this.#state, caller.userId)) return ACCOUNT_GONE;
    return this.#deviceAuthorizations.approve(caller.userId, userCode);
  }

  /** For testers ("Approve as Alice's phone"): approves the newest waiting request as `login`'s account. */
  approveNewestDeviceAuthorization(login: string): DeviceApproval {
    const user = findUserByLogin(this.#state, loginKeyHashOf(login).identifier);
    if (!user) return { ok: false, error: 'not_found' };
    return this.#deviceAuthorizations.approveNewest(user.id);
  }

  /**
   * For testers, by the account's id (which survives a change of e-mail): approves the newest
   * waiting request, named as the approving phone would show it.
   */
  approveNewestDeviceAuthorizationAs(userId: string): QrApprovalOutcome {
    if (!findUserById(this.#state, userId)) return { ok: false, error: 'not_found' };
    const approved = this.#deviceAuthorizations.approveNewest(userId);
    return approved.ok ? { ok: true, deviceName: approved.deviceName ?? UNKNOWN_DEVICE_NAME } : { ok: false, error: 'not_found' };
  }

  /** Who holds this access token, or null when it is unknown, expired or its session ended. */
  authenticate(accessToken: string): AuthenticatedCaller | null {
    const tokenHash = sha256Hex(accessToken);
    const record = this.#state.accessTokens.find((candidate) => candidate.tokenHash === tokenHash);
    if (!record || record.expiresAt <= this.#time()) return null;
    const session = this.#state.sessions.find((candidate) => candidate.id === record.sessionId);
    if (!session || session.revoked) return null;
    if (!findUserById(this.#state, session.userId)) return null;
    return { userId: session.userId, sessionId: session.id, limited: session.appPasswordId !== null };
  }

  profile(userId: string): UserProfile | null {
    const user = findUserById(this.#state, userId);
    return user ? userProfile(user, this.#time()) : null;
  }

  /** The user's portals in a stable order (by portal id), one page at a time, with their total. */
  portals(userId: string, request: { limit: number; cursor: string | null }): PortalPageOutcome {
    let afterId: string | null = null;
    if (request.cursor !== null) {
      afterId = decodePortalCursor(request.cursor);
      if (afterId === null) return { ok: false, error: 'invalid_cursor' };
    }
    const memberships: PortalMembership[] = [];
    for (const portal of this.#state.portals) {
      const member = portal.members.find((candidate) => candidate.userId === userId);
      if (member) memberships.push(membershipOf(portal, member));
    }
    if (this.scenarios.current === 'many-portals' && userId === MANY_PORTALS_MEMBER_ID) {
      // Generated memberships are not stored, so they follow whatever login the user has now.
      const user = findUserById(this.#state, userId);
      const login = user?.email ?? user?.phone;
      if (login) for (const portal of manyPortals()) memberships.push({ ...portal, login, status: 'active' });
    }
    memberships.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { ok: true, page: pageAfter(memberships, afterId, request.limit) };
  }

  /** Portals linked by e-mail at the first sign-in: listed once, then never again. */
  linkedPortalsNotice(userId: string): LinkedPortalNotice[] {
    const user = findUserById(this.#state, userId);
    // Nothing left to announce: a read, which changes nothing.
    if (!user || user.unannouncedLinkedPortalIds.length === 0) return [];
    const notice = takeLinkedPortalsNotice(this.#state, user);
    this.#changed();
    return notice;
  }

  /** A one-time sign-in link to a portal the user is a member of. */
  requestPortalSso(userId: string, portalId: string): PortalSsoOutcome {
    const portal = this.#memberPortal(userId, portalId);
    if (!portal) return { ok: false, error: 'not_found' };
    if (portal.status !== 'active') return { ok: false, error: 'portal_unavailable', reason: portal.status };
    const ticket = newSsoTicket();
    const expiresAt = this.#time() + PORTAL_SSO_TICKET_TTL_MS;
    this.#ssoTickets.add(this.#rememberCode(ticket), { portalId, userId, expiresAt });
    const url = `https://${portal.domain}${PORTAL_SSO_PATH}?ticket=${encodeURIComponent(ticket)}`;
    return { ok: true, url, expiresAt };
  }

  /** What `https://<host>/bitrix-id/sso?ticket=…` shows; any presentation uses the ticket up. */
  portalSsoPage(host: string, ticket: string): PortalSsoPage {
    const record = this.#ssoTickets.redeem(ticket, this.#time());
    if (!record) return expiredLinkPage();
    const portal = this.#memberPortal(record.userId, record.portalId);
    const user = findUserById(this.#state, record.userId);
    // A ticket for one portal opens nothing on another host.
    if (!portal || !user || portal.domain !== host.toLowerCase()) return expiredLinkPage();
    return signedInPage(portal.title, displayNameOf(user) || (user.email ?? user.phone ?? user.id));
  }

  /** A portal the user belongs to: a stored one, or one of the `many-portals` scenario's generated ones. */
  #memberPortal(userId: string, portalId: string): { title: string; domain: string; status: PortalStatus } | null {
    const stored = this.#state.portals.find((candidate) => candidate.id === portalId);
    if (stored) return stored.members.some((member) => member.userId === userId) ? stored : null;
    if (this.scenarios.current !== 'many-portals' || userId !== MANY_PORTALS_MEMBER_ID) return null;
    const generated = manyPortalById(portalId);
    return generated ? { ...generated, status: 'active' } : null;
  }

  portalZones(): PortalZone[] {
    return PORTAL_ZONES.map((zone) => ({ ...zone }));
  }

  /** A random free name in the zone, or null for an unknown zone. */
  suggestPortalName(zone: string): { name: string; domain: string } | null {
    return suggestPortalName(this.#state, zone);
  }

  portalNameAvailability(name: string, zone: string): PortalNameAvailability {
    return portalNameAvailability(this.#state, name, zone);
  }

  /** How many more portals the user may create. */
  portalCreationQuota(userId: string): { max: number; remaining: number } | null {
    const user = findUserById(this.#state, userId);
    return user ? portalCreationQuota(user) : null;
  }

  createPortal(userId: string, request: { name: string; zone: string; title?: string | undefined }): PortalCreateOutcome {
    const user = findUserById(this.#state, userId);
    if (!user) return { ok: false, error: 'not_found' };
    const outcome = createPortal(this.#state, user, request);
    if (!outcome.ok) return outcome;
    this.#changed();
    return { ok: true, portal: membershipOf(outcome.portal, outcome.creator) };
  }

  /** The caller's user's live sessions; `current` marks the caller's own. */
  sessions(caller: AuthenticatedCaller): SessionSummary[] {
    return sessionSummaries(this.#state, caller);
  }

  /** Ends every session of the user, the caller's own included. */
  revokeAllSessions(userId: string): void {
    revokeAllSessionsOf(this.#state, userId);
    this.#changed();
  }

  /** Ends one other live session of the caller's user; the caller's own is signed out instead. */
  signOutSession(caller: AuthenticatedCaller, sessionId: string): SessionSignOutOutcome {
    const session = this.#state.sessions.find(
      (candidate) => candidate.id === sessionId && candidate.userId === caller.userId && !candidate.revoked,
    );
    if (!session) return { ok: false, error: 'not_found' };
    if (session.id === caller.sessionId) return { ok: false, error: 'current_session' };
    revokeSession(this.#state, session);
    this.#changed();
    return { ok: true };
  }

  /** The user's application passwords, newest first; null when the account is gone. */
  appPasswords(userId: string): AppPasswordView[] | null {
    const user = findUserById(this.#state, userId);
    return user ? listAppPasswords(user) : null;
  }

  createAppPassword(userId: string, name: string): AppPasswordCreateOutcome {
    return createAppPassword(this.#context(), findUserById(this.#state, userId), name);
  }

  /** Unknown, or another person's: `not_found`. Every session signed in with it ends. */
  revokeAppPassword(userId: string, appPasswordId: string): AppPasswordRevokeOutcome {
    return revokeAppPassword(this.#context(), findUserById(this.#state, userId), appPasswordId);
  }

  requestLoginChange(userId: string, request: LoginChangeRequest): Promise<LoginChangeRequestOutcome> {
    return requestLoginChange(this.#context(), this.#proofs, findUserById(this.#state, userId), request);
  }

  /** `secret`: the token from the e-mailed link, or the SMS code. */
  confirmLoginChange(userId: string, secret: string): LoginChangeConfirmation {
    const user = findUserById(this.#state, userId);
    const outcome = confirmLoginChange(this.#context(), user, secret);
    if (!outcome.ok) return outcome;
    return user ? { ok: true, profile: userProfile(user, this.#time()) } : { ok: false, error: 'not_found' };
  }

  resendLoginChange(userId: string): LoginChangeResendOutcome {
    return resendLoginChange(this.#context(), findUserById(this.#state, userId));
  }

  cancelLoginChange(userId: string): void {
    cancelLoginChange(this.#context(), findUserById(this.#state, userId));
  }

  /** `proofToken` in place of `currentPassword` for an account without a password (its first password). */
  changePassword(userId: string, request: ChangeAuthority & { newPassword: string }): Promise<PasswordChangeOutcome> {
    return changePassword(this.#context(), this.#proofs, findUserById(this.#state, userId), request);
  }

  /** A 6-digit code to the account's own e-mail or phone, for an account without a password to prove itself. */
  sendProofCode(userId: string, channel: LoginChannel): ProofCodeSendOutcome {
    return sendProofCode(this.#context(), this.#proofs, findUserById(this.#state, userId), channel);
  }

  /** A right code earns a proof token (single use, 5 minutes). */
  proveWithCode(userId: string, code: string): ProofOutcome {
    return proveWithCode(this.#context(), this.#proofs, findUserById(this.#state, userId), code);
  }

  /** A `reauth` social code for an identity linked to this account earns a proof token too. */
  proveWithSocialCode(userId: string, exchange: SocialCodeExchange): ProofOutcome {
    return proveWithSocialCode(this.#context(), this.#proofs, this.#authorizations, findUserById(this.#state, userId), exchange);
  }

  requestRecovery(login: string): RecoveryRequestOutcome {
    return requestRecovery(this.#context(), login);
  }

  completeRecovery(request: { login: string; checkword: string; newPassword: string }): Promise<RecoveryCompleteOutcome> {
    return completeRecovery(this.#context(), request);
  }

  /** The social services one can sign in with, in the order the sign-in screen lists them. */
  socialProviders(): SocialProvider[] {
    return socialProviders();
  }

  /** Checks a `GET /oauth/authorize` request and, when it is sound, opens it for the consent page. */
  startSocialAuthorization(query: AuthorizationQuery): SocialAuthorizationStart {
    return startSocialAuthorization(this.#authorizations, query);
  }

  /** The request behind a consent page, while it still waits for an answer. */
  socialAuthorization(requestId: string): SocialAuthorization | null {
    return findSocialAuthorization(this.#authorizations, requestId);
  }

  /** The person chose one of the provider's accounts: a one-time code goes to the app. */
  chooseSocialIdentity(requestId: string, identityId: string): SocialAuthorizationAnswer {
    return chooseSocialIdentity(this.#authorizations, requestId, identityId);
  }

  /** The person cancelled on the consent page: `access_denied` goes to the app. */
  denySocialAuthorization(requestId: string): SocialAuthorizationAnswer {
    return denySocialAuthorization(this.#authorizations, requestId);
  }

  signInWithSocialCode(request: SocialCodeExchange & { deviceName?: string | null }): SocialSignInOutcome {
    const found = findSocialSignIn(this.#context(), this.#authorizations, request);
    if (!found.ok) return found;
    if (findUserById(this.#state, found.userId)?.twoFactor) {
      return this.#twoFactorRequired(found.userId, request.deviceName ?? null, found.codeHash);
    }
    const { session, tokens } = this.#startSession(found.userId, request.deviceName ?? null);
    this.#authorizations.recordSession(found.codeHash, session.id);
    this.#changed();
    return { ok: true, tokens };
  }

  connectSocialAccount(userId: string, exchange: SocialCodeExchange): SocialConnectOutcome {
    const user = findUserById(this.#state, userId);
    const outcome = connectSocialAccount(this.#context(), this.#authorizations, user, exchange);
    if (!outcome.ok) return outcome;
    return user ? { ok: true, profile: userProfile(user, this.#time()) } : ACCOUNT_GONE;
  }

  disconnectSocialAccount(userId: string, providerId: string): SocialDisconnectOutcome {
    const user = findUserById(this.#state, userId);
    const outcome = disconnectSocialAccount(this.#context(), user, providerId);
    if (!outcome.ok) return outcome;
    return user ? { ok: true, profile: userProfile(user, this.#time()) } : ACCOUNT_GONE;
  }

  #time(): number {
    return Math.floor(this.#now());
  }

  #changed(): void {
    this.#onChange();
  }

  #context(): BackendContext {
    return {
      state: this.#state,
      now: () => this.#time(),
      outbox: this.#outbox,
      rememberCode: (secret) => this.#rememberCode(secret),
      changed: () => this.#changed(),
      smsAvailable: () => this.scenarios.current !== 'sms-down',
    };
  }

  #twoFactorRequired(userId: string, deviceName: string | null, socialCodeHash: string | null = null): TwoFactorRequired {
    return { ok: false, error: 'two_factor_required', ...this.#mfaChallenges.open(userId, deviceName, socialCodeHash) };
  }

  #rememberCode(secret: string): string {
    this.#issued.codes.push(secret);
    return sha256Hex(secret);
  }

  /** A new app session for the user, with its first token pair; the caller reports the change. */
  #startSession(
    userId: string,
    deviceName: string | null,
    appPasswordId: string | null = null,
  ): { session: SessionRecord; tokens: IssuedTokens } {
    const now = this.#time();
    const refreshToken = newToken('refresh');
    const session: SessionRecord = {
      id: newSessionId(),
      userId,
      deviceName,
      client: 'app',
      createdAt: now,
      lastActiveAt: now,
      currentRefreshTokenHash: this.#remember('refresh', refreshToken),
      usedRefreshTokenHashes: [],
      revoked: false,
      // The mock cannot place a loopback address; a real server would look the caller's address up.
      location: null,
      appPasswordId,
    };
    this.#state.sessions.push(session);
    const user = findUserById(this.#state, userId);
    if (user) linkPortalsAtFirstSignIn(this.#state, user, now);
    return { session, tokens: this.#issueAccessToken(session, refreshToken) };
  }

  #issueAccessToken(session: SessionRecord, refreshToken: string): IssuedTokens {
    const now = this.#time();
    const ttlMs = this.scenarios.current === 'short-tokens' ? SHORT_ACCESS_TOKEN_TTL_MS : this.#accessTokenTtlMs;
    this.#state.accessTokens = this.#state.accessTokens.filter((record) => record.expiresAt > now);
    const accessToken = newToken('access');
    this.#state.accessTokens.push({
      tokenHash: this.#remember('access', accessToken),
      sessionId: session.id,
      expiresAt: now + ttlMs,
    });
    return {
      accessToken,
      refreshToken,
      expiresInSeconds: Math.floor(ttlMs / 1000),
      userId: session.userId,
      scope: session.appPasswordId === null ? FULL_SCOPE : APP_PASSWORD_SCOPE,
    };
  }

  /** Adds the token to the in-memory issued list and returns the hash, the only form stored. */
  #remember(kind: 'access' | 'refresh', token: string): string {
    (kind === 'access' ? this.#issued.accessTokens : this.#issued.refreshTokens).push(token);
    return sha256Hex(token);
  }
}
