/**
 * `bitrixid://` links handed over by the OS to the running app (a second launch): a login
 * confirmation, which asks first, signed in or after the sign-in; foreign confirmation links, which
 * spend none of the person's attempts; and a password recovery link.
 */
import type { Page } from '@playwright/test';
import { expect, test, type App } from './fixtures.ts';
import { openProfile, readFromMockInbox, readNewestMessageField, recoveryScreen, signInNotice, startLoginChange } from './support/account.ts';
import { alice, expectSignedIn, launchSignedIn, signIn, signInScreen, signOut } from './support/screens.ts';

const newEmail = 'alice.link@example.com';
const newPassword = 'Bright-Meadow-77';

/** The question a confirmation link asks before it changes anything. */
const confirmQuestion = (page: Page) => page.getByRole('alertdialog', { name: 'Confirm the new login', exact: true });

/** Says Confirm to the question and waits for the app to say the new login is confirmed. */
async function confirmAndSeeItDone(page: Page): Promise<void> {
  await confirmQuestion(page).getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your new login is confirmed.' })).toBeVisible();
}

/** Signs Alice in and starts changing her e-mail; returns the confirmation link the mock "sent". */
async function startEmailChange(app: App): Promise<string> {
  const page = await launchSignedIn(app);
  await openProfile(page, alice);
  await startLoginChange(page, 'email', newEmail, alice.password);
  return readFromMockInbox(page, alice, newEmail, 'Link');
}

test('a confirmation link opened while signed in asks first, and confirms the new e-mail on Confirm', async ({ app }) => {
  const link = await startEmailChange(app);
  const page = app.page;

  await app.openLink(link);

  await expect(confirmQuestion(page)).toContainText(`Confirm the new login ${newEmail}?`);
  await confirmAndSeeItDone(page);
  const profile = await openProfile(page, alice);
  await expect(profile.email).toContainText(newEmail);
});

test('Cancel on the question changes nothing, and the link can be opened again', async ({ app }) => {
  const link = await startEmailChange(app);
  const page = app.page;

  await app.openLink(link);
  await confirmQuestion(page).getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(confirmQuestion(page)).toHaveCount(0);
  const profile = await openProfile(page, alice);
  await expect(profile.email).toContainText(alice.email);

  await app.openLink(link);
  await confirmAndSeeItDone(page);
});

test('five foreign confirmation links fail without using up the real link', async ({ app }) => {
  const link = await startEmailChange(app);
  const page = app.page;

  for (let index = 0; index < 5; index += 1) {
    await app.openLink(`bitrixid://confirm-login?token=foreign${index}${'x'.repeat(38)}`);
    await confirmQuestion(page).getByRole('button', { name: 'Confirm', exact: true }).click();
    const failed = page.getByRole('alert').filter({ hasText: 'This confirmation link did not work.' });
    await failed.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await expect(failed).toHaveCount(0);
  }

  await app.openLink(link);
  await confirmAndSeeItDone(page);
});

test('a confirmation link opened while signed out asks after the sign-in', async ({ app }) => {
  const link = await startEmailChange(app);
  const page = app.page;
  await signOut(page, alice);
  await expect(signInScreen(page).heading).toBeVisible();

  await app.openLink(link);
  await expect(page.getByRole('status').filter({ hasText: 'Sign in to confirm your new login.' })).toBeVisible();
  // The old e-mail is the login until the change is confirmed.
  await signIn(page, alice.email, alice.password);

  await confirmAndSeeItDone(page);
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
  await expect(form.getByRole('textbox', { name: 'Code or link from the message' })).toHaveCount(0);
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
