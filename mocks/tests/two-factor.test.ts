import { Secret, TOTP } from 'otpauth';
import { beforeEach, describe, expect, it } from 'vitest';
import { EMBEDDED_MOCK_BASE_URL, seedCredentials, seedSocialIdentities, seedTwoFactor } from '../index.ts';
import type { ApiReply, ErrorBody, TokenBody } from './api-client.ts';
import { MINUTE, SECOND, START_TIME, useMockApi } from './msw-harness.ts';
import { socialGrant } from './social-flow.ts';

const mock = useMockApi();
const erin = seedCredentials.erin;
const erinSeed = seedTwoFactor.erin;
const alice = seedCredentials.alice;
const MFA_EXPIRED = {
  error: 'invalid_grant',
  message: 'This sign-in has expired. Sign in again.',
  error_description: 'This sign-in has expired. Sign in again.',
  reason: 'mfa_token_expired',
};

/** What an authenticator app with `secret` shows at `time` (an independent implementation of the server's rule). */
function appCode(secret: string, time: number): string {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: time });
}

let clock = START_TIME;
function advance(ms: number): void {
  clock += ms;
  mock.advance(ms);
}

interface TwoFactorRequiredBody {
  error: string;
  mfa_token: string;
  expires_in: number;
}

async function erinMfaToken(deviceName?: string): Promise<string> {
  const reply = await mock.api.signIn(erin.email, erin.password, deviceName);
  expect(reply.status).toBe(401);
  return (reply.body as TwoFactorRequiredBody).mfa_token;
}

const secondStep = (mfaToken: string, code: string, deviceName?: string) =>
  mock.api.postJson('/auth/token', { grant_type: 'two_factor', mfa_token: mfaToken, code, device_name: deviceName });

async function signInErin(): Promise<TokenBody> {
  const reply = await secondStep(await erinMfaToken(), appCode(erinSeed.secret, clock));
  expect(reply.status).toBe(200);
  return reply.body as TokenBody;
}

const post = (path: string, body: unknown, accessToken: string) => mock.api.postJson(path, body, accessToken);
const errorOf = (reply: ApiReply) => [reply.status, (reply.body as ErrorBody).error];

describe('two-step sign-in: the password grant and the two_factor grant', () => {
  beforeEachClock();

  it('answers a right password of a two-step account with 401 two_factor_required, an mfa_token and no tokens', async () => {
    const reply = await mock.api.signIn(erin.email, erin.password);
    expect(reply.status).toBe(401);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    expect(reply.body).toEqual({
      error: 'two_factor_required',
      error_description: expect.any(String),
      message: expect.any(String),
      mfa_token: expect.stringMatching(/^mt_[A-Za-z0-9_-]{43,}$/),
      expires_in: 300,
    });
    expect(mock.backend.snapshot().sessions.filter((session) => session.userId === erin.userId)).toEqual([]);
    // The token is a secret like any other: listed for the leak tests, never in the snapshot.
    const token = (reply.body as TwoFactorRequiredBody).mfa_token;
    expect(mock.backend.issuedSecrets().codes).toContain(token);
    expect(JSON.stringify(mock.backend.snapshot())).not.toContain(token);
  });

  it('still refuses a wrong password with invalid_grant (no mfa_token)', async () => {
    const reply = await mock.api.signIn(erin.email, 'Erin-Passw0rd?');
    expect(reply.status).toBe(400);
    expect((reply.body as ErrorBody).error).toBe('invalid_grant');
  });

  it('signs Erin in with the code of her authenticator app, keeping the device name given with the password', async () => {
    const mfaToken = await erinMfaToken('Erin laptop');
    const reply = await secondStep(mfaToken, appCode(erinSeed.secret, clock), 'Another name');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    const tokens = reply.body as TokenBody;
    expect(tokens.user_id).toBe(erin.userId);
    expect((await mock.api.me(tokens.access_token)).body).toMatchObject({ two_factor: { enabled: true, recovery_codes_left: 10 } });
    const sessions = (await mock.api.sessions(tokens.access_token)).body as { items: Array<{ device_name: string; current: boolean }> };
    expect(sessions.items.find((session) => session.current)?.device_name).toBe('Erin laptop');
  });

  it('uses the mfa_token up: the same token with another right code is refused', async () => {
    const mfaToken = await erinMfaToken();
    expect((await secondStep(mfaToken, appCode(erinSeed.secret, clock))).status).toBe(200);
    advance(30 * SECOND);
    const again = await secondStep(mfaToken, appCode(erinSeed.secret, clock));
    expect([again.status, again.body]).toEqual([400, MFA_EXPIRED]);
  });

  it('accepts the codes of one step either side of now, and not two steps away', async () => {
    for (const offset of [-30 * SECOND, 30 * SECOND]) {
      advance(2 * MINUTE);
      const reply = await secondStep(await erinMfaToken(), appCode(erinSeed.secret, clock + offset));
      expect(reply.status).toBe(200);
    }
    advance(2 * MINUTE);
    const mfaToken = await erinMfaToken();
    for (const offset of [-60 * SECOND, 60 * SECOND]) {
      const reply = await secondStep(mfaToken, appCode(erinSeed.secret, clock + offset));
      expect(errorOf(reply)).toEqual([400, 'invalid_code']);
    }
  });

  it('never accepts a code twice, nor one older than the last accepted (no replay)', async () => {
    const code = appCode(erinSeed.secret, clock);
    expect((await secondStep(await erinMfaToken(), code)).status).toBe(200);
    const replay = await secondStep(await erinMfaToken(), code);
    expect(replay.body).toEqual({ error: 'invalid_code', message: 'The code is wrong.', error_description: 'The code is wrong.', attempts_left: 4 });
    // The previous step's code is within the window, but older than the one used.
    const older = await secondStep(await erinMfaToken(), appCode(erinSeed.secret, clock - 30 * SECOND));
    expect(errorOf(older)).toEqual([400, 'invalid_code']);
    advance(30 * SECOND);
    expect((await secondStep(await erinMfaToken(), appCode(erinSeed.secret, clock))).status).toBe(200);
  });

  it('ends the mfa_token after 5 wrong codes: the 5th answers invalid_grant, and the right code then too', async () => {
    const mfaToken = await erinMfaToken();
    const left: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      left.push(((await secondStep(mfaToken, '000000')).body as ErrorBody).attempts_left ?? -1);
    }
    expect(left).toEqual([4, 3, 2, 1]);
    expect((await secondStep(mfaToken, '000000')).body).toEqual(MFA_EXPIRED);
    expect((await secondStep(mfaToken, appCode(erinSeed.secret, clock))).body).toEqual(MFA_EXPIRED);
  });

  it('shuts the second step for the account after 10 wrong codes in 15 minutes, whatever the mfa_token', async () => {
    for (let token = 0; token < 2; token += 1) {
      const mfaToken = await erinMfaToken();
      for (let attempt = 0; attempt < 5; attempt += 1) await secondStep(mfaToken, '000000');
    }
    const locked = await secondStep(await erinMfaToken(), appCode(erinSeed.secret, clock));
    expect(errorOf(locked)).toEqual([429, 'rate_limited']);
    expect(Number(locked.headers.get('retry-after'))).toBe(15 * 60);
    advance(15 * MINUTE);
    expect((await secondStep(await erinMfaToken(), appCode(erinSeed.secret, clock))).status).toBe(200);
  });

  it('lets an mfa_token live 5 minutes', async () => {
    const early = await erinMfaToken();
    const late = await erinMfaToken();
    advance(5 * MINUTE - SECOND);
    expect((await secondStep(early, appCode(erinSeed.secret, clock))).status).toBe(200);
    advance(SECOND);
    expect((await secondStep(late, appCode(erinSeed.secret, clock + 30 * SECOND))).body).toEqual(MFA_EXPIRED);
  });

  it('refuses an unknown mfa_token as expired, and names missing fields', async () => {
    expect((await secondStep('mt_unknown', '123456')).body).toEqual(MFA_EXPIRED);
    const missing = await mock.api.postJson('/auth/token', { grant_type: 'two_factor' });
    expect([missing.status, (missing.body as ErrorBody).fields]).toEqual([400, { mfa_token: 'required', code: 'required' }]);
  });

  it('signs in with a recovery code, typed in any case and with spaces, once only', async () => {
    const [first] = erinSeed.recoveryCodes;
    const typed = ` ${first.toUpperCase().replace('-', ' ')} `;
    const reply = await secondStep(await erinMfaToken(), typed);
    expect(reply.status).toBe(200);
    expect((await mock.api.me((reply.body as TokenBody).access_token)).body).toMatchObject({
      two_factor: { enabled: true, recovery_codes_left: 9 },
    });
    expect(errorOf(await secondStep(await erinMfaToken(), first))).toEqual([400, 'invalid_code']);
    expect((await secondStep(await erinMfaToken(), erinSeed.recoveryCodes[1])).status).toBe(200);
  });

  it('keeps the password limit: a right password still clears the failures, and a locked login gets no mfa_token', async () => {
    for (let attempt = 0; attempt < 9; attempt += 1) await mock.api.signIn(erin.email, 'wrong');
    expect((await mock.api.signIn(erin.email, erin.password)).status).toBe(401);
    for (let attempt = 0; attempt < 10; attempt += 1) await mock.api.signIn(erin.email, 'wrong');
    const locked = await mock.api.signIn(erin.email, erin.password);
    expect(errorOf(locked)).toEqual([429, 'rate_limited']);
  });

  it('checks at most 5 codes of a burst of 20 concurrent wrong ones, and then ends the token', async () => {
    const mfaToken = await erinMfaToken();
    const replies = await Promise.all(Array.from({ length: 20 }, (_, index) => secondStep(mfaToken, String(100000 + index))));
    const checked = replies.filter((reply) => (reply.body as ErrorBody).error === 'invalid_code');
    expect(checked.length).toBe(4);
    expect(replies.filter((reply) => (reply.body as ErrorBody).reason === 'mfa_token_expired').length).toBe(16);
    expect((await secondStep(mfaToken, appCode(erinSeed.secret, clock))).body).toEqual(MFA_EXPIRED);
  });

  it('lets one of two concurrent requests with the same right code through', async () => {
    const [first, second] = [await erinMfaToken(), await erinMfaToken()];
    const code = appCode(erinSeed.secret, clock);
    const replies = await Promise.all([secondStep(first, code), secondStep(second, code)]);
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 400]);
  });

  it('asks a two-step account that signs in with a social service for the code too', async () => {
    const tokens = await signInErin();
    const { carolGoogle } = seedSocialIdentities;
    const connect = await socialGrant(EMBEDDED_MOCK_BASE_URL, { provider: 'google', mode: 'connect', displayName: carolGoogle.displayName });
    expect((await mock.api.connectSocial(tokens.access_token, connect)).status).toBe(200);
    const signIn = await socialGrant(EMBEDDED_MOCK_BASE_URL, { provider: 'google', mode: 'sign_in', displayName: carolGoogle.displayName });
    const reply = await mock.api.socialSignIn(signIn, 'Erin phone');
    expect(reply.status).toBe(401);
    const body = reply.body as TwoFactorRequiredBody;
    expect(body.error).toBe('two_factor_required');
    advance(30 * SECOND);
    const finished = await secondStep(body.mfa_token, appCode(erinSeed.secret, clock));
    expect([finished.status, (finished.body as TokenBody).user_id]).toEqual([200, erin.userId]);
  });

  it('ends the session a social sign-in finished with its second step when its code is replayed', async () => {
    const tokens = await signInErin();
    const { carolGoogle } = seedSocialIdentities;
    const connect = await socialGrant(EMBEDDED_MOCK_BASE_URL, { provider: 'google', mode: 'connect', displayName: carolGoogle.displayName });
    expect((await mock.api.connectSocial(tokens.access_token, connect)).status).toBe(200);
    const signIn = await socialGrant(EMBEDDED_MOCK_BASE_URL, { provider: 'google', mode: 'sign_in', displayName: carolGoogle.displayName });
    const mfaToken = ((await mock.api.socialSignIn(signIn)).body as TwoFactorRequiredBody).mfa_token;
    advance(30 * SECOND);
    const finished = (await secondStep(mfaToken, appCode(erinSeed.secret, clock))).body as TokenBody;
    expect((await mock.api.me(finished.access_token)).status).toBe(200);

    expect((await mock.api.socialSignIn(signIn)).status).toBe(400);
    expect((await mock.api.me(finished.access_token)).status).toBe(401);
    expect((await mock.api.me(tokens.access_token)).status).toBe(200);
  });

  it('ends an mfa_token whose account turned two-step off: it does not work after two-step is back on', async () => {
    const tokens = await signInErin();
    const mfaToken = await erinMfaToken();
    advance(30 * SECOND);
    const off = await post('/me/two-factor/disable', { current_password: erin.password, code: appCode(erinSeed.secret, clock) }, tokens.access_token);
    expect(off.status).toBe(200);
    expect((await secondStep(mfaToken, '123456')).body).toEqual(MFA_EXPIRED);

    const setup = (await post('/me/two-factor/setup', { current_password: erin.password }, tokens.access_token)).body as { setup_id: string; secret: string };
    const on = await post('/me/two-factor/enable', { setup_id: setup.setup_id, code: appCode(setup.secret, clock) }, tokens.access_token);
    expect(on.status).toBe(200);
    advance(30 * SECOND);
    const again = await secondStep(mfaToken, appCode(setup.secret, clock));
    expect([again.status, again.body]).toEqual([400, MFA_EXPIRED]);
  });

  it("shows testers each two-step account's current code", async () => {
    const reply = await mock.api.send('/__mock/two-factor-codes');
    expect(reply.body).toEqual({
      items: [{ login: erin.email, code: appCode(erinSeed.secret, clock), valid_until: new Date(START_TIME + 30 * SECOND).toISOString() }],
    });
  });
});

describe('two-step sign-in: turning it on, off, and new recovery codes', () => {
  beforeEachClock();

  async function aliceToken(): Promise<string> {
    return ((await mock.api.signIn(alice.email, alice.password)).body as TokenBody).access_token;
  }

  interface SetupBody {
    setup_id: string;
    secret: string;
    otpauth_uri: string;
    expires_at: string;
  }

  async function setup(accessToken: string, body: Record<string, unknown> = { current_password: alice.password }): Promise<SetupBody> {
    const reply = await post('/me/two-factor/setup', body, accessToken);
    expect(reply.status).toBe(200);
    return reply.body as SetupBody;
  }

  it('turns two-step on for Alice: a new secret, confirmed by its code, ten recovery codes; her next sign-in asks for a code', async () => {
    const token = await aliceToken();
    const started = await setup(token);
    expect(started.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(started.otpauth_uri).toBe(
      `otpauth://totp/Bitrix24:alice%40example.com?secret=${started.secret}&issuer=Bitrix24&algorithm=SHA1&digits=6&period=30`,
    );
    expect(started.expires_at).toBe(new Date(START_TIME + 10 * MINUTE).toISOString());
    expect(mock.backend.issuedSecrets().codes).toContain(started.secret);

    const enabled = await post('/me/two-factor/enable', { setup_id: started.setup_id, code: appCode(started.secret, clock) }, token);
    expect(enabled.status).toBe(200);
    const codes = (enabled.body as { recovery_codes: string[] }).recovery_codes;
    expect(codes).toHaveLength(10);
    for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
    expect(new Set(codes).size).toBe(10);
    const snapshot = JSON.stringify(mock.backend.snapshot());
    for (const code of codes) expect(snapshot).not.toContain(code);
    expect((await mock.api.me(token)).body).toMatchObject({ two_factor: { enabled: true, recovery_codes_left: 10 } });

    expect((await mock.api.signIn(alice.email, alice.password)).status).toBe(401);
    // The code that enabled it was used: it cannot sign in.
    const mfa = ((await mock.api.signIn(alice.email, alice.password)).body as TwoFactorRequiredBody).mfa_token;
    expect(errorOf(await secondStep(mfa, appCode(started.secret, clock)))).toEqual([400, 'invalid_code']);
    expect((await secondStep(mfa, codes[3] ?? '')).status).toBe(200);
  });

  it('refuses a wrong setup code with attempts_left, and ends the setup at the 5th', async () => {
    const token = await aliceToken();
    const started = await setup(token);
    const left: unknown[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      left.push(((await post('/me/two-factor/enable', { setup_id: started.setup_id, code: '000000' }, token)).body as ErrorBody).attempts_left);
    }
    expect(left).toEqual([4, 3, 2, 1]);
    expect(errorOf(await post('/me/two-factor/enable', { setup_id: started.setup_id, code: '000000' }, token))).toEqual([400, 'setup_expired']);
    const right = await post('/me/two-factor/enable', { setup_id: started.setup_id, code: appCode(started.secret, clock) }, token);
    expect(errorOf(right)).toEqual([400, 'setup_expired']);
  });

  it('lets a setup live 10 minutes, and a newer one replace it', async () => {
    const token = await aliceToken();
    const old = await setup(token);
    const newer = await setup(token);
    expect(errorOf(await post('/me/two-factor/enable', { setup_id: old.setup_id, code: appCode(old.secret, clock) }, token))).toEqual([
      400,
      'setup_expired',
    ]);
    advance(10 * MINUTE);
    const late = await post('/me/two-factor/enable', { setup_id: newer.setup_id, code: appCode(newer.secret, clock) }, token);
    expect(errorOf(late)).toEqual([400, 'setup_expired']);
  });

  it('checks the current password (wrong_password) and refuses an account without one (password_not_set)', async () => {
    const token = await aliceToken();
    expect(errorOf(await post('/me/two-factor/setup', { current_password: 'nope' }, token))).toEqual([403, 'wrong_password']);
    const dana = await socialGrant(EMBEDDED_MOCK_BASE_URL, {
      provider: 'yandex',
      mode: 'sign_in',
      displayName: seedSocialIdentities.danaYandex.displayName,
    });
    const danaToken = ((await mock.api.socialSignIn(dana)).body as TokenBody).access_token;
    expect(errorOf(await post('/me/two-factor/setup', { current_password: 'anything' }, danaToken))).toEqual([409, 'password_not_set']);
  });

  it('needs a current code to set two-step up again on a new phone', async () => {
    const tokens = await signInErin();
    const without = await post('/me/two-factor/setup', { current_password: erin.password }, tokens.access_token);
    expect(errorOf(without)).toEqual([400, 'invalid_code']);
    const withRecovery = await post('/me/two-factor/setup', { current_password: erin.password, code: erinSeed.recoveryCodes[0] }, tokens.access_token);
    expect(withRecovery.status).toBe(200);
    const newSecret = (withRecovery.body as SetupBody).secret;
    advance(30 * SECOND);
    const enabled = await post('/me/two-factor/enable', { setup_id: (withRecovery.body as SetupBody).setup_id, code: appCode(newSecret, clock) }, tokens.access_token);
    expect(enabled.status).toBe(200);
    // The old secret and the old recovery codes stop working.
    advance(30 * SECOND);
    const mfa = await erinMfaToken();
    expect(errorOf(await secondStep(mfa, appCode(erinSeed.secret, clock)))).toEqual([400, 'invalid_code']);
    expect(errorOf(await secondStep(mfa, erinSeed.recoveryCodes[1]))).toEqual([400, 'invalid_code']);
    expect((await secondStep(mfa, appCode(newSecret, clock))).status).toBe(200);
  });

  it('turns two-step off with the password and a code; the sign-in then needs no code', async () => {
    const tokens = await signInErin();
    advance(30 * SECOND);
    const off = await post('/me/two-factor/disable', { current_password: erin.password, code: appCode(erinSeed.secret, clock) }, tokens.access_token);
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ id: erin.userId, two_factor: { enabled: false, recovery_codes_left: 0 } });
    expect((await mock.api.signIn(erin.email, erin.password)).status).toBe(200);
  });

  it('renews the recovery codes: the new ones work, the old ones no longer', async () => {
    const tokens = await signInErin();
    const reply = await post('/me/two-factor/recovery-codes', { current_password: erin.password, code: erinSeed.recoveryCodes[0] }, tokens.access_token);
    expect(reply.status).toBe(200);
    const codes = (reply.body as { recovery_codes: string[] }).recovery_codes;
    expect(codes).toHaveLength(10);
    const mfa = await erinMfaToken();
    expect(errorOf(await secondStep(mfa, erinSeed.recoveryCodes[1]))).toEqual([400, 'invalid_code']);
    expect((await secondStep(mfa, codes[0] ?? '')).status).toBe(200);
  });

  it('counts wrong codes with wrong passwords: 5 within 15 minutes lock these routes, even to the right answers', async () => {
    const tokens = await signInErin();
    const wrong = { current_password: erin.password, code: '000000' };
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(errorOf(await post('/me/two-factor/disable', wrong, tokens.access_token))).toEqual([400, 'invalid_code']);
    }
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect(errorOf(await post('/me/two-factor/recovery-codes', { current_password: 'nope', code: '000000' }, tokens.access_token))).toEqual([
        403,
        'wrong_password',
      ]);
    }
    const right = { current_password: erin.password, code: erinSeed.recoveryCodes[0] };
    const locked = await post('/me/two-factor/disable', right, tokens.access_token);
    expect(errorOf(locked)).toEqual([429, 'rate_limited']);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    advance(15 * MINUTE);
    expect((await post('/me/two-factor/disable', right, tokens.access_token)).status).toBe(200);
  });

  it('checks at most 5 answers of a burst of concurrent wrong codes', async () => {
    const tokens = await signInErin();
    const replies = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        post('/me/two-factor/disable', { current_password: erin.password, code: String(200000 + index) }, tokens.access_token),
      ),
    );
    const statuses = replies.map((reply) => reply.status);
    // Each password check is counted before it runs: 5 get through to a (wrong) code, 7 wait.
    expect(statuses.filter((status) => status === 400)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(7);
  });

  it('turns nothing on or off without a bearer token', async () => {
    for (const path of ['/me/two-factor/setup', '/me/two-factor/enable', '/me/two-factor/disable', '/me/two-factor/recovery-codes']) {
      expect((await mock.api.postJson(path, {})).status).toBe(401);
    }
  });
});

function beforeEachClock(): void {
  // The harness resets its clock before each test; this copy follows it.
  beforeEach(() => {
    clock = START_TIME;
  });
}
