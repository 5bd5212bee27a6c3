/*
 * The sign-in form offers the login of the last person who signed in on this device, never one that
 * was only typed into "Forgot your password?". Keyboard only.
 */
import { expect, test } from './fixtures.ts';
import { tabTo } from './support/keyboard.ts';
import { recoveryScreen } from './support/account.ts';
import { accountMenu, alice, bob, expectSignedIn, signInScreen } from './support/screens.ts';

test("Bob's address typed into recovery, then Alice signs in and out: the form shows Alice's login", async ({ app }) => {
  const page = await app.launch();
  const screen = signInScreen(page);
  await expect(screen.login).toBeFocused();

  await tabTo(page, page.getByRole('button', { name: 'Forgot your password?', exact: true }));
  await page.keyboard.press('Enter');
  const recovery = recoveryScreen(page);
  await expect(recovery.heading).toBeVisible();
  await tabTo(page, recovery.login);
  await page.keyboard.type(bob.email);
  await tabTo(page, page.getByRole('button', { name: 'Back to sign in', exact: true }));
  await page.keyboard.press('Enter');

  await tabTo(page, screen.login);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(alice.email);
  await page.keyboard.press('Tab');
  await expect(screen.password).toBeFocused();
  await page.keyboard.type(alice.password);
  await page.keyboard.press('Enter');
  await expectSignedIn(page, alice);

  await accountMenu(page, alice).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Sign out', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(screen.heading).toBeVisible();
  await expect(screen.login).toHaveValue(alice.email);
  // The login is known, so the password waits for her.
  await expect(screen.password).toBeFocused();

  // Kept across a restart too: it is in the settings file, per server.
  const restarted = await app.restart();
  await expect(signInScreen(restarted).login).toHaveValue(alice.email);
});
