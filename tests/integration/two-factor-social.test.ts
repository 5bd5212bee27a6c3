import { afterEach, describe, expect, it } from 'vitest';
import { seedCredentials, seedSocialIdentities, seedTwoFactor } from '../../mocks/index.ts';
import { chooseAccount, startCoreWithBrowser } from './core-with-browser.ts';

const erin = seedCredentials.erin;
const { carolGoogle } = seedSocialIdentities;
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('social sign-in of a two-step account', () => {
  it('asks for the code in the app (the browser says so), then signs in with it', async () => {
    const pages: Array<Promise<string>> = [];
    const core = await startCoreWithBrowser({ current: chooseAccount(carolGoogle.displayName, pages) }, [], cleanups);
    // Erin connects a Google account first (her two-step sign-in done with a recovery code).
    expect(await core.router.dispatch('session.signIn', { login: erin.email, password: erin.password })).toMatchObject({
      ok: false,
      error: { code: 'two_factor_required' },
    });
    await core.router.dispatch('session.verifyTwoFactor', { code: seedTwoFactor.erin.recoveryCodes[0] });
    expect(await core.router.dispatch('social.connect', { provider: 'google' })).toMatchObject({ ok: true });
    await core.router.dispatch('session.signOut', undefined);

    expect(await core.router.dispatch('social.signIn', { provider: 'google' })).toEqual({
      ok: false,
      error: { code: 'two_factor_required' },
    });
    expect(await pages[1]).toContain('One more step in Bitrix ID Desktop');
    expect(await core.router.dispatch('session.get', undefined)).toMatchObject({ ok: true, value: { status: 'signed_out' } });

    const signedIn = await core.router.dispatch('session.verifyTwoFactor', { code: seedTwoFactor.erin.recoveryCodes[1] });
    expect(signedIn).toMatchObject({ ok: true, value: { status: 'signed_in', user: { email: erin.email } } });
  });
});
