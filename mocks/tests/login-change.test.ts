import { describe, expect, it } from 'vitest';
import { MAX_CONFIRMATION_ATTEMPTS, MockBackend, seedCredentials } from '../index.ts';
import {
  inboxOf,
  latestMessage,
  linkToken,
  signedIn,
  type ErrorBody,
  type PendingLoginChangeBody,
  type ProfileBody,
  type TokenBody,
} from './api-client.ts';
import { iso, MINUTE, START_TIME, useMockApi } from './msw-harness.ts';

const mock = useMockApi();
const alice = seedCredentials.alice;
const bob = seedCredentials.bob;

const signInAlice = () => signedIn(mock.api, alice.email, alice.password);
const signInBob = () => signedIn(mock.api, bob.email, bob.password);

async function changeEmail(tokens: TokenBody, value: string, extra: { update_portals?: boolean } = {}) {
  return mock.api.requestLoginChange(tokens.access_token, {
    channel: 'email',
    value,
    current_password: alice.password,
    ...extra,
  });
}

async function changePhone(tokens: TokenBody, value: string) {
  return mock.api.requestLoginChange(tokens.access_token, { channel: 'phone', value, current_password: alice.password });
}

async function profileOf(tokens: TokenBody): Promise<ProfileBody> {
  const reply = await mock.api.me(tokens.access_token);
  expect(reply.status).toBe(200);
  return reply.body as ProfileBody;
}

describe('POST /me/login-change: e-mail', () => {
  it('answers 202 with the pending change and e-mails a link to the new address', async () => {
    const tokens = await signInAlice();
    const reply = await changeEmail(tokens, '  Alice.New@Example.COM ');
    expect(reply.status).toBe(202);
    const pending: PendingLoginChangeBody = {
      channel: 'email',
      target: 'alice.new@example.com',
      resend_available_at: iso(START_TIME + MINUTE),
      expires_at: iso(START_TIME + 10 * MINUTE),
    };
    expect(reply.body).toEqual(pending);
    expect((await profileOf(tokens)).pending_login_change).toEqual(pending);

    const message = await latestMessage(mock.api, 'alice.new@example.com');
    expect(message).toMatchObject({ channel: 'email', subject: 'Confirm your new email', code: null, checkword: null });
    expect(message.link).toMatch(/^bitrixid:\/\/confirm-login\?token=[A-Za-z0-9_-]{43,}$/);
    expect(message.text).toContain(message.link);
  });

  it('keeps the old login in force until the change is confirmed', async () => {
    const tokens = await signInAlice();
    await changeEmail(tokens, 'alice.new@example.com');
    expect((await mock.api.signIn(alice.email, alice.password)).status).toBe(200);
    expect((await mock.api.signIn('alice.new@example.com', alice.password)).status).toBe(400);
    expect((await profileOf(tokens)).email).toBe(alice.email);
  });

  it.each(['not-an-email', 'alice@', '@example.com', 'alice example@example.com', '+1 555 010 0099'])(
    'refuses %s with fields.value = invalid_email',
    async (value) => {
      const reply = await changeEmail(await signInAlice(), value);
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ error: 'invalid_request', fields: { value: 'invalid_email' } });
    },
  );

  it('refuses the current e-mail, in any case, with fields.value = same_as_current', async () => {
    const reply = await changeEmail(await signInAlice(), 'ALICE@example.com');
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ error: 'invalid_request', fields: { value: 'same_as_current' } });
  });

  it.each(['bob@example.com', ' BOB@Example.com'])(
    "refuses another person's e-mail (%s) with 409 and the exact message",
    async (value) => {
      const reply = await changeEmail(await signInAlice(), value);
      expect(reply.status).toBe(409);
      expect(reply.body).toEqual({ error: 'login_taken', message: 'A user with this email already exists' });
      expect((await mock.api.inbox('bob@example.com')).body).toEqual({ items: [] });
    },
  );

  it("refuses an address another person is waiting to confirm, until that change expires", async () => {
    const bobTokens = await signInBob();
    const bobRequest = await mock.api.requestLoginChange(bobTokens.access_token, {
      channel: 'email',
      value: 'shared@example.com',
      current_password: bob.password,
    });
    expect(bobRequest.status).toBe(202);

    const aliceTokens = await signInAlice();
    const taken = await changeEmail(aliceTokens, 'shared@example.com');
    expect(taken.status).toBe(409);
    expect((taken.body as ErrorBody).message).toBe('A user with this email already exists');

    mock.advance(10 * MINUTE);
    expect((await changeEmail(aliceTokens, 'shared@example.com')).status).toBe(202);
  });
});

describe('POST /me/login-change: phone', () => {
  it('stores the new phone as E.164 and sends a six-digit code by SMS', async () => {
    const reply = await changePhone(await signInAlice(), '+1 (555) 010-0099');
    expect(reply.status).toBe(202);
    expect((reply.body as PendingLoginChangeBody).target).toBe('+15550100099');

    const message = await latestMessage(mock.api, '+15550100099');
    expect(message.channel).toBe('sms');
    expect(message.text).toMatch(/^Your Bitrix ID confirmation code: \d{6}$/);
    expect(message.text).toBe(`Your Bitrix ID confirmation code: ${message.code}`);
    expect(message.link).toBeNull();
  });

  it.each(['12', 'call me', '+1 555 010 00999999', 'alice@example.com'])(
    'refuses %s with fields.value = invalid_phone',
    async (value) => {
      const reply = await changePhone(await signInAlice(), value);
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ error: 'invalid_request', fields: { value: 'invalid_phone' } });
    },
  );

  it('refuses the current phone in another format with same_as_current', async () => {
    const reply = await changePhone(await signInAlice(), '1 (555) 010-0001');
    expect(reply.body).toMatchObject({ fields: { value: 'same_as_current' } });
  });

  it("refuses Bob's phone, in any format, with 409 and the exact message", async () => {
    const reply = await changePhone(await signInAlice(), '555-010-0002');
    expect(reply.status).toBe(409);
    expect(reply.body).toEqual({ error: 'login_taken', message: 'A user with this phone number already exists' });
  });
});

describe('POST /me/login-change: request checks', () => {
  it('requires the current password', async () => {
    const tokens = await signInAlice();
    const reply = await mock.api.requestLoginChange(tokens.access_token, { channel: 'email', value: 'new@example.com' });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ error: 'invalid_request', fields: { current_password: 'required' } });
  });

  it('names every missing or malformed field with a code', async () => {
    const tokens = await signInAlice();
    const reply = await mock.api.postJson(
      '/me/login-change',
      { channel: 'fax', value: 'x'.repeat(256), current_password: '', update_portals: 'yes' },
      tokens.access_token,
    );
    expect(reply.status).toBe(400);
    expect((reply.body as ErrorBody).fields).toEqual({
      channel: 'invalid',
      value: 'too_long',
      current_password: 'required',
      update_portals: 'invalid',
    });
  });

  it('refuses a wrong current password with 403 wrong_password and changes nothing', async () => {
    const tokens = await signInAlice();
    const reply = await mock.api.requestLoginChange(tokens.access_token, {
      channel: 'email',
      value: 'new@example.com',
      current_password: 'Not-Alice-1',
    });
    expect(reply.status).toBe(403);
    expect(reply.body).toEqual({ error: 'wrong_password', message: 'The current password is wrong.' });
    expect((await profileOf(tokens)).pending_login_change).toBeNull();
    expect((await mock.api.inbox()).body).toEqual({ items: [] });
  });

  it('checks the format before the password, and the password before uniqueness', async () => {
    const tokens = await signInAlice();
    const badFormat = await mock.api.requestLoginChange(tokens.access_token, {
      channel: 'email',
      value: 'nope',
      current_password: 'wrong',
    });
    expect((badFormat.body as ErrorBody).fields).toEqual({ value: 'invalid_email' });
    // Without the password, nobody learns that bob@example.com is taken.
    const taken = await mock.api.requestLoginChange(tokens.access_token, {
      channel: 'email',
      value: bob.email,
      current_password: 'wrong',
    });
    expect(taken.status).toBe(403);
  });

  it('answers 401 without a valid access token', async () => {
    const reply = await mock.api.requestLoginChange('at_unknown', {
      channel: 'email',
      value: 'new@example.com',
      current_password: alice.password,
    });
    expect(reply.status).toBe(401);
  });

  it('replaces an earlier pending change: the old link dies', async () => {
    const tokens = await signInAlice();
    await changeEmail(tokens, 'first@example.com');
    const firstToken = linkToken(await latestMessage(mock.api, 'first@example.com'));
    // A new request waits for the resend delay, like a resend.
    mock.advance(MINUTE);
    await changeEmail(tokens, 'second@example.com');
    expect((await profileOf(tokens)).pending_login_change?.target).toBe('second@example.com');

    const stale = await mock.api.confirmLoginChange(tokens.access_token, { token: firstToken });
    expect(stale.status).toBe(400);
    expect((stale.body as ErrorBody).error).toBe('invalid_code');

    const secondToken = linkToken(await latestMessage(mock.api, 'second@example.com'));
    const confirmed = await mock.api.confirmLoginChange(tokens.access_token, { token: secondToken });
    expect((confirmed.body as ProfileBody).email).toBe('second@example.com');
  });
});

describe("Bob's token and Alice's account", () => {
  it("changes nothing of Alice's: Alice's password is wrong for Bob", async () => {
    const aliceTokens = await signInAlice();
    const bobTokens = await signInBob();
    const reply = await mock.api.requestLoginChange(bobTokens.access_token, {
      channel: 'email',
      value: 'taken-over@example.com',
      current_password: alice.password,
    });
    expect(reply.status).toBe(403);
    expect((await profileOf(aliceTokens)).pending_login_change).toBeNull();
    expect((await profileOf(bobTokens)).pending_login_change).toBeNull();
  });

  it("cannot confirm, resend or cancel Alice's pending change", async () => {
    const aliceTokens = await signInAlice();
    await changeEmail(aliceTokens, 'alice.new@example.com');
    const token = linkToken(await latestMessage(mock.api, 'alice.new@example.com'));
    const bobTokens = await signInBob();

    const confirm = await mock.api.confirmLoginChange(bobTokens.access_token, { token });
    expect(confirm.status).toBe(410);
    mock.advance(MINUTE);
    expect((await mock.api.resendLoginChange(bobTokens.access_token)).status).toBe(410);
    expect((await mock.api.cancelLoginChange(bobTokens.access_token)).status).toBe(204);

    expect((await profileOf(bobTokens)).email).toBe(bob.email);
    expect((await profileOf(aliceTokens)).pending_login_change?.target).toBe('alice.new@example.com');
    const confirmed = await mock.api.confirmLoginChange(aliceTokens.access_token, { token });
    expect((confirmed.body as ProfileBody).email).toBe('alice.new@example.com');
  });

  it("changes only Bob's own login with Bob's own password", async () => {
    const aliceTokens = await signInAlice();
    const bobTokens = await signInBob();
    await mock.api.requestLoginChange(bobTokens.access_token, {
      channel: 'email',
      value: 'bob.new@example.com',
      current_password: bob.password,
    });
    const token = linkToken(await latestMessage(mock.api, 'bob.new@example.com'));
    const reply = await mock.api.confirmLoginChange(bobTokens.access_token, { token });
    expect((reply.body as ProfileBody).id).toBe('u-bob');
    expect((await profileOf(aliceTokens)).email).toBe(alice.email);
  });
});

describe('POST /me/login-change/confirm', () => {
  it('confirms by the e-mailed link: the new e-mail signs in, the old one no longer does', async () => {
    const tokens = await signInAlice();
    await changeEmail(tokens, 'alice.new@example.com');
    const token = linkToken(await latestMessage(mock.api, 'alice.new@example.com'));

    const reply = await mock.api.confirmLoginChange(tokens.access_token, { token });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ id: 'u-alice', email: 'alice.new@example.com', pending_login_change: null });
    expect(await profileOf(tokens)).toEqual(reply.body);

    const signedInNew = await mock.api.signIn('alice.new@example.com', alice.password);
    expect((signedInNew.body as TokenBody).user_id).toBe('u-alice');
    expect((await mock.api.signIn(alice.email, alice.password)).status).toBe(400);
    // The phone login is untouched.
    expect((await mock.api.signIn(alice.phone, alice.password)).status).toBe(200);
  });

  it('confirms by the SMS code: the new phone signs in, the old one no longer does', async () => {
    const tokens = await signInAlice();
    await changePhone(tokens, '+1 555 010 0099');
    const { code } = await latestMessage(mock.api, '+15550100099');

    const reply = await mock.api.confirmLoginChange(tokens.access_token, { code: code ?? '' });
    expect(reply.status).toBe(200);
    expect((reply.body as ProfileBody).phone).toBe('+15550100099');
    expect((await mock.api.signIn('(555) 010-0099', alice.password)).status).toBe(200);
    expect((await mock.api.signIn(alice.phone, alice.password)).status).toBe(400);
  });

  it('accepts a link or code once only', async () => {
    const tokens = await signInAlice();
    await changeEmail(tokens, 'alice.new@example.com');
    const token = linkToken(await latestMessage(mock.api, 'alice.new@example.com'));
    expect((await mock.api.confirmLoginChange(tokens.access_token, { token })).status).toBe(200);
    const again = await mock.api.confirmLoginChange(tokens.access_token, { token });
    expect(again.status).toBe(410);
    expect((again.body as ErrorBody).error).toBe('code_expired');
  });

  it('counts wrong codes down, and the fifth wrong one ends the change', async () => {
    const tokens = await signInAlice();
    await changePhone(tokens, '+1 555 010 0099');
    const { code } = await latestMessage(mock.api, '+15550100099');
    const wrong = code === '000000' ? '111111' : '000000';

    for (const attemptsLeft of [4, 3, 2, 1]) {
      const reply = await mock.api.confirmLoginChange(tokens.access_token, { code: wrong });
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ error: 'invalid_code', attempts_left: attemptsLeft });
    }
    const fifth = await mock.api.confirmLoginChange(tokens.access_token, { code: wrong });
    expect(fifth.status).toBe(410);
    expect((fifth.body as ErrorBody).error).toBe('code_expired');

    expect((await profileOf(tokens)).pending_login_change).toBeNull();
    expect((await mock.api.confirmLoginChange(tokens.access_token, { code: code ?? '' })).status).toBe(410);
    expect((await profileOf(tokens)).phone).toBe('+15550100001');
  });

  it('does not count foreign link tokens against the attempts: the real link still works after them', async () => {
    const tokens = await signInAlice();
    await changeEmail(tokens, 'alice.new@example.com');
    const token = linkToken(await latestMessage(mock.api, 'alice.new@example.com'));

    for (let link = 0; link < MAX_CONFIRMATION_ATTEMPTS; link += 1) {
      const foreign = await mock.api.confirmLoginChange(tokens.access_token, { token: `foreign${link}${'x'.repeat(38)}` });
      expect(foreign.status).toBe(400);
      expect(foreign.body).toMatchObject({ error: 'invalid_code', attempts_left: MAX_CONFIRMATION_ATTEMPTS });
    }

    const reply = await mock.api.confirmLoginChange(tokens.access_token, { token });
    expect(reply.status).toBe(200);
    expect((reply.body as ProfileBody).email).toBe('alice.new@example.com');
  });

  it('expires ten minutes after sending', async () => {
    const tokens = await signInAlice();
    await changeEmail(tokens, 'alice.new@example.com');
    const token = linkToken(await latestMessage(mock.api, 'alice.new@example.com'));
    mock.advance(10 * MINUTE);
    expect((await profileOf(tokens)).pending_login_change).toBeNull();
    const reply = await mock.api.confirmLoginChange(tokens.access_token, { token });
    expect(reply.status).toBe(410);
    expect((reply.body as ErrorBody).error).toBe('code_expired');
    expect((await profileOf(tokens)).email).toBe(alice.email);
  });

  it('still works a moment before the ten minutes are up', async () => {
    const tokens = await signInAlice();
    await changeEmail(tokens, 'alice.new@example.com');
    const token = linkToken(await latestMessage(mock.api, 'alice.new@example.com'));
    mock.advance(10 * MINUTE - 1);
    expect((await mock.api.confirmLoginChange(tokens.access_token, { token })).status).toBe(200);
  });

  it('answers 410 when nothing is pending', async () => {
    const reply = await mock.api.confirmLoginChange((await signInAlice()).access_token, { code: '123456' });
    expect(reply.status).toBe(410);
    expect((reply.body as ErrorBody).error).toBe('code_expired');
  });

  it('asks for the code when the body has neither token nor code, and refuses both at once', async () => {
    const tokens = await signInAlice();
    const neither = await mock.api.confirmLoginChange(tokens.access_token, {});
    expect(neither.status).toBe(400);
    expect((neither.body as ErrorBody).fields).toEqual({ code: 'required' });
    const both = await mock.api.confirmLoginChange(tokens.access_token, { token: 'a', code: 'b' });
    expect(both.status).toBe(400);
    expect((both.body as ErrorBody).error).toBe('invalid_request');
  });

  it('checks uniqueness again: a login taken meanwhile refuses the change with 409', async () => {
    const tokens = await signInAlice();
    await changeEmail(tokens, 'alice.new@example.com');
    const token = linkToken(await latestMessage(mock.api, 'alice.new@example.com'));

    // Someone else came to hold the address meanwhile (here: edited into the saved state).
    const snapshot = mock.backend.snapshot();
    const bobRecord = snapshot.users.find((user) => user.id === 'u-bob');
    if (!bobRecord) throw new Error('Bob is missing from the seed');
    bobRecord.email = 'alice.new@example.com';
    mock.serve(MockBackend.fromSnapshot(snapshot, mock.clockOptions()));

    const reply = await mock.api.confirmLoginChange(tokens.access_token, { token });
    expect(reply.status).toBe(409);
    expect(reply.body).toEqual({ error: 'login_taken', message: 'A user with this email already exists' });
    expect((await profileOf(tokens)).email).toBe(alice.email);
  });
});

describe('update_portals', () => {
  async function confirmAliceEmailChange(updatePortals: boolean | undefined) {
    const tokens = await signInAlice();
    await changeEmail(tokens, 'alice.new@example.com', updatePortals === undefined ? {} : { update_portals: updatePortals });
    const token = linkToken(await latestMessage(mock.api, 'alice.new@example.com'));
    expect((await mock.api.confirmLoginChange(tokens.access_token, { token })).status).toBe(200);
    const page = (await mock.api.portals(tokens.access_token)).body as { items: { login: string }[] };
    return page.items.map((item) => item.login);
  }

  // Alice's five: her three seed portals, the deleted one, and the one her first sign-in linked.
  it('moves every membership signing in with the old e-mail to the new one when on', async () => {
    expect(await confirmAliceEmailChange(true)).toEqual(Array(5).fill('alice.new@example.com'));
  });

  it('leaves memberships on the old e-mail when off, or when not given', async () => {
    expect(await confirmAliceEmailChange(false)).toEqual(Array(5).fill(alice.email));
    await mock.api.reset();
    expect(await confirmAliceEmailChange(undefined)).toEqual(Array(5).fill(alice.email));
  });

  it("leaves other people's memberships alone", async () => {
    await confirmAliceEmailChange(true);
    const bobPage = (await mock.api.portals((await signInBob()).access_token)).body as { items: { login: string }[] };
    expect(bobPage.items.map((item) => item.login)).toEqual([bob.email]);
  });
});

describe('POST /me/login-change/resend', () => {
  it('refuses to resend within 60 seconds, with Retry-After counting down', async () => {
    const tokens = await signInAlice();
    await changeEmail(tokens, 'alice.new@example.com');
    const now = await mock.api.resendLoginChange(tokens.access_token);
    expect(now.status).toBe(429);
    expect((now.body as ErrorBody).error).toBe('rate_limited');
    expect(now.headers.get('retry-after')).toBe('60');
    mock.advance(45 * 1000);
    expect((await mock.api.resendLoginChange(tokens.access_token)).headers.get('retry-after')).toBe('15');
    mock.advance(14 * 1000 + 500);
    const lastHalfSecond = await mock.api.resendLoginChange(tokens.access_token);
    expect([lastHalfSecond.status, lastHalfSecond.headers.get('retry-after')]).toEqual([429, '1']);
    expect(await inboxOf(mock.api, 'alice.new@example.com')).toHaveLength(1);
  });

  it('sends a fresh link after 60 seconds: the old one dies, the times start again', async () => {
    const tokens = await signInAlice();
    await changeEmail(tokens, 'alice.new@example.com');
    const oldToken = linkToken(await latestMessage(mock.api, 'alice.new@example.com'));
    mock.advance(MINUTE);

    const reply = await mock.api.resendLoginChange(tokens.access_token);
    expect(reply.status).toBe(202);
    expect(reply.body).toEqual({
      channel: 'email',
      target: 'alice.new@example.com',
      resend_available_at: iso(START_TIME + 2 * MINUTE),
      expires_at: iso(START_TIME + 11 * MINUTE),
    });
    const newToken = linkToken(await latestMessage(mock.api, 'alice.new@example.com'));
    expect(newToken).not.toBe(oldToken);

    expect((await mock.api.confirmLoginChange(tokens.access_token, { token: oldToken })).status).toBe(400);
    // Past the first link's ten minutes, the resent one still works.
    mock.advance(9 * MINUTE + 30 * 1000);
    expect((await mock.api.confirmLoginChange(tokens.access_token, { token: newToken })).status).toBe(200);
  });

  it('gives a resent code a fresh set of attempts', async () => {
    const tokens = await signInAlice();
    await changePhone(tokens, '+1 555 010 0099');
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await mock.api.confirmLoginChange(tokens.access_token, { code: 'wrong' });
    }
    mock.advance(MINUTE);
    expect((await mock.api.resendLoginChange(tokens.access_token)).status).toBe(202);
    const reply = await mock.api.confirmLoginChange(tokens.access_token, { code: 'wrong' });
    expect(reply.body).toMatchObject({ error: 'invalid_code', attempts_left: 4 });
    const { code } = await latestMessage(mock.api, '+15550100099');
    expect((await mock.api.confirmLoginChange(tokens.access_token, { code: code ?? '' })).status).toBe(200);
  });

  it('answers 410 when nothing is pending or the change expired', async () => {
    const tokens = await signInAlice();
    expect((await mock.api.resendLoginChange(tokens.access_token)).status).toBe(410);
    await changeEmail(tokens, 'alice.new@example.com');
    mock.advance(10 * MINUTE);
    const reply = await mock.api.resendLoginChange(tokens.access_token);
    expect(reply.status).toBe(410);
    expect((reply.body as ErrorBody).error).toBe('code_expired');
  });
});

describe('DELETE /me/login-change', () => {
  it('cancels the pending change: 204, nothing pending, the link dead', async () => {
    const tokens = await signInAlice();
    await changeEmail(tokens, 'alice.new@example.com');
    const token = linkToken(await latestMessage(mock.api, 'alice.new@example.com'));

    const reply = await mock.api.cancelLoginChange(tokens.access_token);
    expect([reply.status, reply.body]).toEqual([204, null]);
    expect((await profileOf(tokens)).pending_login_change).toBeNull();
    expect((await mock.api.confirmLoginChange(tokens.access_token, { token })).status).toBe(410);
    // The reserved address is free again.
    const bobTokens = await signInBob();
    const bobRequest = await mock.api.requestLoginChange(bobTokens.access_token, {
      channel: 'email',
      value: 'alice.new@example.com',
      current_password: bob.password,
    });
    expect(bobRequest.status).toBe(202);
  });

  it('answers 204 with nothing pending, and 401 without a token', async () => {
    expect((await mock.api.cancelLoginChange((await signInAlice()).access_token)).status).toBe(204);
    expect((await mock.api.cancelLoginChange('at_unknown')).status).toBe(401);
  });
});
