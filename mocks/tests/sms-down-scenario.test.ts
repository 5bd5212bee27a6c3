/** `sms-down`: whatever would send an SMS answers 503 and changes nothing; e-mail goes on working. */
import { describe, expect, it } from 'vitest';
import { seedCredentials } from '../index.ts';
import { inboxOf, latestMessage, signedIn, type ErrorBody, type ProfileBody, type TokenBody } from './api-client.ts';
import { useMockApi } from './msw-harness.ts';

const mock = useMockApi();
const alice = seedCredentials.alice;
const NEW_PHONE = '+15550100099';

const signInAlice = () => signedIn(mock.api, alice.email, alice.password);
const changePhone = (tokens: TokenBody, password: string = alice.password) =>
  mock.api.requestLoginChange(tokens.access_token, { channel: 'phone', value: NEW_PHONE, current_password: password });

function expectSmsUnavailable(reply: { status: number; headers: Headers; body: unknown }): void {
  expect(reply.status).toBe(503);
  expect(reply.headers.get('retry-after')).toBe('30');
  expect((reply.body as ErrorBody).error).toBe('sms_unavailable');
}

describe('sms-down', () => {
  it('refuses a phone change with 503 sms_unavailable, sends nothing and leaves nothing pending', async () => {
    const tokens = await signInAlice();
    mock.backend.setScenario('sms-down');
    expectSmsUnavailable(await changePhone(tokens));
    expect(await inboxOf(mock.api, NEW_PHONE)).toEqual([]);
    expect(((await mock.api.me(tokens.access_token)).body as ProfileBody).pending_login_change).toBeNull();
    expect(mock.backend.issuedSecrets().codes).toEqual([]);
  });

  it('still checks the password first, as a real server would before trying to send', async () => {
    const tokens = await signInAlice();
    mock.backend.setScenario('sms-down');
    expect((await changePhone(tokens, 'Wrong-Passw0rd')).status).toBe(403);
  });

  it('keeps an earlier pending e-mail change when the phone change cannot be sent', async () => {
    const tokens = await signInAlice();
    mock.backend.setScenario('sms-down');
    const email = await mock.api.requestLoginChange(tokens.access_token, {
      channel: 'email',
      value: 'alice.new@example.com',
      current_password: alice.password,
    });
    expect(email.status).toBe(202);
    expect((await latestMessage(mock.api, 'alice.new@example.com')).channel).toBe('email');

    // A new request waits out the pending change's resend delay.
    mock.advance(60 * 1000);
    expectSmsUnavailable(await changePhone(tokens));
    const profile = (await mock.api.me(tokens.access_token)).body as ProfileBody;
    expect(profile.pending_login_change).toMatchObject({ channel: 'email', target: 'alice.new@example.com' });
  });

  it('refuses to resend an SMS code, and the code already sent keeps working', async () => {
    const tokens = await signInAlice();
    expect((await changePhone(tokens)).status).toBe(202);
    const sent = await latestMessage(mock.api, NEW_PHONE);
    mock.advance(60 * 1000);
    mock.backend.setScenario('sms-down');

    expectSmsUnavailable(await mock.api.resendLoginChange(tokens.access_token));
    expect(await inboxOf(mock.api, NEW_PHONE)).toHaveLength(1);
    const confirmed = await mock.api.confirmLoginChange(tokens.access_token, { code: sent.code ?? '' });
    expect(confirmed.status).toBe(200);
    expect((confirmed.body as ProfileBody).phone).toBe(NEW_PHONE);
  });

  it.each([
    ['an existing account', alice.phone],
    ['no account (so nothing is revealed)', '+1 555 010 0077'],
  ])('refuses recovery by phone for %s, and does not count it towards the once-a-minute limit', async (_case, login) => {
    mock.backend.setScenario('sms-down');
    expectSmsUnavailable(await mock.api.requestRecovery(login));
    expect(await inboxOf(mock.api, login)).toEqual([]);

    mock.backend.setScenario('default');
    expect((await mock.api.requestRecovery(login)).status).toBe(202);
  });

  it('lets recovery by e-mail through, and e-mails the checkword', async () => {
    mock.backend.setScenario('sms-down');
    expect((await mock.api.requestRecovery(alice.email)).status).toBe(202);
    const message = await latestMessage(mock.api, alice.email);
    expect(message.channel).toBe('email');
    expect(message.checkword).toEqual(expect.any(String));
  });
});
