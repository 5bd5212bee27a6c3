import { expect, test } from './fixtures.ts';
import { clearKeychain, keychainAccounts } from './support/keychain.ts';
import { alice, expectSignedIn, expectSignInScreen, launchSignedIn, signOut } from './support/screens.ts';

test.describe('The session across restarts', () => {
  test('a restart keeps you signed in, with the refresh token from the OS keychain', async ({ app }) => {
    await launchSignedIn(app);
    expect(await keychainAccounts(app.keychainService)).toHaveLength(1);

    const restarted = await app.restart();

    await expectSignedIn(restarted, alice);
  });

  test('without its keychain entry, a restarted app asks to sign in again', async ({ app }) => {
    await launchSignedIn(app);
    await app.close();

    // Proves the session comes back from the keychain and from nowhere else (no file, no storage).
    expect(await clearKeychain(app.keychainService)).toBe(1);
    const relaunched = await app.launch();

    await expectSignInScreen(relaunched);
  });

  test('after signing out and a restart, the sign-in screen shows', async ({ app }) => {
    const page = await launchSignedIn(app);

    await signOut(page, alice);

    await expectSignInScreen(page);
    expect(await keychainAccounts(app.keychainService)).toEqual([]);
    const restarted = await app.restart();
    await expectSignInScreen(restarted);
  });
});
