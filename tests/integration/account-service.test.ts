import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../src-main/api/api-client.ts';
import { portalsApi } from '../../src-main/api/portals-api.ts';
import { AccountService } from '../../src-main/services/account-service.ts';
import { ProfileService } from '../../src-main/services/profile-service.ts';
import { RecoveryService } from '../../src-main/services/recovery-service.ts';
import { seedCredentials } from '../../mocks/index.ts';
import { createSessionStack, startMockApi, TestClock } from './session-fixture.ts';

const alice = seedCredentials.alice;
const clock = new TestClock();
const mock = startMockApi(clock);

beforeAll(() => mock.server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => mock.backend.reset());
afterAll(() => mock.server.close());

async function signedInAs(login: string, password: string) {
  const stack = createSessionStack();
  const result = await stack.session.signIn(login, password);
  expect(result.ok).toBe(true);
  return {
    ...stack,
    account: new AccountService(stack.api, stack.session),
    recovery: new RecoveryService(stack.api, stack.session),
    profile: new ProfileService(stack.api),
  };
}

/** The logins the person's portals sign in with, as the server lists them now (each once). */
async function portalLogins(app: { api: ApiClient }): Promise<string[]> {
  const page = await portalsApi.page(app.api, null, 500);
  if (!page.ok) throw new Error(`Listing the portals failed: ${page.error.code}`);
  return [...new Set(page.value.items.map((portal) => portal.login))];
}

const latestMessage = (to: string) => {
  const message = mock.backend.inbox(to)[0];
  if (!message) throw new Error(`Nothing was sent to ${to}`);
  return message;
};

describe('AccountService: change login', () => {
  it('changes the e-mail after the emailed link is pasted, everywhere the person chose', async () => {
    const app = await signedInAs(alice.email, alice.password);
    const pending = await app.account.changeLogin({
      channel: 'email',
      value: 'alice.new@example.com',
      currentPassword: alice.password,
      updatePortals: true,
    });
    expect(pending).toMatchObject({ ok: true, value: { channel: 'email', target: 'alice.new@example.com' } });
    // The old login stays in force until confirmation.
    expect(await app.profile.get()).toMatchObject({ ok: true, value: { email: alice.email, pendingLoginChange: { target: 'alice.new@example.com' } } });

    const link = latestMessage('alice.new@example.com').link ?? '';
    expect(link).toMatch(/^bitrixid:\/\/confirm-login\?token=/);
    const confirmed = await app.account.confirmLoginChange(link);
    expect(confirmed).toMatchObject({ ok: true, value: { email: 'alice.new@example.com', pendingLoginChange: null } });
    expect(app.events.at(-1)).toMatchObject({ status: 'signed_in', user: { email: 'alice.new@example.com' } });

    expect(await portalLogins(app)).toEqual(['alice.new@example.com']);
    expect((await createSessionStack().session.signIn('alice.new@example.com', alice.password)).ok).toBe(true);
    expect(await createSessionStack().session.signIn(alice.email, alice.password)).toMatchObject({
      ok: false,
      error: { code: 'invalid_credentials' },
    });
  });

  it('leaves portal logins alone when the person does not ask to update them', async () => {
    const app = await signedInAs(alice.email, alice.password);
    await app.account.changeLogin({ channel: 'email', value: 'alice.solo@example.com', currentPassword: alice.password, updatePortals: false });
    const token = new URL(latestMessage('alice.solo@example.com').link ?? '').searchParams.get('token') ?? '';
    expect((await app.account.confirmLoginChange(token)).ok).toBe(true);
    expect(await portalLogins(app)).toEqual([alice.email]);
  });

  it('refuses an e-mail that belongs to another Bitrix ID', async () => {
    const app = await signedInAs(alice.email, alice.password);
    const result = await app.account.changeLogin({
      channel: 'email',
      value: 'bob@example.com',
      currentPassword: alice.password,
      updatePortals: true,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'login_taken' } });
  });

  it('confirms a phone change with the SMS code, counting wrong codes down', async () => {
    const app = await signedInAs(alice.email, alice.password);
    await app.account.changeLogin({ channel: 'phone', value: '+1 555 010 0099', currentPassword: alice.password, updatePortals: true });
    const code = latestMessage('+15550100099').code ?? '';
    const wrong = code === '000000' ? '111111' : '000000';
    expect(await app.account.confirmLoginChange(wrong)).toMatchObject({ ok: false, error: { code: 'invalid_code', attemptsLeft: 4 } });
    expect(await app.account.confirmLoginChange(code)).toMatchObject({ ok: true, value: { phone: '+15550100099' } });
  });

  it('says which field is wrong for input that is neither a code, a token nor a link', async () => {
    const app = await signedInAs(alice.email, alice.password);
    expect(await app.account.confirmLoginChange('not a code')).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { confirmation: 'invalid' } },
    });
  });

  it('refuses a wrong current password, then rate-limits with a wait', async () => {
    const app = await signedInAs(alice.email, alice.password);
    const attempt = () =>
      app.account.changeLogin({ channel: 'email', value: 'alice.x@example.com', currentPassword: 'Nope-Passw0rd', updatePortals: true });
    for (let i = 0; i < 5; i++) expect(await attempt()).toMatchObject({ ok: false, error: { code: 'wrong_password' } });
    const limited = await attempt();
    expect(limited).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(!limited.ok && limited.error.retryAfterMs).toBeGreaterThan(0);
  });
});

describe('AccountService: password and sessions', () => {
  it('changes the password: the new one signs in, the old one no longer does', async () => {
    const app = await signedInAs(alice.email, alice.password);
    expect(await app.account.passwordPolicy()).toMatchObject({ ok: true, value: { minLength: 8, requireDigit: true } });
    expect(await app.account.changePassword(alice.password, 'weak')).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { newPassword: 'too_short' } },
    });
    expect((await app.account.changePassword(alice.password, 'Brand-New-Passw0rd')).ok).toBe(true);
    expect((await createSessionStack().session.signIn(alice.email, 'Brand-New-Passw0rd')).ok).toBe(true);
    expect((await createSessionStack().session.signIn(alice.email, alice.password)).ok).toBe(false);
  });

  it('lists the active sessions with this device marked', async () => {
    const app = await signedInAs(alice.email, alice.password);
    const sessions = await app.account.sessions();
    expect(sessions.ok && sessions.value.filter((session) => session.current)).toEqual([
      expect.objectContaining({ deviceName: 'test device', client: 'app', current: true }),
    ]);
  });

  it('logs out on all devices: this one at once, the other at its next call', async () => {
    const here = await signedInAs(alice.email, alice.password);
    const there = await signedInAs(alice.phone, alice.password);

    expect(await here.account.logOutEverywhere()).toEqual({ ok: true, value: { status: 'signed_out', reason: 'logged_out_everywhere' } });
    expect(here.store.entries.size).toBe(0);

    clock.advance(61_000);
    expect(await there.profile.get()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(there.session.state()).toEqual({ status: 'signed_out', reason: 'revoked' });
    expect(there.store.entries.size).toBe(0);
  });
});

describe('RecoveryService', () => {
  it('recovers with the checkword from the message, ending the session', async () => {
    const app = await signedInAs(alice.email, alice.password);
    expect(await app.recovery.request(alice.email)).toEqual({ ok: true, value: { retryAfterMs: 60_000 } });
    const message = latestMessage(alice.email);

    expect(await app.recovery.complete({ login: alice.email, checkword: 'Wrong1234', newPassword: 'Recovered-Passw0rd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_checkword' },
    });
    const done = await app.recovery.complete({ login: '', checkword: message.link ?? '', newPassword: 'Recovered-Passw0rd' });
    expect(done).toEqual({ ok: true, value: { status: 'signed_out', reason: 'password_reset' } });
    expect((await createSessionStack().session.signIn(alice.email, 'Recovered-Passw0rd')).ok).toBe(true);
  });

  it('answers the same for an unknown login', async () => {
    const { recovery } = await signedInAs(alice.email, alice.password);
    expect(await recovery.request('nobody@example.com')).toEqual({ ok: true, value: { retryAfterMs: 60_000 } });
    expect(mock.backend.inbox('nobody@example.com')).toEqual([]);
  });
});

describe('when SMS cannot be sent', () => {
  it('says so, with when to try again, and keeps the phone unchanged', async () => {
    const app = await signedInAs(alice.email, alice.password);
    mock.backend.setScenario('sms-down');
    const result = await app.account.changeLogin({ channel: 'phone', value: '+1 555 010 0077', currentPassword: alice.password, updatePortals: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'sms_unavailable', retryAfterMs: 30_000 } });
    expect(await app.profile.get()).toMatchObject({ ok: true, value: { phone: '+15550100001', pendingLoginChange: null } });
    mock.backend.setScenario('default');
  });
});
