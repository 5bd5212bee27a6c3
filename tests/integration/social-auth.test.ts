import { afterEach, describe, expect, it } from 'vitest';
import { seedCredentials, seedSocialIdentities } from '../../mocks/index.ts';
import { chooseAccount, startCoreWithBrowser } from './core-with-browser.ts';

const alice = seedCredentials.alice;
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('social sign-in through the system browser', () => {
  it('signs Alice in with Google: PKCE S256, state, a loopback redirect', async () => {
    const opened: string[] = [];
    const core = await startCoreWithBrowser({ current: chooseAccount(seedSocialIdentities.aliceGoogle.displayName) }, opened, cleanups);
    const result = await core.router.dispatch('social.signIn', { provider: 'google' });
    expect(result).toMatchObject({ ok: true, value: { status: 'signed_in', user: { id: 'u-alice' } } });

    const authorize = new URL(opened[0] ?? '');
    expect(authorize.hostname).toBe('127.0.0.1');
    expect(authorize.pathname).toBe('/oauth/authorize');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('state')?.length).toBeGreaterThanOrEqual(32);
    expect(authorize.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
  });

  it('says plainly when the social account is linked to no Bitrix ID, and creates none', async () => {
    const core = await startCoreWithBrowser({ current: chooseAccount(seedSocialIdentities.carolGoogle.displayName) }, [], cleanups);
    expect(await core.router.dispatch('social.signIn', { provider: 'google' })).toMatchObject({
      ok: false,
      error: { code: 'social_not_linked' },
    });
    expect(await core.router.dispatch('session.get', undefined)).toMatchObject({ ok: true, value: { status: 'signed_out' } });
  });

  it('stops waiting when the person cancels', async () => {
    const core = await startCoreWithBrowser({ current: async () => {} }, [], cleanups);
    const pending = core.router.dispatch('social.signIn', { provider: 'google' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await core.router.dispatch('social.cancel', undefined)).toEqual({ ok: true, value: { cancelled: true } });
    expect(await pending).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('connects Apple to the signed-in Bitrix ID, then disconnects it', async () => {
    const browser = { current: chooseAccount(seedSocialIdentities.aliceApple.displayName) };
    const core = await startCoreWithBrowser(browser, [], cleanups);
    await core.router.dispatch('session.signIn', { login: alice.email, password: alice.password });

    const connected = await core.router.dispatch('social.connect', { provider: 'apple' });
    expect(connected).toMatchObject({
      ok: true,
      value: { socialAccounts: expect.arrayContaining([{ provider: 'apple', displayName: 'Alice Demo (alice@icloud.com)' }]) },
    });
    const disconnected = await core.router.dispatch('social.disconnect', { provider: 'apple' });
    expect(disconnected.ok && (disconnected.value as { socialAccounts: Array<{ provider: string }> }).socialAccounts.map((a) => a.provider)).toEqual([
      'google',
    ]);
  });

  it('never disconnects the last way in', async () => {
    const core = await startCoreWithBrowser({ current: chooseAccount(seedSocialIdentities.danaYandex.displayName) }, [], cleanups);
    expect(await core.router.dispatch('social.signIn', { provider: 'yandex' })).toMatchObject({ ok: true });
    expect(await core.router.dispatch('social.disconnect', { provider: 'yandex' })).toMatchObject({
      ok: false,
      error: { code: 'last_sign_in_method' },
    });
  });

  it('refuses a provider name that is not one', async () => {
    const core = await startCoreWithBrowser({ current: async () => {} }, [], cleanups);
    expect(await core.router.dispatch('social.signIn', { provider: '../../etc' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { provider: 'invalid' } },
    });
  });
});
