import { afterEach, describe, expect, it } from 'vitest';
import type { MockMessage, Proof, SessionState } from '../../src-preload/contract.ts';
import { seedCredentials, seedSocialIdentities, startMockHttpServer } from '../../mocks/index.ts';
import type { AppCore } from '../../src-main/app-core.ts';
import { chooseAccount, startCoreWithBrowser } from './core-with-browser.ts';

const alice = seedCredentials.alice;
const bob = seedCredentials.bob;
const { danaYandex } = seedSocialIdentities;
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function danaSignedIn(opened: string[] = []): Promise<AppCore> {
  const core = await startCoreWithBrowser({ current: chooseAccount(danaYandex.displayName) }, opened, cleanups);
  expect(await core.router.dispatch('social.signIn', { provider: 'yandex' })).toMatchObject({ ok: true });
  return core;
}

async function codeFromInbox(core: AppCore, to: string): Promise<string> {
  const inbox = await core.router.dispatch('mock.inbox', { to });
  const code = inbox.ok ? (inbox.value as MockMessage[])[0]?.code : undefined;
  if (!code) throw new Error(`No code was sent to ${to}`);
  return code;
}

const lastLoginOf = async (core: AppCore) => {
  const result = await core.router.dispatch('session.get', undefined);
  const state = result.ok ? (result.value as SessionState) : null;
  return state?.status === 'signed_out' ? state.lastLogin : 'still signed in';
};

describe('an account without a password proves it is the person', () => {
  it('Dana proves with a code from her inbox, sets a password, then may disconnect Yandex', async () => {
    const core = await danaSignedIn();
    expect(await core.router.dispatch('account.setPassword', { newPassword: 'Sunny-Meadow-42' })).toMatchObject({
      ok: false,
      error: { code: 'proof_required' },
    });
    expect(await core.router.dispatch('account.sendProofCode', { channel: 'email' })).toMatchObject({
      ok: true,
      value: { channel: 'email', sentTo: 'dana@example.com' },
    });
    const sent = await codeFromInbox(core, 'dana@example.com');
    const wrong = await core.router.dispatch('account.proveWithCode', { code: sent === '000000' ? '111111' : '000000' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_code', attemptsLeft: 4 } });
    const proved = await core.router.dispatch('account.proveWithCode', { code: await codeFromInbox(core, 'dana@example.com') });
    expect(proved).toMatchObject({ ok: true, value: { validUntil: expect.any(String) } });
    // The renderer learns until when the proof works, never the proof itself.
    expect(Object.keys(proved.ok ? (proved.value as Proof) : {})).toEqual(['validUntil']);

    const set = await core.router.dispatch('account.setPassword', { newPassword: 'Sunny-Meadow-42' });
    expect(set).toMatchObject({ ok: true, value: { email: 'dana@example.com', hasPassword: true, passwordChangedAt: expect.any(String) } });
    // Used up: a second change needs a new proof.
    expect(await core.router.dispatch('account.setPassword', { newPassword: 'Other-Meadow-42' })).toMatchObject({
      ok: false,
      error: { code: 'proof_required' },
    });
    expect(await core.router.dispatch('social.disconnect', { provider: 'yandex' })).toMatchObject({ ok: true, value: { socialAccounts: [] } });
  });

  it('keeps the proof after a password the policy refuses, so nothing has to be proven again', async () => {
    const core = await danaSignedIn();
    await core.router.dispatch('account.sendProofCode', { channel: 'email' });
    await core.router.dispatch('account.proveWithCode', { code: await codeFromInbox(core, 'dana@example.com') });
    expect(await core.router.dispatch('account.setPassword', { newPassword: 'dana-meadow' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { newPassword: 'needs_upper' } },
    });
    expect(await core.router.dispatch('account.setPassword', { newPassword: 'Sunny-Meadow-42' })).toMatchObject({ ok: true });
  });

  it('Dana signs in again with Yandex (mode reauth) and changes her e-mail with that proof', async () => {
    const opened: string[] = [];
    const core = await danaSignedIn(opened);
    expect(await core.router.dispatch('account.proveWithSocial', { provider: 'yandex' })).toMatchObject({ ok: true });
    expect(new URL(opened.at(-1) ?? '').searchParams.get('mode')).toBe('reauth');
    const change = { channel: 'email', value: 'dana.new@example.com', updatePortals: false } as const;
    expect(await core.router.dispatch('account.changeLogin', change)).toMatchObject({
      ok: true,
      value: { channel: 'email', target: 'dana.new@example.com' },
    });
    expect(await core.router.dispatch('account.changeLogin', change)).toMatchObject({ ok: false, error: { code: 'proof_required' } });
  });

  it('forgets the proof when the person signs out', async () => {
    const core = await danaSignedIn();
    await core.router.dispatch('account.sendProofCode', { channel: 'email' });
    await core.router.dispatch('account.proveWithCode', { code: await codeFromInbox(core, 'dana@example.com') });
    await core.router.dispatch('session.signOut', undefined);
    await core.router.dispatch('social.signIn', { provider: 'yandex' });
    expect(await core.router.dispatch('account.setPassword', { newPassword: 'Sunny-Meadow-42' })).toMatchObject({
      ok: false,
      error: { code: 'proof_required' },
    });
  });
});

describe('the remembered login', () => {
  it('is the login typed at the last password sign-in, or the profile’s after a social one', async () => {
    const core = await startCoreWithBrowser({ current: chooseAccount(danaYandex.displayName) }, [], cleanups);
    expect(await lastLoginOf(core)).toBeUndefined();
    await core.router.dispatch('session.signIn', { login: `  ${alice.email} `, password: alice.password });
    await core.router.dispatch('session.signOut', undefined);
    expect(await lastLoginOf(core)).toBe(alice.email);

    // A failed sign-in and a login typed into recovery change nothing.
    await core.router.dispatch('session.signIn', { login: bob.email, password: 'not-his-password' });
    await core.router.dispatch('recovery.request', { login: bob.email });
    expect(await lastLoginOf(core)).toBe(alice.email);

    await core.router.dispatch('social.signIn', { provider: 'yandex' });
    await core.router.dispatch('session.signOut', undefined);
    expect(await lastLoginOf(core)).toBe('dana@example.com');
  });

  it('is kept per server', async () => {
    const other = await startMockHttpServer({ port: 0 });
    cleanups.push(() => other.close());
    const core = await startCoreWithBrowser({ current: async () => {} }, [], cleanups);
    await core.router.dispatch('session.signIn', { login: alice.email, password: alice.password });
    await core.router.dispatch('session.signOut', undefined);

    expect(await core.router.dispatch('server.set', { url: other.url })).toMatchObject({ ok: true });
    expect(await lastLoginOf(core)).toBeUndefined();
    await core.router.dispatch('session.signIn', { login: bob.phone, password: bob.password });
    await core.router.dispatch('session.signOut', undefined);
    expect(await lastLoginOf(core)).toBe(bob.phone);

    expect(await core.router.dispatch('server.set', { url: null })).toMatchObject({ ok: true });
    expect(await lastLoginOf(core)).toBe(alice.email);
  });
});
