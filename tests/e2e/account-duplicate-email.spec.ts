import { expect, test } from './fixtures.ts';
import { changeLoginForm, openProfile, startLoginChange } from './support/account.ts';
import { alice, bob, launchSignedIn } from './support/screens.ts';

test("changing Alice's e-mail to Bob's says it is taken and keeps what was typed", async ({ app }) => {
  const page = await launchSignedIn(app);
  const profile = await openProfile(page, alice);

  await startLoginChange(page, 'email', bob.email, alice.password);

  const form = changeLoginForm(page, 'email');
  await expect(form.newValue).toHaveAccessibleDescription('A user with this email already exists.');
  await expect(form.newValue).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('A user with this email already exists.', { exact: true })).toHaveCount(1);
  // Nothing else is said: no form-level error next to it.
  await expect(form.form.getByRole('alert')).toHaveCount(0);
  await expect(form.newValue).toHaveValue(bob.email);
  await expect(form.currentPassword).toHaveValue(alice.password);
  await expect(form.save).toBeEnabled();
  // No change was started.
  await expect(profile.email.getByRole('group')).toHaveCount(0);
  await expect(profile.email).toContainText(alice.email);
});
