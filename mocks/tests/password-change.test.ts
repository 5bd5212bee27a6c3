import { describe, expect, it } from 'vitest';
import { seedCredentials, seedPasswordChangedAt } from '../index.ts';
import { latestMessage, linkToken, signedIn, type ErrorBody, type ProfileBody, type TokenBody } from './api-client.ts';
import { iso, MINUTE, START_TIME, useMockApi } from './msw-harness.ts';

const mock = useMockApi();
const alice = seedCredentials.alice;
const bob = seedCredentials.bob;

const signInAlice = () => signedIn(mock.api, alice.email, alice.password);

function changeAlicePassword(tokens: TokenBody, newPassword: string, currentPassword: string = alice.password) {
  return mock.api.changePassword(tokens.access_token, { current_password: currentPassword, new_password: newPassword });
}

describe('GET /password-policy', () => {
  it("answers Bitrix24's middle preset, without signing in", async () => {
    const reply = await mock.api.passwordPolicy();
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      min_length: 8,
      require_upper: true,
      require_lower: true,
      require_digit: true,
      forbid_login: true,
      forbid_current: true,
    });
  });
});

describe('POST /me/password', () => {
  it('changes the password: the new one signs in, the old one no longer does, other sessions stay', async () => {
    const otherDevice = await signInAlice();
    const tokens = await signInAlice();
    mock.advance(5 * MINUTE);

    const reply = await changeAlicePassword(tokens, 'Brand-New-Secret-7');
    expect(reply.status).toBe(200);
    const changedAt = iso(START_TIME + 5 * MINUTE);
    expect(reply.body).toEqual({ password_changed_at: changedAt });
    expect(((await mock.api.me(tokens.access_token)).body as ProfileBody).password_changed_at).toBe(changedAt);

    expect((await mock.api.signIn(alice.email, 'Brand-New-Secret-7')).status).toBe(200);
    expect((await mock.api.signIn(alice.phone, 'Brand-New-Secret-7')).status).toBe(200);
    const old = await mock.api.signIn(alice.email, alice.password);
    expect(old.status).toBe(400);
    expect((old.body as ErrorBody).error).toBe('invalid_grant');

    expect((await mock.api.me(otherDevice.access_token)).status).toBe(200);
    expect((await mock.api.refresh(otherDevice.refresh_token)).status).toBe(200);
  });

  it('shows the seed date as the last change before any change', async () => {
    const profile = (await mock.api.me((await signInAlice()).access_token)).body as ProfileBody;
    expect(profile.password_changed_at).toBe(seedPasswordChangedAt);
  });

  it.each([
    ['too_short', 'Ab1-xyz'],
    ['needs_upper', 'lowercase-only-1'],
    ['needs_lower', 'UPPERCASE-ONLY-1'],
    ['needs_digit', 'No-Digits-Here'],
    ['same_as_current', alice.password],
    ['contains_login', 'My-ALICE-pass-1'],
    ['contains_login', 'Call-5550100001-me'],
  ])('refuses a new password breaking a rule with fields.new_password = %s (%s)', async (code, newPassword) => {
    const tokens = await signInAlice();
    const reply = await changeAlicePassword(tokens, newPassword);
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ error: 'invalid_request', fields: { new_password: code } });
    expect((await mock.api.signIn(alice.email, alice.password)).status).toBe(200);
  });

  it('reports the first broken rule in the policy order', async () => {
    const tokens = await signInAlice();
    // Short, and without upper case or digits: too_short comes first.
    expect((await changeAlicePassword(tokens, 'alice')).body).toMatchObject({ fields: { new_password: 'too_short' } });
    // Long enough, but no upper case and containing the login: needs_upper comes first.
    expect((await changeAlicePassword(tokens, 'alice-lower-1')).body).toMatchObject({
      fields: { new_password: 'needs_upper' },
    });
  });

  it("forbids Bob's e-mail local part in Bob's password, but not in Alice's", async () => {
    const bobTokens = await signedIn(mock.api, bob.email, bob.password);
    const refused = await mock.api.changePassword(bobTokens.access_token, {
      current_password: bob.password,
      new_password: 'Big-BOB-2025',
    });
    expect((refused.body as ErrorBody).fields).toEqual({ new_password: 'contains_login' });
    expect((await changeAlicePassword(await signInAlice(), 'Big-BOB-2025')).status).toBe(200);
  });

  it('does not forbid an e-mail local part shorter than 3 characters', async () => {
    const tokens = await signInAlice();
    await mock.api.requestLoginChange(tokens.access_token, {
      channel: 'email',
      value: 'al@example.com',
      current_password: alice.password,
    });
    const token = linkToken(await latestMessage(mock.api, 'al@example.com'));
    expect((await mock.api.confirmLoginChange(tokens.access_token, { token })).status).toBe(200);
    expect((await changeAlicePassword(tokens, 'Palace-Al-2025')).status).toBe(200);
  });

  it('checks the current password before the policy', async () => {
    const reply = await changeAlicePassword(await signInAlice(), 'short', 'not-the-password');
    expect(reply.status).toBe(403);
    expect(reply.body).toEqual({ error: 'wrong_password', message: 'The current password is wrong.' });
  });

  it('names each missing field', async () => {
    const reply = await mock.api.changePassword((await signInAlice()).access_token, {});
    expect(reply.status).toBe(400);
    expect((reply.body as ErrorBody).fields).toEqual({ current_password: 'required', new_password: 'required' });
  });

  it('answers 401 without a valid access token', async () => {
    const reply = await mock.api.changePassword('at_unknown', { current_password: 'x', new_password: 'y' });
    expect(reply.status).toBe(401);
  });
});

describe('the current-password limit', () => {
  async function wrongTimes(tokens: TokenBody, times: number, gapMs = 0): Promise<void> {
    for (let attempt = 1; attempt <= times; attempt += 1) {
      const reply = await changeAlicePassword(tokens, 'Another-Pass-1', 'wrong-guess');
      expect(reply.status, `wrong answer ${attempt}`).toBe(403);
      mock.advance(gapMs);
    }
  }

  it('answers 429 with Retry-After after 5 wrong answers in 15 minutes, even to the right password', async () => {
    const tokens = await signInAlice();
    await wrongTimes(tokens, 5, MINUTE);
    // Now 5 minutes after the first wrong answer: 10 minutes until it leaves the window.
    const limited = await changeAlicePassword(tokens, 'Another-Pass-1');
    expect(limited.status).toBe(429);
    expect((limited.body as ErrorBody).error).toBe('rate_limited');
    expect(limited.headers.get('retry-after')).toBe(String(10 * 60));

    // The same lock guards login changes.
    const loginChange = await mock.api.requestLoginChange(tokens.access_token, {
      channel: 'email',
      value: 'new@example.com',
      current_password: alice.password,
    });
    expect(loginChange.status).toBe(429);
    expect(loginChange.headers.get('retry-after')).toBe(String(10 * 60));

    mock.advance(10 * MINUTE - 1000);
    expect((await changeAlicePassword(tokens, 'Another-Pass-1')).headers.get('retry-after')).toBe('1');
    mock.advance(1000);
    expect((await changeAlicePassword(tokens, 'Another-Pass-1')).status).toBe(200);
  });

  it('counts wrong answers from both login change and password change together', async () => {
    const tokens = await signInAlice();
    await wrongTimes(tokens, 3);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const reply = await mock.api.requestLoginChange(tokens.access_token, {
        channel: 'email',
        value: 'new@example.com',
        current_password: 'wrong-guess',
      });
      expect(reply.status).toBe(403);
    }
    expect((await changeAlicePassword(tokens, 'Another-Pass-1')).status).toBe(429);
  });

  it('does not lock at 4 wrong answers, nor at 5 spread over more than 15 minutes', async () => {
    const tokens = await signInAlice();
    await wrongTimes(tokens, 4, 4 * MINUTE);
    // 16 minutes after the first: it has left the window.
    await wrongTimes(tokens, 1);
    expect((await changeAlicePassword(tokens, 'Another-Pass-1')).status).toBe(200);
  });

  it("is per user: Alice's lock does not touch Bob, nor Alice's sign-in", async () => {
    const tokens = await signInAlice();
    await wrongTimes(tokens, 5);
    const bobTokens = await signedIn(mock.api, bob.email, bob.password);
    const bobReply = await mock.api.changePassword(bobTokens.access_token, {
      current_password: bob.password,
      new_password: 'Another-Pass-1',
    });
    expect(bobReply.status).toBe(200);
    expect((await mock.api.signIn(alice.email, alice.password)).status).toBe(200);
  });

  it('holds across sessions of the same user', async () => {
    await wrongTimes(await signInAlice(), 5);
    expect((await changeAlicePassword(await signInAlice(), 'Another-Pass-1')).status).toBe(429);
  });
});
