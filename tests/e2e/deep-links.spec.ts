/**
 * `bitrixid://` links handed over by the OS to the running app (a second launch): a login
 * confirmation, signed in or waiting for the sign-in, and a password recovery link.
 */
import { expect, test, type App } from './fixtures.ts';
import { openProfile, readFromMockInbox, readNewestMessageField, recoveryScreen, signInNotice, startLoginChange } from './support/account.ts';
import { alice, expectSignedIn, launchSignedIn, signIn, signInScreen, signOut } from './support/screens.ts';

const newEmail = 'alice.link@example.com';
const newPassword = 'Bright-Meadow-77';

/** Signs Alice in and starts changing her e-mail; returns the confirmation link the mock "sent". */
async function startEmailChange(app: App): Promise<string> {
  const page = await launchSignedIn(app);
  await openProfile(page, alice);
  await startLoginChange(page, 'email', newEmail, alice.password);
  return readFromMockInbox(page, alice, newEmail, 'Link');
}

test('a confirmation link opened while signed in confirms the new e-mail at once', async ({ app }) => {
  const link = await startEmailChange(app);
  const page = app.page;

  await app.openLink(link);

  await expect(page.getByRole('status').filter({ hasText: 'Your new login is confirmed.' })).toBeVisible();
  const profile = await openProfile(page, alice);
  await expect(profile.email).toContainText(newEmail);
});

test('a confirmation link opened while signed out waits for the sign-in', async ({ app }) => {
  const link = await startEmailChange(app);
  const page = app.page;
  await signOut(page, alice);
  await expect(signInScreen(page).heading).toBeVisible();

  await app.openLink(link);
  await expect(page.getByRole('status').filter({ hasText: 'Sign in to confirm your new login.' })).toBeVisible();
  // The old e-mail is the login until the change is confirmed.
  await signIn(page, alice.email, alice.password);

  await expect(page.getByRole('status').filter({ hasText: 'Your new login is confirmed.' })).toBeVisible();
  const profile = await openProfile(page, alice);
  await expect(profile.email).toContainText(newEmail);
});

test('a recovery link opens "Set a new password" for its login, and the new password signs in', async ({ app }) => {
  const page = await app.launch();
  await page.getByRole('button', { name: 'Forgot your password?', exact: true }).click();
  const recovery = recoveryScreen(page);
  await recovery.login.fill(alice.email);
  await recovery.send.click();
  await expect(recovery.sent(alice.email)).toBeVisible();
  await page.getByRole('button', { name: 'Mock inbox', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Mock inbox' });
  const link = await readNewestMessageField(page, alice.email, 'Link');
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await recovery.backToSignIn.click();

  await app.openLink(link);

  const form = page.getByRole('form', { name: 'Set a new password', exact: true });
  await expect(page.getByText(`Set a new password for ${alice.email}.`)).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Checkword' })).toHaveCount(0);
  await form.getByLabel('New password', { exact: true }).fill(newPassword);
  await form.getByLabel('Repeat new password', { exact: true }).fill(newPassword);
  await form.getByRole('button', { name: 'Set new password', exact: true }).click();

  await expect(signInNotice(page, 'Your password was changed. Sign in with the new password.')).toBeVisible();
  await signIn(page, alice.email, newPassword);
  await expectSignedIn(page, alice);
});

test('a link that is not one of the app’s own is refused and changes nothing', async ({ app }) => {
  const page = await app.launch();
  await expect(signInScreen(page).heading).toBeVisible();

  await expect(app.openLink('bitrixid://delete-account?token=abcdefghijklmnopqrstuvwxyz')).rejects.toThrow('refused');

  await expect(signInScreen(page).heading).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'confirm' })).toHaveCount(0);
});
