import { startMockHttpServer } from '../../mocks/index.ts';
import { expect, test as base, type App } from './fixtures.ts';
import { chooseFromAccountMenu, openProfile, signInNotice } from './support/account.ts';
import { keychainAccounts } from './support/keychain.ts';
import { accountMenu, alice, expectSignedIn, expectSignInScreen, signIn } from './support/screens.ts';
import { otherAppFixture } from './support/second-app.ts';

/** A second instance of the app, with its own data folder and keychain service. */
const test = base.extend<{ otherApp: App }>({ otherApp: otherAppFixture });

test('"Sign out on all devices" signs out this instance at once and another one at its next call', async ({ app, otherApp }) => {
  // One backend for both instances, so they are two devices of one account.
  const mock = await startMockHttpServer({ port: 0 });
  try {
    const page = await app.launch({ apiUrl: mock.url });
    const otherPage = await otherApp.launch({ apiUrl: mock.url });
    await signIn(page, alice.email, alice.password);
    await expectSignedIn(page, alice);
    await signIn(otherPage, alice.email, alice.password);
    await expectSignedIn(otherPage, alice);
    expect(await keychainAccounts(app.keychainService)).toHaveLength(1);
    expect(await keychainAccounts(otherApp.keychainService)).toHaveLength(1);

    // With a server of its own choosing the app offers no mock inbox.
    await accountMenu(page, alice).click();
    await expect(page.getByRole('menuitem', { name: 'Profile and security', exact: true })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: 'Mock inbox', exact: true })).toHaveCount(0);
    await accountMenu(page, alice).click();

    const profile = await openProfile(page, alice);
    await profile.passwordsTab.click();
    await expect(profile.passwordsTab).toHaveAttribute('aria-selected', 'true');
    const sessions = profile.sessions.getByRole('list', { name: 'Active sessions', exact: true });
    await expect(sessions).toBeVisible();
    // Both instances are listed; only one of them is this device.
    await expect(sessions.getByRole('listitem').filter({ hasText: 'This device' })).toHaveCount(1);
    await expect.poll(() => sessions.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);

    await profile.sessions.getByRole('button', { name: 'Sign out on all devices', exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Sign out on all devices?', exact: true });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel', exact: true })).toBeFocused();
    await dialog.getByRole('button', { name: 'Sign out on all devices', exact: true }).click();

    await expectSignInScreen(page);
    await expect(signInNotice(page, 'You have been signed out on all devices.')).toBeVisible();
    expect(await keychainAccounts(app.keychainService)).toEqual([]);

    // The other instance learns at its next call to the server.
    await expect(accountMenu(otherPage, alice)).toBeVisible();
    await chooseFromAccountMenu(otherPage, alice, 'Profile and security');
    await expectSignInScreen(otherPage);
    await expect.poll(() => keychainAccounts(otherApp.keychainService)).toEqual([]);

    // Signing in again works on both.
    await signIn(page, alice.email, alice.password);
    await expectSignedIn(page, alice);
  } finally {
    await app.close();
    await otherApp.close();
    await mock.close();
  }
});
