import { describe, expect, it } from 'vitest';
import { MockBackend, seedCredentials } from '../index.ts';
import {
  inboxOf,
  latestMessage,
  linkToken,
  signedIn,
  type IssuedSecretsBody,
  type ProfileBody,
  type TokenBody,
} from './api-client.ts';
import { iso, MINUTE, START_TIME, useMockApi } from './msw-harness.ts';

const mock = useMockApi();
const alice = seedCredentials.alice;
const bob = seedCredentials.bob;

function requestPhoneChange(tokens: TokenBody, value: string) {
  return mock.api.requestLoginChange(tokens.access_token, { channel: 'phone', value, current_password: alice.password });
}

/** A digit-only code must stand alone: inside a longer number or a hex hash it is a coincidence. */
function standalone(secret: string): RegExp {
  return new RegExp(`(?<![0-9A-Za-z])${secret}(?![0-9A-Za-z])`);
}

describe('GET /__mock/inbox', () => {
  it('lists messages newest first, each with its time', async () => {
    const tokens = await signedIn(mock.api, alice.email, alice.password);
    await requestPhoneChange(tokens, '+1 555 010 0099');
    mock.advance(MINUTE);
    await mock.api.resendLoginChange(tokens.access_token);

    const items = await inboxOf(mock.api, '+15550100099');
    expect(items.map((item) => item.sent_at)).toEqual([
      iso(START_TIME + MINUTE),
      iso(START_TIME),
    ]);
    expect(items[0]?.code).not.toBe(items[1]?.code);
    expect(items[0]).toEqual({
      to: '+15550100099',
      channel: 'sms',
      subject: '',
      text: `Your Bitrix ID confirmation code: ${items[0]?.code}`,
      link: null,
      code: expect.stringMatching(/^\d{6}$/),
      checkword: null,
      sent_at: iso(START_TIME + MINUTE),
    });
  });

  it('matches `to` as a login: any phone format, any e-mail case', async () => {
    const tokens = await signedIn(mock.api, alice.email, alice.password);
    await requestPhoneChange(tokens, '+1 555 010 0099');
    const canonical = await inboxOf(mock.api, '+15550100099');
    expect(canonical).toHaveLength(1);
    expect(await inboxOf(mock.api, '+1 555 010 0099')).toEqual(canonical);
    expect(await inboxOf(mock.api, '(555) 010-0099')).toEqual(canonical);

    await mock.api.requestRecovery(bob.email);
    expect(await inboxOf(mock.api, 'BOB@example.com')).toHaveLength(1);
    expect(await inboxOf(mock.api, 'nobody@example.com')).toEqual([]);
  });

  it('lists every message, newest first, without `to`', async () => {
    await mock.api.requestRecovery(alice.email);
    await mock.api.requestRecovery(bob.phone);
    expect((await inboxOf(mock.api)).map((item) => item.to)).toEqual(['+15550100002', alice.email]);
    expect((await inboxOf(mock.api, '')).map((item) => item.to)).toEqual(['+15550100002', alice.email]);
  });

  it('is what MockBackend.inbox() returns, in camelCase', async () => {
    await mock.api.requestRecovery(alice.email);
    const [item] = await inboxOf(mock.api, alice.email);
    expect(mock.backend.inbox('ALICE@example.com')).toEqual([
      {
        to: item?.to,
        channel: item?.channel,
        subject: item?.subject,
        text: item?.text,
        link: item?.link,
        code: item?.code,
        checkword: item?.checkword,
        sentAt: item?.sent_at,
      },
    ]);
    expect(mock.backend.inbox()).toHaveLength(1);
  });

  it('is emptied by POST /__mock/reset', async () => {
    await mock.api.requestRecovery(alice.email);
    await mock.api.reset();
    expect(await inboxOf(mock.api)).toEqual([]);
  });
});

describe('secrets and the snapshot', () => {
  it('lists every link token, SMS code and checkword in issued secrets, and none of them in the snapshot', async () => {
    const tokens = await signedIn(mock.api, alice.email, alice.password);
    await mock.api.requestLoginChange(tokens.access_token, {
      channel: 'email',
      value: 'alice.new@example.com',
      current_password: alice.password,
    });
    const linkTokenSent = linkToken(await latestMessage(mock.api, 'alice.new@example.com'));
    // A new request waits out the pending change's resend delay.
    mock.advance(MINUTE);
    await requestPhoneChange(tokens, '+1 555 010 0099');
    const smsCode = (await latestMessage(mock.api, '+15550100099')).code;
    await mock.api.requestRecovery(alice.email);
    const emailCheckword = (await latestMessage(mock.api, alice.email)).checkword;
    await mock.api.requestRecovery(bob.phone);
    const smsCheckword = (await latestMessage(mock.api, bob.phone)).checkword;

    const secrets = (await mock.api.issuedSecrets()).body as IssuedSecretsBody;
    expect(secrets).toEqual(mock.backend.issuedSecrets());
    expect(secrets.codes).toEqual([linkTokenSent, smsCode, emailCheckword, smsCheckword]);

    const saved = JSON.stringify(mock.backend.snapshot());
    for (const secret of [...secrets.accessTokens, ...secrets.refreshTokens, ...secrets.codes]) {
      if (/^\d+$/.test(secret)) expect(saved).not.toMatch(standalone(secret));
      else expect(saved).not.toContain(secret);
    }
    expect(saved).not.toContain('confirmation code');
    expect(saved).not.toContain('checkword=');
  });

  it('does not carry the outbox into a restored backend', async () => {
    await mock.api.requestRecovery(alice.email);
    mock.serve(MockBackend.fromSnapshot(mock.backend.snapshot(), mock.clockOptions()));
    expect(await inboxOf(mock.api)).toEqual([]);
  });

  it('keeps a pending login change across a JSON round trip, still confirmable', async () => {
    const tokens = await signedIn(mock.api, alice.email, alice.password);
    await requestPhoneChange(tokens, '+1 555 010 0099');
    const code = (await latestMessage(mock.api, '+15550100099')).code ?? '';
    await mock.api.confirmLoginChange(tokens.access_token, { code: code === '000000' ? '111111' : '000000' });
    const before = ((await mock.api.me(tokens.access_token)).body as ProfileBody).pending_login_change;

    mock.serve(MockBackend.fromSnapshot(JSON.parse(JSON.stringify(mock.backend.snapshot())), mock.clockOptions()));

    expect(((await mock.api.me(tokens.access_token)).body as ProfileBody).pending_login_change).toEqual(before);
    // The wrong answer given before the restart still counts.
    const wrongAgain = await mock.api.confirmLoginChange(tokens.access_token, { code: code === '000000' ? '111111' : '000000' });
    expect(wrongAgain.body).toMatchObject({ error: 'invalid_code', attempts_left: 3 });
    const confirmed = await mock.api.confirmLoginChange(tokens.access_token, { code });
    expect(confirmed.status).toBe(200);
    expect((confirmed.body as ProfileBody).phone).toBe('+15550100099');
  });

  it('keeps a recovery checkword and the recovery limit across a restart', async () => {
    await mock.api.requestRecovery(alice.email);
    const checkword = (await latestMessage(mock.api, alice.email)).checkword ?? '';
    mock.serve(MockBackend.fromSnapshot(mock.backend.snapshot(), mock.clockOptions()));
    expect((await mock.api.requestRecovery(alice.email)).status).toBe(429);
    const reply = await mock.api.completeRecovery({ login: alice.email, checkword, new_password: 'Recovered-Pass-9' });
    expect(reply.status).toBe(204);
  });
});
