import { expect, test } from './fixtures.ts';
import { openProfile, pendingLoginChange, readFromMockInbox, startLoginChange } from './support/account.ts';
import { alice, expectSignedIn, launchSignedIn, signIn, signInScreen, signOut } from './support/screens.ts';

const newEmail = 'alice.new@example.com';

test('changing the e-mail is confirmed with the link from the mock inbox, then only the new e-mail signs in', async ({ app }) => {
  const page = await launchSignedIn(app);

  const profile = await openProfile(page, alice);
  await expect(profile.email).toContainText(alice.email);
  const form = await startLoginChange(page, 'email', newEmail, alice.password);

  const pending = pendingLoginChange(page, 'email', newEmail);
  await expect(pending.group).toBeVisible();
  await expect(form.form).toBeHidden();
  // Until it is confirmed, the old e-mail stays the login.
  await expect(profile.email).toContainText(alice.email);

  const link = await readFromMockInbox(page, alice, newEmail, 'Link');
  expect(link).toMatch(/^bitrixid:\/\/confirm-login\?token=\S+$/);

  // Back to the profile: the change is still waiting there (it lives on the server, not in this view).
  await openProfile(page, alice);
  await expect(pending.group).toBeVisible();
  await pending.confirmation.fill(link);
  await pending.confirm.click();

  await expect(profile.email.getByRole('status')).toHaveText(`Your email has been changed to ${newEmail}.`);
  await expect(pending.group).toBeHidden();
  await expect(profile.email).toContainText(newEmail);
  await expect(profile.email).not.toContainText(alice.email);

  await signOut(page, alice);
  const screen = signInScreen(page);
  await signIn(page, alice.email, alice.password);
  await expect(screen.alert.filter({ hasText: 'Wrong login or password' })).toBeVisible();

  await signIn(page, newEmail, alice.password);
  await expectSignedIn(page, alice);
  const after = await openProfile(page, alice);
  await expect(after.email).toContainText(newEmail);
});
