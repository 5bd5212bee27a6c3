import { describe, expect, it } from 'vitest';
import {
  AUTHORIZATION_CODE_TTL_MS,
  AUTHORIZATION_REQUEST_TTL_MS,
  EMBEDDED_MOCK_BASE_URL,
  MockBackend,
  seedSocialIdentities,
  seedSocialProviders,
} from '../index.ts';
import type { IssuedSecretsBody, SessionBody, TokenBody } from './api-client.ts';
import { useMockApi } from './msw-harness.ts';
import {
  authorizeUrl,
  buttonsOf,
  INVALID_CODE_FROM_TOKEN_ENDPOINT,
  openPage,
  pkcePair,
  press,
  REDIRECT_URI,
  redirectQuery,
  socialGrant,
  titleOf,
  type BrowserReply,
} from './social-flow.ts';

const mock = useMockApi();
const BASE = EMBEDDED_MOCK_BASE_URL;
const { aliceGoogle, carolGoogle, aliceApple } = seedSocialIdentities;

function expectBrowserHeaders(reply: BrowserReply): void {
  expect(reply.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(reply.headers.get('content-security-policy')).toBe(
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http://127.0.0.1:*",
  );
  expect(reply.headers.get('x-frame-options')).toBe('DENY');
  expect(reply.headers.get('cache-control')).toBe('no-store');
}

const googleSignIn = (displayName: string = aliceGoogle.displayName) =>
  socialGrant(BASE, { provider: 'google', mode: 'sign_in', displayName });

describe('GET /social/providers', () => {
  it('lists the seed providers in their order, without sign-in', async () => {
    const reply = await mock.api.socialProviders();
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ items: seedSocialProviders });
  });
});

describe('GET /oauth/authorize', () => {
  it('shows a page titled with the provider, offering its first account, another account or Cancel', async () => {
    const page = await openPage(authorizeUrl(BASE, pkcePair(), 'google'));
    expect(page.status).toBe(200);
    expectBrowserHeaders(page);
    expect(titleOf(page)).toBe('Sign in with Google');
    expect(buttonsOf(page)).toEqual([
      'Continue as Alice Demo (alice.demo@gmail.com)',
      'Sign in with another account',
      'Cancel',
    ]);
    expect(page.body).not.toMatch(/<script/i);
  });

  it('titles a connect request "Connect <Provider>" and offers that provider\'s accounts', async () => {
    const page = await openPage(authorizeUrl(BASE, pkcePair(), 'apple', { mode: 'connect' }));
    expect(titleOf(page)).toBe('Connect Apple');
    expect(buttonsOf(page)[0]).toBe('Continue as Alice Demo (alice@icloud.com)');
  });

  it('lists every account of the provider after "Sign in with another account"', async () => {
    const page = await openPage(authorizeUrl(BASE, pkcePair(), 'yandex'));
    const accounts = await press(page, 'Sign in with another account');
    expect(accounts.status).toBe(200);
    expectBrowserHeaders(accounts);
    expect(titleOf(accounts)).toBe('Sign in with Yandex');
    expect(buttonsOf(accounts)).toEqual([
      'Continue as Alice Demo (alice@yandex.ru)',
      'Continue as Carol Unlinked (carol@yandex.ru)',
      'Continue as Dana Social (dana@yandex.ru)',
      'Cancel',
    ]);
  });

  const refusals: [string, Record<string, string | undefined>][] = [
    ['an unknown provider', { provider: 'myspace' }],
    ['a missing redirect_uri', { redirect_uri: undefined }],
    ['a redirect_uri off the machine', { redirect_uri: 'https://evil.example/callback' }],
    ['a redirect_uri to localhost', { redirect_uri: 'http://localhost:49152/callback' }],
    ['a redirect_uri to another loopback address', { redirect_uri: 'http://127.0.0.2:49152/callback' }],
    ['a redirect_uri without a port', { redirect_uri: 'http://127.0.0.1/callback' }],
    ['a redirect_uri with port 0', { redirect_uri: 'http://127.0.0.1:0/callback' }],
    ['a redirect_uri with a fragment', { redirect_uri: 'http://127.0.0.1:49152/callback#top' }],
    ['a redirect_uri with user info', { redirect_uri: 'http://me@127.0.0.1:49152/callback' }],
    ['an https loopback redirect_uri', { redirect_uri: 'https://127.0.0.1:49152/callback' }],
    ['a missing state', { state: undefined }],
    ['an empty state', { state: '' }],
    ['a missing code_challenge', { code_challenge: undefined }],
    ['the plain challenge method', { code_challenge_method: 'plain' }],
    ['no challenge method (plain by default)', { code_challenge_method: undefined }],
    ['a challenge that is no S256 digest', { code_challenge: 'too-short' }],
    ['response_type=token', { response_type: 'token' }],
    ['a missing response_type', { response_type: undefined }],
    ['an unknown mode', { mode: 'admin' }],
  ];

  it.each(refusals)('refuses %s with a 400 page that leads nowhere', async (_case, overrides) => {
    const page = await openPage(authorizeUrl(BASE, pkcePair(), 'google', overrides));
    expect(page.status).toBe(400);
    expectBrowserHeaders(page);
    expect(page.location).toBeNull();
    expect(buttonsOf(page)).toEqual([]);
    expect(page.body).toContain('Go back to Bitrix ID Desktop and try again.');
  });

  it('names the provider on a refusal when it knows it', async () => {
    const page = await openPage(authorizeUrl(BASE, pkcePair(), 'apple', { state: undefined }));
    expect(titleOf(page)).toBe('Apple sign-in cannot continue');
    expect(page.body).toContain('The request has no state.');
  });

  it('refuses a parameter given twice', async () => {
    const url = `${authorizeUrl(BASE, pkcePair(), 'google')}&redirect_uri=${encodeURIComponent('http://127.0.0.1:1/other')}`;
    const page = await openPage(url);
    expect(page.status).toBe(400);
    expect(page.body).toContain('appears more than once');
  });

  it('shows nothing of a hostile request as markup', async () => {
    const page = await openPage(authorizeUrl(BASE, pkcePair(), '<script>alert(1)</script>'));
    expect(page.status).toBe(400);
    expect(page.body).not.toContain('<script>');
  });
});

describe('answering the consent page', () => {
  it('redirects a choice to redirect_uri with a one-time code and the state, unchanged', async () => {
    const state = 'any state: the app checks it, & not the server/é';
    const page = await openPage(authorizeUrl(BASE, pkcePair(), 'google', { state }));
    const chosen = await press(page, 'Continue as Alice Demo (alice.demo@gmail.com)');
    expect(chosen.status).toBe(302);
    expect(chosen.headers.get('cache-control')).toBe('no-store');
    const location = new URL(chosen.location ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    const query = redirectQuery(chosen);
    expect(query.get('state')).toBe(state);
    const code = query.get('code') ?? '';
    expect(code).toMatch(/^ac_[A-Za-z0-9_-]{43}$/);
    expect(((await mock.api.issuedSecrets()).body as IssuedSecretsBody).codes).toEqual([code]);
  });

  it('sends error=access_denied and the state on Cancel, and no code', async () => {
    const page = await openPage(authorizeUrl(BASE, pkcePair(), 'google'));
    const query = redirectQuery(await press(page, 'Cancel'));
    expect(Object.fromEntries(query)).toEqual({ error: 'access_denied', state: 'state-from-the-app' });
    expect(((await mock.api.issuedSecrets()).body as IssuedSecretsBody).codes).toEqual([]);
  });

  it('cancels from the list of accounts too', async () => {
    const accounts = await press(await openPage(authorizeUrl(BASE, pkcePair(), 'vk')), 'Sign in with another account');
    expect(redirectQuery(await press(accounts, 'Cancel')).get('error')).toBe('access_denied');
  });

  it('keeps the path and query of an IPv6 loopback redirect URI', async () => {
    const redirectUri = 'http://[::1]:5000/done?from=test';
    const page = await openPage(authorizeUrl(BASE, pkcePair(), 'zoom', { redirect_uri: redirectUri }));
    const location = (await press(page, 'Continue as Alice Demo (alice@zoom.us)')).location ?? '';
    expect(location).toMatch(/^http:\/\/\[::1\]:5000\/done\?from=test&code=ac_[\w-]+&state=state-from-the-app$/);
  });

  it('answers a page once: the second press gets a 400 page and no code', async () => {
    const page = await openPage(authorizeUrl(BASE, pkcePair(), 'google'));
    expect((await press(page, 'Continue as Alice Demo (alice.demo@gmail.com)')).status).toBe(302);
    for (const name of ['Continue as Alice Demo (alice.demo@gmail.com)', 'Cancel']) {
      const again = await press(page, name);
      expect(again.status).toBe(400);
      expect(again.location).toBeNull();
      expect(again.body).toContain('expired or has already been used');
    }
    expect(((await mock.api.issuedSecrets()).body as IssuedSecretsBody).codes).toHaveLength(1);
  });

  it('stops answering a page left open for 10 minutes', async () => {
    const page = await openPage(authorizeUrl(BASE, pkcePair(), 'google'));
    mock.advance(AUTHORIZATION_REQUEST_TTL_MS);
    expect((await press(page, 'Sign in with another account')).status).toBe(400);
    expect((await press(page, 'Continue as Alice Demo (alice.demo@gmail.com)')).status).toBe(400);
  });

  it("refuses another provider's account, and the page still works", async () => {
    const page = await openPage(authorizeUrl(BASE, pkcePair(), 'google'));
    const forged = page.body.replace(`value="${aliceGoogle.id}"`, `value="${aliceApple.id}"`);
    const refused = await press({ ...page, body: forged }, 'Continue as Alice Demo (alice.demo@gmail.com)');
    expect(refused.status).toBe(400);
    expect(titleOf(refused)).toBe('Google sign-in cannot continue');
    expect((await press(page, 'Continue as Alice Demo (alice.demo@gmail.com)')).status).toBe(302);
  });
});

describe('POST /auth/token, grant_type=authorization_code', () => {
  it('signs Alice in with her Google account: a new app session, as with a password', async () => {
    const reply = await mock.api.socialSignIn(await googleSignIn(), 'Social laptop');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    const tokens = reply.body as TokenBody;
    expect(tokens).toEqual({
      access_token: expect.stringMatching(/^at_/),
      token_type: 'Bearer',
      expires_in: 3600,
      refresh_token: expect.stringMatching(/^rt_/),
      user_id: 'u-alice',
      scope: 'profile portals account',
    });
    const sessions = ((await mock.api.sessions(tokens.access_token)).body as { items: SessionBody[] }).items;
    expect(sessions[0]).toMatchObject({ device_name: 'Social laptop', client: 'app', current: true });
    expect((await mock.api.refresh(tokens.refresh_token)).status).toBe(200);
  });

  it("refuses Carol's Google account, linked to nobody, with social_not_linked and creates nothing", async () => {
    const reply = await mock.api.socialSignIn(await googleSignIn(carolGoogle.displayName));
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({
      error: 'social_not_linked',
      message:
        'This Google account is not linked to any Bitrix ID. Sign in with your password and connect it in your profile.',
      error_description:
        'This Google account is not linked to any Bitrix ID. Sign in with your password and connect it in your profile.',
    });
    const secrets = (await mock.api.issuedSecrets()).body as IssuedSecretsBody;
    expect([secrets.accessTokens, secrets.refreshTokens]).toEqual([[], []]);
  });

  const spoiled: [string, (grant: Awaited<ReturnType<typeof googleSignIn>>) => Record<string, string>][] = [
    ['a verifier of another pair', (grant) => ({ ...grant, code_verifier: pkcePair().verifier })],
    [
      'a verifier one character off',
      (grant) => ({ ...grant, code_verifier: grant.code_verifier.slice(0, -1) + (grant.code_verifier.endsWith('A') ? 'B' : 'A') }),
    ],
    ['no verifier', ({ code, redirect_uri }) => ({ code, redirect_uri })],
    ['a redirect_uri other than the authorized one', (grant) => ({ ...grant, redirect_uri: 'http://127.0.0.1:49153/callback' })],
    ['a code the server never issued', (grant) => ({ ...grant, code: `ac_${'x'.repeat(43)}` })],
  ];

  it.each(spoiled)('refuses %s with invalid_grant, and signs nobody in', async (_case, spoil) => {
    const reply = await mock.api.socialSignIn(spoil(await googleSignIn()));
    expect([reply.status, reply.body]).toEqual([400, INVALID_CODE_FROM_TOKEN_ENDPOINT]);
    expect(((await mock.api.issuedSecrets()).body as IssuedSecretsBody).accessTokens).toEqual([]);
  });

  it('uses a code up at its first presentation, even a refused one', async () => {
    const grant = await googleSignIn();
    expect((await mock.api.socialSignIn({ ...grant, code_verifier: pkcePair().verifier })).status).toBe(400);
    expect((await mock.api.socialSignIn(grant)).body).toEqual(INVALID_CODE_FROM_TOKEN_ENDPOINT);
  });

  it('refuses a code presented again and ends the session it started (RFC 6749 §4.1.2)', async () => {
    const grant = await googleSignIn();
    const first = (await mock.api.socialSignIn(grant)).body as TokenBody;
    expect((await mock.api.me(first.access_token)).status).toBe(200);

    const replay = await mock.api.socialSignIn(grant);
    expect([replay.status, replay.body]).toEqual([400, INVALID_CODE_FROM_TOKEN_ENDPOINT]);
    expect((await mock.api.me(first.access_token)).status).toBe(401);
    expect((await mock.api.refresh(first.refresh_token)).status).toBe(400);
  });

  it('leaves sessions the replayed code did not start alone', async () => {
    const other = (await mock.api.socialSignIn(await googleSignIn())).body as TokenBody;
    const grant = await googleSignIn();
    await mock.api.socialSignIn(grant);
    await mock.api.socialSignIn(grant);
    expect((await mock.api.me(other.access_token)).status).toBe(200);
  });

  it('takes a code for 60 seconds and refuses it after', async () => {
    expect(AUTHORIZATION_CODE_TTL_MS).toBe(60_000);
    const early = await googleSignIn();
    const late = await googleSignIn();
    mock.advance(59_000);
    expect((await mock.api.socialSignIn(early)).status).toBe(200);
    mock.advance(2_000);
    expect((await mock.api.socialSignIn(late)).body).toEqual(INVALID_CODE_FROM_TOKEN_ENDPOINT);
  });

  it('refuses a code issued for connecting an account', async () => {
    const grant = await socialGrant(BASE, { provider: 'google', mode: 'connect', displayName: aliceGoogle.displayName });
    expect((await mock.api.socialSignIn(grant)).body).toEqual(INVALID_CODE_FROM_TOKEN_ENDPOINT);
  });

  it('names a missing code and redirect_uri as invalid_request fields', async () => {
    const reply = await mock.api.socialSignIn({ code_verifier: pkcePair().verifier });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ error: 'invalid_request', fields: { code: 'required', redirect_uri: 'required' } });
  });

  it('keeps codes out of the snapshot, and a restarted backend knows none of them', async () => {
    const grant = await googleSignIn();
    const saved = JSON.stringify(mock.backend.snapshot());
    expect(saved).not.toContain(grant.code);
    expect(saved).not.toContain(grant.code.slice(3));
    expect(saved).not.toContain(grant.code_verifier);

    mock.serve(MockBackend.fromSnapshot(JSON.parse(saved), mock.clockOptions()));
    expect((await mock.api.socialSignIn(grant)).body).toEqual(INVALID_CODE_FROM_TOKEN_ENDPOINT);
  });

  it('forgets pending pages and codes on POST /__mock/reset', async () => {
    const page = await openPage(authorizeUrl(BASE, pkcePair(), 'google'));
    const grant = await googleSignIn();
    await mock.api.reset();
    expect((await press(page, 'Cancel')).status).toBe(400);
    expect((await mock.api.socialSignIn(grant)).body).toEqual(INVALID_CODE_FROM_TOKEN_ENDPOINT);
  });
});

describe('scenarios and the social routes', () => {
  it('keep the consent page up under flaky and rate-limited, which still hit the API', async () => {
    // Every draw is a failure under `flaky`.
    mock.serve(new MockBackend({ ...mock.clockOptions(), random: () => 0 }));
    for (const scenario of ['flaky', 'rate-limited'] as const) {
      mock.backend.setScenario(scenario);
      const page = await openPage(authorizeUrl(BASE, pkcePair(), 'google'));
      expect(page.status, scenario).toBe(200);
      expect(redirectQuery(await press(page, 'Cancel')).get('error'), scenario).toBe('access_denied');
      expect((await mock.api.socialProviders()).status, scenario).toBe(scenario === 'flaky' ? 500 : 429);
      expect((await mock.api.socialSignIn({ code: 'ac_x', redirect_uri: REDIRECT_URI })).status, scenario).toBe(
        scenario === 'flaky' ? 500 : 429,
      );
    }
  });

  it('take the consent page down with everything else when offline', async () => {
    mock.backend.setScenario('offline');
    await expect(openPage(authorizeUrl(BASE, pkcePair(), 'google'))).rejects.toThrow();
    await expect(mock.api.socialProviders()).rejects.toThrow();
  });
});
