import { expect, test } from './fixtures.ts';
import { changePasswordForm, expectRule, openProfile } from './support/account.ts';
import { alice, expectSignedIn, launchSignedIn, signIn, signInScreen, signOut } from './support/screens.ts';

const newPassword = 'Sunny-Harbor-2026';

test('changing the password: a live checklist, a mismatch caught first, then only the new password signs in', async ({ app }) => {
  const page = await launchSignedIn(app);
  const profile = await openProfile(page, alice);

  const form = changePasswordForm(page);
  await form.changeButton.click();
  await expect(form.form).toBeVisible();
  await form.current.fill(alice.password);

  // The checklist follows what is typed, item by item, in words.
  await expect(form.checklist).toBeVisible();
  await form.newPassword.fill('short');
  await expectRule(form.rule('At least 8 characters'), false);
  await expectRule(form.rule('An upper-case letter'), false);
  await expectRule(form.rule('A lower-case letter'), true);
  await expectRule(form.rule('A digit'), false);
  await expect(form.strength).toHaveAttribute('aria-valuetext', 'Weak');

  await form.newPassword.fill(alice.password);
  await expectRule(form.rule('At least 8 characters'), true);
  await expectRule(form.rule('An upper-case letter'), true);
  await expectRule(form.rule('A digit'), true);
  await expectRule(form.rule('Not the current password'), false);

  await form.newPassword.fill('Alice-Is-Here-1');
  await expectRule(form.rule('Not the current password'), true);
  await expectRule(form.rule('Does not contain your login'), false);

  await form.newPassword.fill(newPassword);
  for (const rule of ['At least 8 characters', 'An upper-case letter', 'A lower-case letter', 'A digit', 'Not the current password', 'Does not contain your login']) {
    await expectRule(form.rule(rule), true);
  }
  await expect(form.strength).toHaveAttribute('aria-valuetext', 'Strong');

  // A mismatch is caught before anything is sent.
  await form.repeat.fill(`${newPassword}x`);
  await form.save.click();
  await expect(form.repeat).toHaveAccessibleDescription('The passwords do not match.');
  await expect(form.form).toBeVisible();
  await expect(profile.password.getByRole('status')).toHaveCount(0);

  await form.repeat.fill(newPassword);
  await form.save.click();

  await expect(form.form).toBeHidden();
  await expect(profile.password.getByRole('status')).toHaveText(
    'Your password has been changed. Check it by signing in to Bitrix24 in a private browser window.',
  );
  await expect(profile.password.getByRole('button', { name: 'Sign out on all devices', exact: true })).toBeVisible();

  await signOut(page, alice);
  const screen = signInScreen(page);
  await signIn(page, alice.email, alice.password);
  await expect(screen.alert.filter({ hasText: 'Wrong login or password' })).toBeVisible();

  await signIn(page, alice.email, newPassword);
  await expectSignedIn(page, alice);
});
