import { describe, expect, it } from 'vitest';
import { seedCredentials } from '../index.ts';
import { inboxOf, latestMessage, signedIn, type ErrorBody, type ProfileBody } from './api-client.ts';
import { HOUR, iso, MINUTE, SECOND, START_TIME, useMockApi } from './msw-harness.ts';

const mock = useMockApi();
const alice = seedCredentials.alice;
const bob = seedCredentials.bob;
const NEW_PASSWORD = 'Recovered-Pass-9';
const INVALID_CHECKWORD = { error: 'invalid_checkword', message: 'Invalid checkword' };

async function checkwordSentTo(to: string): Promise<string> {
  const { checkword } = await latestMessage(mock.api, to);
  if (checkword === null) throw new Error(`No checkword sent to ${to}`);
  return checkword;
}

function complete(checkword: string, login: string = alice.email, newPassword = NEW_PASSWORD) {
  return mock.api.completeRecovery({ login, checkword, new_password: newPassword });
}

describe('POST /recovery', () => {
  it('gives the same 202 for an existing account and for logins nobody has', async () => {
    const replies = await Promise.all(
      [alice.email, 'nobody@example.com', bob.phone, '+1 555 010 0099', 'just-a-name'].map((login) =>
        mock.api.requestRecovery(login),
      ),
    );
    for (const reply of replies) {
      expect(reply.status).toBe(202);
      expect(reply.body).toEqual({ retry_after_seconds: 60 });
    }
    expect(await inboxOf(mock.api, 'nobody@example.com')).toEqual([]);
    expect(await inboxOf(mock.api, '+1 555 010 0099')).toEqual([]);
    expect((await inboxOf(mock.api)).map((message) => message.to).sort()).toEqual(['+15550100002', alice.email]);
  });

  it('e-mails the login, a recovery link and the checkword to an e-mail login', async () => {
    await mock.api.requestRecovery(' Alice@Example.com ');
    const message = await latestMessage(mock.api, alice.email);
    expect(message).toMatchObject({ to: alice.email, channel: 'email', subject: 'Password recovery', code: null });
    expect(message.checkword).toMatch(/^[A-Za-z0-9]{8,12}$/);
    expect(message.link).toBe(`bitrixid://recover?login=alice%40example.com&checkword=${message.checkword}`);
    expect(message.text).toContain(`Login: ${alice.email}`);
    expect(message.text).toContain(message.link);
    expect(message.text).toContain(`checkword: ${message.checkword}`);
    expect(message.sent_at).toBe(iso(START_TIME));
  });

  it('texts the checkword to a phone login', async () => {
    await mock.api.requestRecovery('(555) 010-0002');
    const message = await latestMessage(mock.api, '+15550100002');
    expect(message).toMatchObject({ channel: 'sms', link: null, code: null });
    expect(message.text).toBe(`Bitrix ID recovery checkword: ${message.checkword}`);
  });

  it.each([alice.email, 'nobody@example.com'])(
    'refuses %s again within 60 seconds with Retry-After, then allows it',
    async (login) => {
      await mock.api.requestRecovery(login);
      mock.advance(20 * SECOND);
      const limited = await mock.api.requestRecovery(login.toUpperCase());
      expect(limited.status).toBe(429);
      expect((limited.body as ErrorBody).error).toBe('rate_limited');
      expect(limited.headers.get('retry-after')).toBe('40');
      mock.advance(40 * SECOND);
      expect((await mock.api.requestRecovery(login)).status).toBe(202);
    },
  );

  it('counts one phone number in any format as one login for the limit', async () => {
    await mock.api.requestRecovery('+1 555 010 0099');
    expect((await mock.api.requestRecovery('15550100099')).status).toBe(429);
    expect((await mock.api.requestRecovery(alice.phone)).status).toBe(202);
  });

  it('asks for the login when it is missing', async () => {
    const reply = await mock.api.postJson('/recovery', { login: '  ' });
    expect(reply.status).toBe(400);
    expect((reply.body as ErrorBody).fields).toEqual({ login: 'required' });
  });
});

describe('POST /recovery/complete', () => {
  it('sets the new password, ends every session, and marks the checkword used', async () => {
    const tokens = await signedIn(mock.api, alice.email, alice.password);
    await mock.api.requestRecovery(alice.email);
    const checkword = await checkwordSentTo(alice.email);
    mock.advance(3 * MINUTE);

    const reply = await complete(checkword);
    expect([reply.status, reply.body]).toEqual([204, null]);

    expect((await mock.api.me(tokens.access_token)).status).toBe(401);
    expect((await mock.api.refresh(tokens.refresh_token)).status).toBe(400);
    expect((await mock.api.signIn(alice.email, alice.password)).status).toBe(400);
    const fresh = await signedIn(mock.api, alice.email, NEW_PASSWORD);
    const profile = (await mock.api.me(fresh.access_token)).body as ProfileBody;
    expect(profile.password_changed_at).toBe(iso(START_TIME + 3 * MINUTE));
    // The seed's browser session was ended too.
    const sessions = (await mock.api.sessions(fresh.access_token)).body as { items: unknown[] };
    expect(sessions.items).toHaveLength(1);

    const reused = await complete(checkword, alice.email, 'Another-Pass-8');
    expect([reused.status, reused.body]).toEqual([400, INVALID_CHECKWORD]);
  });

  it('works by phone login, in any format', async () => {
    await mock.api.requestRecovery(bob.phone);
    const checkword = await checkwordSentTo(bob.phone);
    expect((await complete(checkword, '1 (555) 010-0002')).status).toBe(204);
    expect((await mock.api.signIn(bob.email, NEW_PASSWORD)).status).toBe(200);
  });

  it('gives one answer for a wrong, unknown-login, expired and superseded checkword', async () => {
    await mock.api.requestRecovery(alice.email);
    const first = await checkwordSentTo(alice.email);

    expect((await complete('WrongWord1')).body).toEqual(INVALID_CHECKWORD);
    expect((await complete(first, 'nobody@example.com')).body).toEqual(INVALID_CHECKWORD);
    expect((await complete(first, bob.email)).body).toEqual(INVALID_CHECKWORD);

    mock.advance(MINUTE);
    await mock.api.requestRecovery(alice.email);
    const second = await checkwordSentTo(alice.email);
    expect(second).not.toBe(first);
    const superseded = await complete(first);
    expect([superseded.status, superseded.body]).toEqual([400, INVALID_CHECKWORD]);

    mock.advance(24 * HOUR);
    const expired = await complete(second);
    expect([expired.status, expired.body]).toEqual([400, INVALID_CHECKWORD]);
    expect((await mock.api.signIn(alice.email, alice.password)).status).toBe(200);
  });

  it('still accepts the checkword a moment before its 24 hours are up', async () => {
    await mock.api.requestRecovery(alice.email);
    const checkword = await checkwordSentTo(alice.email);
    mock.advance(24 * HOUR - 1);
    expect((await complete(checkword)).status).toBe(204);
  });

  it('answers 429 after 5 invalid checkwords for one login in 15 minutes, even to the right one', async () => {
    await mock.api.requestRecovery(alice.email);
    const checkword = await checkwordSentTo(alice.email);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await complete(`Wrong${attempt}xyz`)).status).toBe(400);
      mock.advance(MINUTE);
    }
    const limited = await complete(checkword);
    expect(limited.status).toBe(429);
    expect((limited.body as ErrorBody).error).toBe('rate_limited');
    expect(limited.headers.get('retry-after')).toBe(String(10 * 60));
    // Another login is not affected.
    expect((await complete('Wrong', bob.email)).status).toBe(400);

    mock.advance(10 * MINUTE);
    expect((await complete(checkword)).status).toBe(204);
  });

  it('limits unknown logins the same way', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) await complete('Wrong', 'nobody@example.com');
    expect((await complete('Wrong', 'nobody@example.com')).status).toBe(429);
  });

  it.each([
    ['too_short', 'Ab1'],
    ['needs_upper', 'lower-case-1'],
    ['needs_lower', 'UPPER-CASE-1'],
    ['needs_digit', 'No-Digits-At-All'],
    ['same_as_current', alice.password],
    ['contains_login', 'Hello-Alice-1'],
  ])('applies the policy (%s) and keeps the checkword usable', async (code, weak) => {
    await mock.api.requestRecovery(alice.email);
    const checkword = await checkwordSentTo(alice.email);
    const refused = await complete(checkword, alice.email, weak);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: 'invalid_request', fields: { new_password: code } });
    expect((await complete(checkword)).status).toBe(204);
  });

  it('checks the checkword before the policy, so a weak password reveals nothing', async () => {
    expect((await complete('Wrong', 'nobody@example.com', 'weak')).body).toEqual(INVALID_CHECKWORD);
    expect((await complete('Wrong', alice.email, 'weak')).body).toEqual(INVALID_CHECKWORD);
  });

  it('names each missing field', async () => {
    const reply = await mock.api.postJson('/recovery/complete', { login: alice.email });
    expect(reply.status).toBe(400);
    expect((reply.body as ErrorBody).fields).toEqual({ checkword: 'required', new_password: 'required' });
  });
});
