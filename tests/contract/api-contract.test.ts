/**
 * The contract between mocks/openapi.yaml, the mock's handlers and the app's own API client: the
 * app's ApiClient and endpoint functions tour every operation (and every error answer the mock can
 * give) over both transports, and every response they get is checked against the file.
 */
import { Secret, TOTP } from 'otpauth';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ANOTHER_ACCOUNT_LABEL,
  BODY_TOO_LARGE_MESSAGE,
  CANCEL_LABEL,
  continueAsLabel,
  MAX_CREATED_PORTALS,
  MAX_REQUEST_BODY_BYTES,
  seedCredentials,
  seedDeletedPortal,
  seedSocialIdentities,
  seedSocialProviders,
  seedTwoFactor,
  seedUnlinkedPortal,
  seedUsers,
  SSO_LINK_EXPIRED_TEXT,
  type SocialAuthMode,
} from '../../mocks/index.ts';
import { ApiClient, type ApiResult } from '../../src-main/api/api-client.ts';
import { accountApi } from '../../src-main/api/account-api.ts';
import { appPasswordsApi } from '../../src-main/api/app-passwords-api.ts';
import { portalsApi } from '../../src-main/api/portals-api.ts';
import { profileApi } from '../../src-main/api/profile-api.ts';
import { qrSignInApi } from '../../src-main/api/qr-sign-in-api.ts';
import { recoveryApi } from '../../src-main/api/recovery-api.ts';
import { serverApi } from '../../src-main/api/server-api.ts';
import { sessionApi } from '../../src-main/api/session-api.ts';
import { socialApi } from '../../src-main/api/social-api.ts';
import { twoFactorApi } from '../../src-main/api/two-factor-api.ts';
import { tokenResponse, type PortalsPage, type PortalWire } from '../../src-main/api/wire-schemas.ts';
import { createPkcePair, newOAuthState } from '../../src-main/services/social/pkce.ts';
import { ContractCoverage, type ResponseKey } from './contract-coverage.ts';
import { CONTRACT_TRANSPORTS, type RunningTransport } from './contract-transports.ts';
import { mockRoutes, type InboxMessage } from './mock-routes.ts';
import { loadOpenApiDocument } from './openapi-document.ts';
import { ResponseValidator } from './response-validator.ts';
import { expectFailure, expectOk } from './results.ts';
import {
  authorizeUrl,
  buttonsOf,
  callbackQuery,
  openPage,
  press,
  REDIRECT_URI,
  titleOf,
  type BrowserPage,
} from './system-browser.ts';
import { TokenSlot } from './token-slot.ts';

const ACCOUNT_GONE =
  'the mock cannot delete an account, and its bearer check answers 401 (not 404) for a token whose account is gone';

/**
 * Documented responses no tour step produces, each with the reason. The coverage check expects
 * exactly this list: a response that becomes reachable, or a new one in the file, fails it.
 */
const NOT_EXERCISED: Readonly<Partial<Record<ResponseKey, string>>> = {
  'getProfile 404': ACCOUNT_GONE,
  'requestLoginChange 404': ACCOUNT_GONE,
  'confirmLoginChange 404': ACCOUNT_GONE,
  'resendLoginChange 404': ACCOUNT_GONE,
  'changePassword 404': ACCOUNT_GONE,
  'connectSocialAccount 404': ACCOUNT_GONE,
  'createPortal 404': ACCOUNT_GONE,
  'getPortalCreationQuota 404': ACCOUNT_GONE,
  'beginTwoFactorSetup 404': ACCOUNT_GONE,
  'enableTwoFactor 404': ACCOUNT_GONE,
  'disableTwoFactor 404': ACCOUNT_GONE,
  'renewRecoveryCodes 404': ACCOUNT_GONE,
  'sendProofCode 404': ACCOUNT_GONE,
  'prove 404': ACCOUNT_GONE,
  'confirmLoginChange 409':
    'unreachable through the API: a pending change holds its login network-wide, so nobody else can take it first',
};

const alice = seedCredentials.alice;
const bob = seedCredentials.bob;
const erin = seedCredentials.erin;
const erinTwoFactor = seedTwoFactor.erin;
const { aliceGoogle, carolGoogle, aliceApple, danaYandex } = seedSocialIdentities;
const DEVICE = 'Contract tour laptop';
const START_TIME = Date.UTC(2025, 0, 15, 9, 0, 0);
const NEW_PHONE = '+1 555 010 0099';
const NEW_EMAIL = 'alice.new@example.com';
/** Meets the password policy. */
const NEW_PASSWORD = 'Another-Passw0rd';
/** A confirmation code that can never be the real one: the mock's are digits. */
const WRONG_CODE = 'not-the-code';

/** The headers the file describes on every consent and refusal page, and on a portal's sign-in page. */
const CONSENT_PAGE_HEADERS = ['content-security-policy', 'x-frame-options', 'cache-control'];

const document = loadOpenApiDocument();
const validator = new ResponseValidator(document);

/** Every operation the file gives a request body, with the body's media type. */
function operationsWithBody(): { method: string; path: string; mediaType: string }[] {
  const paths = document.raw['paths'] as Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
  return Object.entries(paths).flatMap(([path, item]) =>
    Object.entries(item).flatMap(([method, operation]) => {
      const mediaType = Object.keys(operation.requestBody?.content ?? {})[0];
      return mediaType === undefined ? [] : [{ method: method.toUpperCase(), path, mediaType }];
    }),
  );
}

describe.each(CONTRACT_TRANSPORTS)('API contract over $name', (transport) => {
  let time = START_TIME;
  let running: RunningTransport;
  let api: ApiClient;
  const tokens = new TokenSlot();
  const coverage = new ContractCoverage(document);

  beforeAll(async () => {
    running = await transport.start(() => time);
    api = new ApiClient({ baseUrl: running.baseUrl, timeoutMs: 5000, tokens, retry: { maxRetries: 0 } });
  });
  afterAll(async () => {
    await running.stop();
  });

  beforeEach(async () => {
    // Time only moves on, so windows left open by an earlier step never reach into the next one.
    time += 24 * 60 * 60 * 1000;
    tokens.use(null);
    expectOk(await mockRoutes.reset(api));
  });

  // Every response of every step, checked against the file: no step can skip it.
  afterEach(async () => {
    const problems: string[] = [];
    for (const exchange of await running.tap.take()) {
      const verdict = validator.check(exchange);
      coverage.record(verdict);
      for (const problem of verdict.problems) {
        problems.push(`${exchange.method} ${exchange.path} -> ${exchange.status}: ${problem}`);
      }
    }
    expect(problems, 'responses that break mocks/openapi.yaml').toEqual([]);
  });

  async function signIn(login: string, password: string): Promise<void> {
    tokens.use(expectOk(await sessionApi.passwordGrant(api, login, password, DEVICE)).access_token);
  }

  /** Alice asks to sign in with `value` from now on (her portals follow a new e-mail, to use both forms). */
  function startChange(channel: 'email' | 'phone', value: string, currentPassword: string = alice.password) {
    return accountApi.startLoginChange(api, { channel, value, currentPassword, updatePortals: channel === 'email' });
  }

  async function latestMessage(to: string): Promise<InboxMessage> {
    const [message] = expectOk(await mockRoutes.inbox(api, to));
    if (!message) throw new Error(`the mock sent nothing to ${to}`);
    return message;
  }

  /** An authorization request as the app makes one: a fresh PKCE pair (S256) and a fresh `state`. */
  function authorization(provider: string, mode: SocialAuthMode) {
    const pkce = createPkcePair();
    const state = newOAuthState();
    const url = (overrides: Record<string, string> = {}) =>
      authorizeUrl(running.baseUrl, pkce, provider, { mode, state, ...overrides });
    return { verifier: pkce.verifier, state, url };
  }

  /**
   * A consent or refusal page, or a portal's sign-in page: its status, no redirect, and every header
   * the file describes for it there (the file marks none of them required, so the validator checks
   * only the values).
   */
  function expectPage(page: BrowserPage, status: 200 | 400 | 401): BrowserPage {
    expect(page.status, page.body.slice(0, 300)).toBe(status);
    expect(page.location).toBeNull();
    for (const header of CONSENT_PAGE_HEADERS) expect(page.headers.has(header), `${header} on ${page.url}`).toBe(true);
    return page;
  }

  /** The redirect back to the app's listener, with its Cache-Control, and the query it carries. */
  function backToApp(page: BrowserPage): URLSearchParams {
    const query = callbackQuery(page);
    expect(page.headers.has('cache-control'), 'Cache-Control on the redirect').toBe(true);
    return query;
  }

  /**
   * The browser's part of a social sign-in or connection: the consent page, "Sign in with another
   * account", "Continue as" the identity. Returns what the app's listener hands back to it.
   */
  async function browserGrant(
    identity: { provider: string; displayName: string },
    mode: SocialAuthMode,
  ): Promise<{ code: string; codeVerifier: string; redirectUri: string }> {
    const { verifier, state, url } = authorization(identity.provider, mode);
    const accounts = expectPage(await press(expectPage(await openPage(url()), 200), ANOTHER_ACCOUNT_LABEL), 200);
    const query = backToApp(await press(accounts, continueAsLabel(identity.displayName)));
    expect(query.get('state')).toBe(state);
    const code = query.get('code');
    if (code === null) throw new Error(`no code in the redirect: ${query.toString()}`);
    return { code, codeVerifier: verifier, redirectUri: REDIRECT_URI };
  }

  async function socialSignIn(identity: { provider: string; displayName: string }) {
    return sessionApi.authorizationCodeGrant(api, { ...(await browserGrant(identity, 'sign_in')), deviceName: DEVICE });
  }

  it('signs in with an e-mail or a phone number, rotates the refresh token and revokes it', async () => {
    const byEmail = expectOk(await sessionApi.passwordGrant(api, alice.email, alice.password, DEVICE));
    expect(byEmail.token_type).toBe('Bearer');
    expectOk(await sessionApi.passwordGrant(api, '1 (555) 010-0001', alice.password, DEVICE));

    const rotated = expectOk(await sessionApi.refreshGrant(api, byEmail.refresh_token));
    expect(rotated.refresh_token).not.toBe(byEmail.refresh_token);
    expectOk(await sessionApi.revoke(api, rotated.refresh_token));
    // The same 200 for a token that means nothing (RFC 7009).
    expectOk(await sessionApi.revoke(api, 'rt_never-issued'));
  });

  it('refuses wrong credentials, missing fields, used refresh tokens and unknown grants with 400', async () => {
    expect(await sessionApi.passwordGrant(api, alice.email, 'Wrong-Passw0rd!', DEVICE)).toMatchObject({
      ok: false,
      error: { status: 400, serverCode: 'invalid_grant' },
    });
    expect(await sessionApi.passwordGrant(api, '', alice.password, DEVICE)).toMatchObject({
      ok: false,
      error: { code: 'validation', status: 400, fields: { username: 'required' } },
    });

    const issued = expectOk(await sessionApi.passwordGrant(api, alice.email, alice.password, DEVICE));
    const rotated = expectOk(await sessionApi.refreshGrant(api, issued.refresh_token));
    // Replaying a used refresh token ends its session; the newest token then says why.
    expect(expectFailure(await sessionApi.refreshGrant(api, issued.refresh_token)).serverCode).toBe('invalid_grant');
    expect(expectFailure(await sessionApi.refreshGrant(api, rotated.refresh_token))).toMatchObject({
      status: 400,
      serverCode: 'invalid_grant',
      serverReason: 'session_revoked',
    });

    expect(expectFailure(await sessionApi.revoke(api, ''))).toMatchObject({ status: 400, fields: { token: 'required' } });
    // No endpoint function sends another grant type, so the app's client is called directly.
    const unsupported = await api.call({
      method: 'POST',
      path: '/auth/token',
      body: { grant_type: 'client_credentials' },
      authenticated: false,
      response: tokenResponse,
    });
    expect(expectFailure(unsupported)).toMatchObject({ status: 400, serverCode: 'unsupported_grant_type' });
  });

  it('answers 429 with Retry-After once a login has failed to sign in 10 times', async () => {
    for (let attempt = 1; attempt <= 10; attempt++) {
      expect(expectFailure(await sessionApi.passwordGrant(api, bob.email, 'Wrong-Passw0rd!', DEVICE)).status).toBe(400);
    }
    const limited = expectFailure(await sessionApi.passwordGrant(api, bob.email, bob.password, DEVICE));
    expect(limited).toMatchObject({ code: 'rate_limited', status: 429 });
    expect(limited.retryAfterMs).toBeGreaterThan(0);
  });

  it('reads the profile, the sessions, the password policy and every page of portals, each with the total', async () => {
    await signIn(alice.email, alice.password);
    expect(expectOk(await profileApi.me(api))).toMatchObject({ id: seedUsers.alice.id, email: alice.email });
    const sessions = expectOk(await accountApi.sessions(api)).items;
    expect(sessions[0]).toMatchObject({ device_name: DEVICE, current: true });
    expect(expectOk(await accountApi.passwordPolicy(api)).min_length).toBeGreaterThan(0);

    const portals: PortalWire[] = [];
    let cursor: string | null = null;
    do {
      const page: PortalsPage = expectOk(await portalsApi.page(api, cursor, 2));
      expect(page.total).toBe(5);
      portals.push(...page.items);
      cursor = page.next_cursor;
    } while (cursor !== null);
    // Her three seed portals, the one her first sign-in linked, and the deleted one, by id.
    expect(portals.map((portal) => [portal.domain, portal.status])).toEqual([
      ['acme.bitrix24.com', 'active'],
      [seedUnlinkedPortal.domain, 'active'],
      ['alice-team.bitrix24.com', 'active'],
      [seedDeletedPortal.domain, 'deleted'],
      ['partners.bitrix24.de', 'active'],
    ]);
  });

  it('announces the portals linked at the first sign-in once, then an empty list', async () => {
    await signIn(alice.email, alice.password);
    expect(expectOk(await portalsApi.linkedNotice(api)).newly_linked).toEqual([
      { id: seedUnlinkedPortal.id, title: seedUnlinkedPortal.title, domain: seedUnlinkedPortal.domain },
    ]);
    expect(expectOk(await portalsApi.linkedNotice(api)).newly_linked).toEqual([]);
  });

  it("opens a portal by a one-time link (200, then 401 for the used link), refusing another's portal (404) and a deleted one (409)", async () => {
    await signIn(alice.email, alice.password);
    const link = expectOk(await portalsApi.ssoLink(api, 'p-alice-team'));
    expect(new URL(link.url).host).toBe('alice-team.bitrix24.com');
    expect(titleOf(expectPage(await openPage(link.url), 200))).toBe('Alice Team — signed in as Alice Demo');
    expect(titleOf(expectPage(await openPage(link.url), 401))).toBe(SSO_LINK_EXPIRED_TEXT);

    expect(expectFailure(await portalsApi.ssoLink(api, 'p-bob-shop'))).toMatchObject({ code: 'not_found', status: 404 });
    expect(expectFailure(await portalsApi.ssoLink(api, seedDeletedPortal.id))).toMatchObject({
      code: 'portal_unavailable',
      status: 409,
      reason: 'deleted',
      serverReason: 'deleted',
    });
  });

  it('lists the zones, suggests a free name (200) but not in an unknown zone (400), and says whether a name is free', async () => {
    expect(expectOk(await portalsApi.zones(api)).items).toContainEqual({ zone: 'de', domain_suffix: 'bitrix24.de' });
    const suggestion = expectOk(await portalsApi.suggestName(api, 'de'));
    expect(suggestion.domain).toBe(`${suggestion.name}.bitrix24.de`);
    expect(expectFailure(await portalsApi.suggestName(api, 'xx'))).toMatchObject({ status: 400, fields: { zone: 'invalid' } });

    expect(expectOk(await portalsApi.availability(api, suggestion.name, 'de'))).toEqual({ available: true });
    expect(expectOk(await portalsApi.availability(api, '-bad-', 'de'))).toEqual({ available: false, reason: 'invalid' });
    expect(expectOk(await portalsApi.availability(api, 'acme', 'com'))).toEqual({ available: false, reason: 'taken' });
  });

  it(`creates portals (201), titled or named after the address, refusing a bad name or title (400), a taken one (409) and the one after ${MAX_CREATED_PORTALS} (409), saying beforehand how many are left`, async () => {
    await signIn(bob.email, bob.password);
    expect(expectOk(await portalsApi.creationQuota(api))).toEqual({ max: MAX_CREATED_PORTALS, remaining: MAX_CREATED_PORTALS });
    expect(expectOk(await portalsApi.create(api, { name: 'bob-shop-1', zone: 'eu' }))).toMatchObject({
      title: 'bob-shop-1',
      domain: 'bob-shop-1.bitrix24.eu',
      role: 'admin',
      login: bob.email,
      status: 'active',
    });
    expect(expectFailure(await portalsApi.create(api, { name: '-bad-', zone: 'com' }))).toMatchObject({ status: 400, fields: { name: 'invalid' } });
    expect(expectFailure(await portalsApi.create(api, { name: 'acme', zone: 'com' }))).toMatchObject({ code: 'portal_name_taken', status: 409 });
    expect(expectFailure(await portalsApi.create(api, { name: 'bob-long', zone: 'com', title: 'x'.repeat(256) }))).toMatchObject({
      status: 400,
      fields: { title: 'too_long' },
    });
    expect(expectOk(await portalsApi.create(api, { name: 'bob-titled', zone: 'de', title: '  Bob’s Garage  ' }))).toMatchObject({
      title: 'Bob’s Garage',
      domain: 'bob-titled.bitrix24.de',
    });
    expect(expectOk(await portalsApi.creationQuota(api))).toEqual({ max: MAX_CREATED_PORTALS, remaining: MAX_CREATED_PORTALS - 2 });

    for (let count = 3; count <= MAX_CREATED_PORTALS; count++) expectOk(await portalsApi.create(api, { name: `bob-shop-${count}`, zone: 'com' }));
    expect(expectFailure(await portalsApi.create(api, { name: 'one-too-many', zone: 'com' }))).toMatchObject({
      code: 'portal_limit_reached',
      status: 409,
    });
    expect(expectOk(await portalsApi.creationQuota(api))).toEqual({ max: MAX_CREATED_PORTALS, remaining: 0 });
    expect(expectOk(await portalsApi.page(api, null, 100)).total).toBe(MAX_CREATED_PORTALS + 1);
  });

  it('refuses a page size out of range and a cursor it never issued with 400', async () => {
    await signIn(alice.email, alice.password);
    expect(expectFailure(await portalsApi.page(api, null, 0))).toMatchObject({ status: 400, fields: { limit: 'invalid' } });
    expect(expectFailure(await portalsApi.page(api, 'not-a-cursor', 10))).toMatchObject({
      status: 400,
      fields: { cursor: 'invalid' },
    });
  });

  it('answers 401 invalid_token on every bearer route for a token it never issued', async () => {
    tokens.use('at_never-issued');
    const calls = [
      profileApi.me(api),
      accountApi.sessions(api),
      accountApi.revokeAllSessions(api),
      startChange('email', NEW_EMAIL),
      accountApi.confirmLoginChange(api, { code: WRONG_CODE }),
      accountApi.resendLoginChange(api),
      accountApi.cancelLoginChange(api),
      accountApi.changePassword(api, alice.password, NEW_PASSWORD),
      accountApi.sendProofCode(api, 'email'),
      accountApi.prove(api, { code: '123456' }),
      portalsApi.page(api, null, 10),
      portalsApi.linkedNotice(api),
      portalsApi.ssoLink(api, 'p-alice-team'),
      portalsApi.create(api, { name: 'never-created', zone: 'com' }),
      portalsApi.creationQuota(api),
      socialApi.connect(api, { code: 'ac_never-issued', codeVerifier: createPkcePair().verifier, redirectUri: REDIRECT_URI }),
      socialApi.disconnect(api, 'google'),
      twoFactorApi.beginSetup(api, alice.password, undefined),
      twoFactorApi.enable(api, 'tfs_never-issued', '123456'),
      twoFactorApi.disable(api, alice.password, '123456'),
      twoFactorApi.newRecoveryCodes(api, alice.password, '123456'),
      qrSignInApi.approve(api, 'BCDF-GHJK'),
      accountApi.signOutSession(api, 's_never-issued'),
      appPasswordsApi.list(api),
      appPasswordsApi.create(api, 'Never made'),
      appPasswordsApi.revoke(api, 'ap_never-made'),
    ];
    for (const result of await Promise.all(calls)) expect(expectFailure(result).code).toBe('unauthorized');
  });

  it('signs out everywhere with 204, after which the access token is refused', async () => {
    await signIn(alice.email, alice.password);
    expectOk(await accountApi.revokeAllSessions(api));
    expect(expectFailure(await profileApi.me(api)).code).toBe('unauthorized');
  });

  it('signs one other session out (204), refusing its own (409) and an unknown one (404)', async () => {
    await signIn(alice.email, alice.password);
    const [own] = expectOk(await accountApi.sessions(api)).items;
    if (!own) throw new Error('no session');
    const other = expectOk(await sessionApi.passwordGrant(api, alice.email, alice.password, 'Second laptop'));
    const listed = expectOk(await accountApi.sessions(api)).items.find((session) => session.device_name === 'Second laptop');
    if (!listed) throw new Error('the second session is not listed');
    expectOk(await accountApi.signOutSession(api, listed.id));
    expect(expectFailure(await accountApi.signOutSession(api, own.id))).toMatchObject({ code: 'forbidden', status: 409 });
    expect(expectFailure(await accountApi.signOutSession(api, listed.id))).toMatchObject({ code: 'not_found', status: 404 });
    tokens.use(other.access_token);
    expect(expectFailure(await profileApi.me(api)).code).toBe('unauthorized');
  });

  it('makes (201), lists (200) and revokes (204) application passwords, refusing a bad name (400), the 21st (409) and an unknown one (404)', async () => {
    await signIn(alice.email, alice.password);
    const made = expectOk(await appPasswordsApi.create(api, 'Thunderbird'));
    expect(made.password).toMatch(/^[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}$/);
    expect(expectOk(await appPasswordsApi.list(api)).items.map((item) => item.name)).toEqual(['Thunderbird']);
    expect(expectFailure(await appPasswordsApi.create(api, ' '))).toMatchObject({ status: 400, fields: { name: 'required' } });
    for (let index = 1; index < 20; index++) expectOk(await appPasswordsApi.create(api, `App ${index}`));
    expect(expectFailure(await appPasswordsApi.create(api, 'One too many'))).toMatchObject({ code: 'app_password_limit_reached', status: 409 });
    expectOk(await appPasswordsApi.revoke(api, made.id));
    expect(expectFailure(await appPasswordsApi.revoke(api, made.id))).toMatchObject({ code: 'not_found', status: 404 });
  });

  it('signs in with an application password to a session of scope "profile portals" that may read but gets 403 on every change', async () => {
    await signIn(alice.email, alice.password);
    const made = expectOk(await appPasswordsApi.create(api, 'Thunderbird'));
    const other = expectOk(await sessionApi.passwordGrant(api, alice.email, alice.password, 'Second laptop'));
    const [, otherSession] = expectOk(await accountApi.sessions(api)).items;
    const limited = expectOk(await sessionApi.passwordGrant(api, alice.email, made.password, 'Mail'));
    expect(limited.scope).toBe('profile portals');
    expect(other.scope).toBe('profile portals account');
    tokens.use(limited.access_token);
    expectOk(await profileApi.me(api));
    expectOk(await accountApi.sessions(api));
    const changes = [
      accountApi.revokeAllSessions(api),
      accountApi.signOutSession(api, otherSession?.id ?? 'none'),
      startChange('email', NEW_EMAIL),
      accountApi.confirmLoginChange(api, { code: WRONG_CODE }),
      accountApi.resendLoginChange(api),
      accountApi.cancelLoginChange(api),
      accountApi.changePassword(api, alice.password, NEW_PASSWORD),
      socialApi.connect(api, { code: 'ac_never-issued', codeVerifier: createPkcePair().verifier, redirectUri: REDIRECT_URI }),
      socialApi.disconnect(api, 'google'),
      appPasswordsApi.list(api),
      appPasswordsApi.create(api, 'Another'),
      appPasswordsApi.revoke(api, made.id),
      twoFactorApi.beginSetup(api, alice.password, undefined),
      twoFactorApi.enable(api, 'tfs_never-issued', '123456'),
      twoFactorApi.disable(api, alice.password, '123456'),
      twoFactorApi.newRecoveryCodes(api, alice.password, '123456'),
      accountApi.sendProofCode(api, 'email'),
      accountApi.prove(api, { code: '123456' }),
      accountApi.setPassword(api, 'pf_never-issued', NEW_PASSWORD),
      qrSignInApi.approve(api, 'BCDF-GHJK'),
    ];
    for (const result of await Promise.all(changes)) expect(expectFailure(result)).toMatchObject({ code: 'limited_session', status: 403 });
  });

  it('changes the login by e-mailed link and by SMS code, resending the code once allowed', async () => {
    await signIn(alice.email, alice.password);
    const pending = expectOk(await startChange('email', NEW_EMAIL));
    expect(pending).toMatchObject({ channel: 'email', target: NEW_EMAIL });
    const link = (await latestMessage(NEW_EMAIL)).link;
    const token = link === null ? null : new URL(link).searchParams.get('token');
    if (token === null) throw new Error(`no token in the e-mailed link ${String(link)}`);
    expect(expectOk(await accountApi.confirmLoginChange(api, { token })).email).toBe(NEW_EMAIL);

    expectOk(await startChange('phone', NEW_PHONE));
    time += 61_000;
    expectOk(await accountApi.resendLoginChange(api));
    const code = (await latestMessage(NEW_PHONE)).code;
    if (code === null) throw new Error('no code in the SMS');
    expect(expectOk(await accountApi.confirmLoginChange(api, { code })).phone).toBe('+15550100099');
  });

  it('refuses a login change: bad fields 400, wrong password 403, a taken login 409, an early resend 429', async () => {
    await signIn(alice.email, alice.password);
    const refusal = async (value: string, currentPassword: string = alice.password) =>
      expectFailure(await startChange('email', value, currentPassword));

    expect(await refusal('not-an-email')).toMatchObject({ status: 400, fields: { value: 'invalid_email' } });
    expect(await refusal(alice.email)).toMatchObject({ status: 400, fields: { value: 'same_as_current' } });
    expect(await refusal(NEW_EMAIL, '')).toMatchObject({ status: 400, fields: { currentPassword: 'required' } });
    expect(await refusal(NEW_EMAIL, 'Wrong-Passw0rd!')).toMatchObject({ code: 'wrong_password', status: 403 });
    expect(await refusal(bob.email)).toMatchObject({ code: 'login_taken', status: 409 });

    expectOk(await startChange('email', NEW_EMAIL));
    const early = expectFailure(await accountApi.resendLoginChange(api));
    expect(early).toMatchObject({ code: 'rate_limited', status: 429 });
    expect(early.retryAfterMs).toBeGreaterThan(0);
  });

  it('ends a pending change after 5 wrong codes (400 with attempts left, then 410) and on cancel (204)', async () => {
    await signIn(alice.email, alice.password);
    expectOk(await startChange('phone', NEW_PHONE));
    for (let attempt = 1; attempt <= 4; attempt++) {
      const wrong = expectFailure(await accountApi.confirmLoginChange(api, { code: WRONG_CODE }));
      expect(wrong).toMatchObject({ code: 'invalid_code', status: 400, attemptsLeft: 5 - attempt });
    }
    expect(expectFailure(await accountApi.confirmLoginChange(api, { code: WRONG_CODE }))).toMatchObject({
      code: 'code_expired',
      status: 410,
    });
    expect(expectFailure(await accountApi.resendLoginChange(api))).toMatchObject({ code: 'code_expired', status: 410 });

    expectOk(await startChange('phone', NEW_PHONE));
    const code = (await latestMessage(NEW_PHONE)).code;
    expectOk(await accountApi.cancelLoginChange(api));
    expect(expectFailure(await accountApi.confirmLoginChange(api, { code: code ?? WRONG_CODE })).status).toBe(410);
  });

  it('changes the password (200) and refuses a weak one (400) or a wrong current one (403)', async () => {
    await signIn(alice.email, alice.password);
    expect(expectFailure(await accountApi.changePassword(api, alice.password, 'short'))).toMatchObject({
      status: 400,
      fields: { newPassword: 'too_short' },
    });
    expect(expectFailure(await accountApi.changePassword(api, 'Wrong-Passw0rd!', NEW_PASSWORD))).toMatchObject({
      code: 'wrong_password',
      status: 403,
    });
    expect(expectOk(await accountApi.changePassword(api, alice.password, NEW_PASSWORD)).password_changed_at).toEqual(
      new Date(time).toISOString(),
    );
  });

  it('locks account changes with 429 after 5 wrong current passwords, even for the right one', async () => {
    await signIn(alice.email, alice.password);
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(expectFailure(await accountApi.changePassword(api, 'Wrong-Passw0rd!', NEW_PASSWORD)).status).toBe(403);
    }
    const locked = expectFailure(await accountApi.changePassword(api, alice.password, NEW_PASSWORD));
    expect(locked).toMatchObject({ code: 'rate_limited', status: 429 });
    expect(locked.retryAfterMs).toBeGreaterThan(0);
    expect(expectFailure(await startChange('email', NEW_EMAIL))).toMatchObject({ code: 'rate_limited', status: 429 });
  });

  it('recovers a password: 202, too soon 429, bad fields 400, bad checkword 400, weak password 400, done 204', async () => {
    expect(expectOk(await recoveryApi.request(api, alice.email)).retry_after_seconds).toBe(60);
    // The same answer for a login nobody has.
    expectOk(await recoveryApi.request(api, 'nobody@example.com'));
    const tooSoon = expectFailure(await recoveryApi.request(api, alice.email));
    expect(tooSoon).toMatchObject({ code: 'rate_limited', status: 429 });
    expect(tooSoon.retryAfterMs).toBeGreaterThan(0);
    expect(expectFailure(await recoveryApi.request(api, ''))).toMatchObject({ status: 400, fields: { login: 'required' } });

    const checkword = (await latestMessage(alice.email)).checkword;
    if (checkword === null) throw new Error('no checkword in the recovery e-mail');
    const complete = (word: string, newPassword: string) =>
      recoveryApi.complete(api, { login: alice.email, checkword: word, newPassword });
    expect(expectFailure(await complete('wrongword1', NEW_PASSWORD))).toMatchObject({ code: 'invalid_checkword', status: 400 });
    expect(expectFailure(await complete(checkword, 'short'))).toMatchObject({ status: 400, fields: { newPassword: 'too_short' } });
    expectOk(await complete(checkword, NEW_PASSWORD));
    await signIn(alice.email, NEW_PASSWORD);
  });

  it('locks recovery for a login with 429 after 5 invalid checkwords', async () => {
    const attempt = () => recoveryApi.complete(api, { login: bob.email, checkword: 'wrongword1', newPassword: NEW_PASSWORD });
    for (let count = 1; count <= 5; count++) expect(expectFailure(await attempt()).code).toBe('invalid_checkword');
    const locked = expectFailure(await attempt());
    expect(locked).toMatchObject({ code: 'rate_limited', status: 429 });
    expect(locked.retryAfterMs).toBeGreaterThan(0);
  });

  it('answers 503 sms_unavailable with Retry-After wherever an SMS is due while SMS is down', async () => {
    await signIn(alice.email, alice.password);
    expectOk(await startChange('phone', NEW_PHONE));
    time += 61_000;
    expectOk(await mockRoutes.setScenario(api, 'sms-down'));

    const answers: Array<ApiResult<unknown>> = [
      await startChange('phone', NEW_PHONE),
      await accountApi.resendLoginChange(api),
      await recoveryApi.request(api, alice.phone),
    ];
    for (const result of answers) {
      const down = expectFailure(result);
      expect(down).toMatchObject({ status: 503, serverCode: 'sms_unavailable' });
      expect(down.retryAfterMs).toBeGreaterThan(0);
    }
  });

  it('sends a proof code only to an account without a password (409 password_set), and by SMS only while SMS works (503)', async () => {
    await signIn(alice.email, alice.password);
    expect(expectFailure(await accountApi.sendProofCode(api, 'email'))).toMatchObject({ status: 409, serverCode: 'password_set' });

    // Dana (no password) takes a phone, proving herself by Yandex.
    tokens.use(expectOk(await socialSignIn(danaYandex)).access_token);
    const { proof_token: proofToken } = expectOk(await accountApi.prove(api, await browserGrant(danaYandex, 'reauth')));
    expectOk(await accountApi.startLoginChange(api, { channel: 'phone', value: NEW_PHONE, updatePortals: false, proofToken }));
    const { code } = await latestMessage(NEW_PHONE);
    if (code === null) throw new Error('no code in the SMS to the new phone');
    expectOk(await accountApi.confirmLoginChange(api, { code }));
    expectOk(await mockRoutes.setScenario(api, 'sms-down'));
    const down = expectFailure(await accountApi.sendProofCode(api, 'phone'));
    expect(down).toMatchObject({ status: 503, serverCode: 'sms_unavailable' });
    expect(down.retryAfterMs).toBeGreaterThan(0);
  });

  it('lists the social services to sign in with, with no sign-in', async () => {
    expect(expectOk(await socialApi.providers(api)).items).toEqual(seedSocialProviders);
  });

  it('signs in with a social account: consent page 200, "Continue as" 302, authorization_code grant 200', async () => {
    const { verifier, state, url } = authorization('google', 'sign_in');
    const consent = expectPage(await openPage(url()), 200);
    expect(buttonsOf(consent)).toEqual([continueAsLabel(aliceGoogle.displayName), ANOTHER_ACCOUNT_LABEL, CANCEL_LABEL]);
    const query = backToApp(await press(consent, continueAsLabel(aliceGoogle.displayName)));
    expect(query.get('state')).toBe(state);

    const code = query.get('code') ?? '';
    const signedIn = expectOk(
      await sessionApi.authorizationCodeGrant(api, { code, codeVerifier: verifier, redirectUri: REDIRECT_URI, deviceName: DEVICE }),
    );
    expect(signedIn.user_id).toBe(seedUsers.alice.id);
    tokens.use(signedIn.access_token);
    expect(expectOk(await accountApi.sessions(api)).items[0]).toMatchObject({ device_name: DEVICE, current: true });
  });

  it('refuses an authorization code with 400: invalid_grant for a wrong verifier or a replay, social_not_linked', async () => {
    const grant = await browserGrant(aliceGoogle, 'sign_in');
    const wrongVerifier = { ...grant, codeVerifier: createPkcePair().verifier, deviceName: DEVICE };
    expect(expectFailure(await sessionApi.authorizationCodeGrant(api, wrongVerifier))).toMatchObject({
      status: 400,
      serverCode: 'invalid_grant',
    });

    // A code presented again is refused, and the session it started ends.
    const replayed = { ...(await browserGrant(aliceGoogle, 'sign_in')), deviceName: DEVICE };
    tokens.use(expectOk(await sessionApi.authorizationCodeGrant(api, replayed)).access_token);
    expect(expectFailure(await sessionApi.authorizationCodeGrant(api, replayed))).toMatchObject({
      status: 400,
      serverCode: 'invalid_grant',
    });
    expect(expectFailure(await profileApi.me(api)).code).toBe('unauthorized');

    expect(expectFailure(await socialSignIn(carolGoogle))).toMatchObject({ code: 'social_not_linked', status: 400 });
  });

  it('cancels on the consent page (302 access_denied); a faulty request or an answered page gets a 400 page', async () => {
    const { state, url } = authorization('google', 'sign_in');
    // Without S256 there is no PKCE worth the name.
    expect(buttonsOf(expectPage(await openPage(url({ code_challenge_method: 'plain' })), 400))).toEqual([]);

    const consent = expectPage(await openPage(url()), 200);
    expect(Object.fromEntries(backToApp(await press(consent, CANCEL_LABEL)))).toEqual({
      error: 'access_denied',
      state,
    });
    // Back to the page: every button of a request that is over gets a 400 page.
    for (const button of [ANOTHER_ACCOUNT_LABEL, continueAsLabel(aliceGoogle.displayName), CANCEL_LABEL]) {
      expectPage(await press(consent, button), 400);
    }
  });

  it('connects a social account (200), refusing a sign-in code (400) and an account another Bitrix ID holds (409)', async () => {
    await signIn(alice.email, alice.password);
    const connected = expectOk(await socialApi.connect(api, await browserGrant(aliceApple, 'connect')));
    expect(connected.social_accounts).toEqual([
      { provider: 'google', display_name: aliceGoogle.displayName },
      { provider: 'apple', display_name: aliceApple.displayName },
    ]);
    expect(expectFailure(await socialApi.connect(api, await browserGrant(aliceApple, 'sign_in')))).toMatchObject({
      status: 400,
      serverCode: 'invalid_grant',
    });

    await signIn(bob.email, bob.password);
    expect(expectFailure(await socialApi.connect(api, await browserGrant(aliceGoogle, 'connect')))).toMatchObject({
      code: 'social_taken',
      status: 409,
    });
  });

  it('disconnects a social account (200), refusing one not connected (404) and a password-less last way in (409)', async () => {
    await signIn(alice.email, alice.password);
    expect(expectOk(await socialApi.disconnect(api, 'google')).social_accounts).toEqual([]);
    expect(expectFailure(await socialApi.disconnect(api, 'google'))).toMatchObject({ code: 'not_found', status: 404 });

    // Dana has no password: her Yandex account is her only way in.
    tokens.use(expectOk(await socialSignIn(danaYandex)).access_token);
    expect(expectFailure(await socialApi.disconnect(api, 'yandex'))).toMatchObject({
      code: 'last_sign_in_method',
      status: 409,
    });
  });

  /** What an authenticator app with `secret` shows now, by the mock's clock. */
  const appCode = (secret: string, at: number = time) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at });

  /** Erin's password grant: 401 and the second step's token. */
  async function erinMfaToken(): Promise<string> {
    const challenge = expectFailure(await sessionApi.passwordGrant(api, erin.email, erin.password, DEVICE));
    expect(challenge).toMatchObject({ code: 'two_factor_required', status: 401 });
    if (!challenge.mfaChallenge) throw new Error('no mfa_token in the 401');
    return challenge.mfaChallenge.mfaToken;
  }

  it('signs in with two steps: password 401 two_factor_required, a wrong code 400, an ended token 400, a right code 200', async () => {
    const mfaToken = await erinMfaToken();
    const grant = (code: string, token: string = mfaToken) => twoFactorApi.grant(api, { mfaToken: token, code, deviceName: DEVICE });
    expect(expectFailure(await grant('000000'))).toMatchObject({ code: 'invalid_code', status: 400, attemptsLeft: 4 });
    expect(expectFailure(await grant(appCode(erinTwoFactor.secret), 'mt_never-issued'))).toMatchObject({
      code: 'sign_in_expired',
      status: 400,
    });
    const signedIn = expectOk(await grant(appCode(erinTwoFactor.secret)));
    expect(signedIn.user_id).toBe(seedUsers.erin.id);
    tokens.use(signedIn.access_token);
    expect(expectOk(await profileApi.me(api)).two_factor).toEqual({ enabled: true, recovery_codes_left: 10 });
    expect(expectOk(await mockRoutes.twoFactorCodes(api)).items).toEqual([
      { login: erin.email, code: appCode(erinTwoFactor.secret), valid_until: expect.any(String) },
    ]);
  });

  it('turns two-step on (setup 200, enable 400 then 200), renews the recovery codes (200) and turns it off (200), refusing wrong answers', async () => {
    await signIn(alice.email, alice.password);
    expect(expectFailure(await twoFactorApi.beginSetup(api, 'Wrong-Passw0rd!', undefined))).toMatchObject({
      code: 'wrong_password',
      status: 403,
    });
    const setup = expectOk(await twoFactorApi.beginSetup(api, alice.password, undefined));
    expect(expectFailure(await twoFactorApi.enable(api, setup.setup_id, '000000'))).toMatchObject({
      code: 'invalid_code',
      status: 400,
      attemptsLeft: 4,
    });
    expect(expectFailure(await twoFactorApi.enable(api, 'tfs_never-issued', '000000'))).toMatchObject({ code: 'code_expired', status: 400 });
    const codes = expectOk(await twoFactorApi.enable(api, setup.setup_id, appCode(setup.secret))).recovery_codes;
    expect(codes).toHaveLength(10);

    // Set up again on a new phone: a code is needed now.
    expect(expectFailure(await twoFactorApi.beginSetup(api, alice.password, undefined))).toMatchObject({ code: 'invalid_code', status: 400 });
    expectOk(await twoFactorApi.beginSetup(api, alice.password, codes[0]));

    expect(expectFailure(await twoFactorApi.newRecoveryCodes(api, alice.password, '000000'))).toMatchObject({
      code: 'invalid_code',
      status: 400,
    });
    const renewed = expectOk(await twoFactorApi.newRecoveryCodes(api, alice.password, codes[1] ?? '')).recovery_codes;

    expect(expectFailure(await twoFactorApi.disable(api, alice.password, '000000'))).toMatchObject({ code: 'invalid_code', status: 400 });
    // Wrong passwords here are the same check as the setup's (403 above); wrong answers count towards one lock.
    expect(expectOk(await twoFactorApi.disable(api, alice.password, renewed[0] ?? '')).two_factor).toEqual({
      enabled: false,
      recovery_codes_left: 0,
    });
  });

  it('refuses two-step changes to an account without a password (409), and locks them with 429 after 5 wrong answers', async () => {
    tokens.use(expectOk(await socialSignIn(danaYandex)).access_token);
    const withoutPassword: Array<ApiResult<unknown>> = [
      await twoFactorApi.beginSetup(api, 'Any-Passw0rd!', undefined),
      await twoFactorApi.disable(api, 'Any-Passw0rd!', '123456'),
      await twoFactorApi.newRecoveryCodes(api, 'Any-Passw0rd!', '123456'),
    ];
    for (const result of withoutPassword) {
      expect(expectFailure(result)).toMatchObject({ code: 'password_not_set', status: 409 });
    }

    await signIn(bob.email, bob.password);
    const wrongPasswords: Array<ApiResult<unknown>> = [
      await twoFactorApi.disable(api, 'Wrong-Passw0rd!', '123456'),
      await twoFactorApi.newRecoveryCodes(api, 'Wrong-Passw0rd!', '123456'),
      await twoFactorApi.beginSetup(api, 'Wrong-Passw0rd!', undefined),
      await twoFactorApi.beginSetup(api, 'Wrong-Passw0rd!', undefined),
      await twoFactorApi.beginSetup(api, 'Wrong-Passw0rd!', undefined),
    ];
    for (const result of wrongPasswords) expect(expectFailure(result)).toMatchObject({ code: 'wrong_password', status: 403 });
    const locked: Array<ApiResult<unknown>> = [
      await twoFactorApi.beginSetup(api, bob.password, undefined),
      await twoFactorApi.disable(api, bob.password, '123456'),
      await twoFactorApi.newRecoveryCodes(api, bob.password, '123456'),
    ];
    for (const result of locked) {
      expect(expectFailure(result)).toMatchObject({ code: 'rate_limited', status: 429 });
    }
  });

  it('proves an account without a password: a code (400 wrong, 429 too soon, 200) or Yandex again (200, then 400), then its first password', async () => {
    tokens.use(expectOk(await socialSignIn(danaYandex)).access_token);
    // Dana has no phone, and no password to give in place of a proof.
    expect(expectFailure(await accountApi.sendProofCode(api, 'phone'))).toMatchObject({ status: 400, fields: { channel: 'invalid' } });
    expect(expectFailure(await accountApi.setPassword(api, 'pf_never-issued', NEW_PASSWORD))).toMatchObject({
      status: 403,
      code: 'proof_required',
    });
    expect(expectFailure(await accountApi.prove(api, { code: '123456' }))).toMatchObject({ status: 400, serverCode: 'code_expired' });

    expect(expectOk(await accountApi.sendProofCode(api, 'email'))).toMatchObject({ channel: 'email', sent_to: seedUsers.dana.email });
    const tooSoon = expectFailure(await accountApi.sendProofCode(api, 'email'));
    expect(tooSoon).toMatchObject({ status: 429, code: 'rate_limited' });
    expect(tooSoon.retryAfterMs).toBe(60_000);
    const { code } = await latestMessage(seedUsers.dana.email);
    if (code === null) throw new Error('no code in the message to Dana');
    expect(expectFailure(await accountApi.prove(api, { code: code === '000000' ? '111111' : '000000' }))).toMatchObject({
      status: 400,
      code: 'invalid_code',
      attemptsLeft: 4,
    });
    expect(expectOk(await accountApi.prove(api, { code })).expires_in).toBe(300);

    const grant = await browserGrant(danaYandex, 'reauth');
    const { proof_token: proofToken } = expectOk(await accountApi.prove(api, grant));
    expect(expectFailure(await accountApi.prove(api, grant))).toMatchObject({ status: 400, serverCode: 'invalid_grant' });
    expect(expectOk(await accountApi.setPassword(api, proofToken, NEW_PASSWORD)).password_changed_at).toEqual(new Date(time).toISOString());
    expect(expectOk(await profileApi.me(api)).has_password).toBe(true);
    expect(expectOk(await socialApi.disconnect(api, 'yandex')).social_accounts).toEqual([]);
  });

  it('refuses a login change of an account without a password with no proof (403), and takes one with it (202)', async () => {
    tokens.use(expectOk(await socialSignIn(danaYandex)).access_token);
    const change = (authority: { proofToken: string } | { currentPassword: string }) =>
      accountApi.startLoginChange(api, { channel: 'email', value: 'dana.new@example.com', updatePortals: false, ...authority });
    expect(expectFailure(await change({ proofToken: 'pf_never-issued' }))).toMatchObject({ status: 403, code: 'proof_required' });
    const { proof_token: proofToken } = expectOk(await accountApi.prove(api, await browserGrant(danaYandex, 'reauth')));
    expect(expectOk(await change({ proofToken }))).toMatchObject({ channel: 'email', target: 'dana.new@example.com' });
  });

  it(`refuses a body over ${MAX_REQUEST_BODY_BYTES} bytes with 413 on every operation that takes one, before anything else`, async () => {
    const oversized = JSON.stringify({ padding: 'x'.repeat(MAX_REQUEST_BODY_BYTES) });
    const operations = operationsWithBody();
    expect(operations.length).toBeGreaterThan(0);
    for (const { method, path, mediaType } of operations) {
      const response = await fetch(`${running.baseUrl}${path}`, { method, headers: { 'content-type': mediaType }, body: oversized });
      expect(response.status, `${method} ${path}`).toBe(413);
      expect(await response.json()).toEqual({ error: 'invalid_request', message: BODY_TOO_LARGE_MESSAGE });
    }
  });

  it('says who it is on GET /health, with no sign-in', async () => {
    expect(expectOk(await serverApi.health(api))).toMatchObject({ name: expect.any(String), version: document.version });
  });

  it('serves the testing routes: issued secrets, and reading and switching the scenario', async () => {
    await signIn(bob.email, bob.password);
    expect(expectOk(await mockRoutes.issuedSecrets(api)).accessTokens).toContain(tokens.current());
    expect(expectOk(await mockRoutes.scenario(api)).scenario).toBe('default');
    expect(expectFailure(await mockRoutes.setScenario(api, 'no-such-scenario'))).toMatchObject({
      status: 400,
      fields: { name: 'invalid' },
    });
    expect(expectOk(await mockRoutes.setScenario(api, 'slow')).scenario).toBe('slow');
  });

  it('lets at most 1000 QR sign-in requests wait at once (429 with Retry-After)', async () => {
    for (let count = 0; count < 1000; count += 1) expectOk(await qrSignInApi.startDeviceAuthorization(api, 'Kitchen laptop'));
    const refused = expectFailure(await qrSignInApi.startDeviceAuthorization(api, 'Kitchen laptop'));
    expect(refused).toMatchObject({ status: 429, code: 'rate_limited' });
    expect(refused.retryAfterMs).toBeGreaterThan(0);
  });

  it('signs in with a QR code: start 200, pending and slow_down 400, the page 200, approve 200, tokens 200, then used up', async () => {
    const started = expectOk(await qrSignInApi.startDeviceAuthorization(api, 'Kitchen laptop'));
    expect([started.expires_in, started.interval]).toEqual([120, 2]);
    expect(titleOf(await openPage(started.verification_uri_complete))).toBe('Sign in with a QR code');
    const poll = () => qrSignInApi.deviceCodeGrant(api, started.device_code);
    expect(expectFailure(await poll())).toMatchObject({ status: 400, serverCode: 'authorization_pending' });
    expect(expectFailure(await poll())).toMatchObject({ status: 400, serverCode: 'slow_down' });

    await signIn(bob.email, bob.password);
    expect(expectOk(await qrSignInApi.approve(api, started.user_code))).toEqual({ device_name: 'Kitchen laptop' });
    const granted = expectOk(await poll());
    expect(granted.user_id).toBe(seedUsers.bob.id);
    expect(expectFailure(await poll())).toMatchObject({ status: 400, serverCode: 'invalid_grant' });

    // A device name over 200 characters is not a request.
    expect(expectFailure(await qrSignInApi.startDeviceAuthorization(api, 'x'.repeat(201)))).toMatchObject({
      status: 400,
      fields: { deviceName: 'too_long' },
    });
  });

  it('refuses a QR approval: no code 400, unknown 404, approved 409, expired 410 (and 400 expired_token to the poller), too many wrong 429', async () => {
    await signIn(alice.email, alice.password);
    expect(expectFailure(await qrSignInApi.approve(api, ''))).toMatchObject({ status: 400, fields: { userCode: 'required' } });
    const first = expectOk(await qrSignInApi.startDeviceAuthorization(api, 'Kitchen laptop'));
    expectOk(await qrSignInApi.approve(api, first.user_code));
    expect(expectFailure(await qrSignInApi.approve(api, first.user_code))).toMatchObject({ status: 409, serverCode: 'already_approved' });

    const late = expectOk(await qrSignInApi.startDeviceAuthorization(api, 'Kitchen laptop'));
    time += 120_000;
    expect(expectFailure(await qrSignInApi.approve(api, late.user_code))).toMatchObject({ status: 410, serverCode: 'expired_token' });
    expect(expectFailure(await qrSignInApi.deviceCodeGrant(api, late.device_code))).toMatchObject({
      status: 400,
      serverCode: 'expired_token',
    });

    for (let attempt = 1; attempt <= 10; attempt++) {
      expect(expectFailure(await qrSignInApi.approve(api, 'BBBB-BBBB'))).toMatchObject({ code: 'not_found', status: 404 });
    }
    const limited = expectFailure(await qrSignInApi.approve(api, 'BBBB-BBBB'));
    expect(limited).toMatchObject({ code: 'rate_limited', status: 429 });
    expect(limited.retryAfterMs).toBeGreaterThan(0);
  });

  it('approves the newest QR sign-in as a tester (200), saying when none waits (404) or no login is given (400)', async () => {
    expect(expectFailure(await mockRoutes.approveQrSignIn(api, alice.email))).toMatchObject({ status: 404 });
    expect(expectFailure(await mockRoutes.approveQrSignIn(api, ''))).toMatchObject({ status: 400, fields: { login: 'required' } });
    const started = expectOk(await qrSignInApi.startDeviceAuthorization(api, 'Kitchen laptop'));
    expect(expectOk(await mockRoutes.approveQrSignIn(api, alice.email))).toEqual({ device_name: 'Kitchen laptop' });
    expect(expectOk(await qrSignInApi.deviceCodeGrant(api, started.device_code)).user_id).toBe(seedUsers.alice.id);
  });

  // Declared last: vitest runs a describe's tests in order, so every step above has been recorded.
  it('got every documented response except the ones listed as unreachable', () => {
    expect(coverage.missing()).toEqual(Object.keys(NOT_EXERCISED).sort());
  });
});
