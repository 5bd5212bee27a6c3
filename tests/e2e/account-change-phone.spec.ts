import { expect, test } from './fixtures.ts';
import { openProfile, pendingLoginChange, readFromMockInbox, startLoginChange } from './support/account.ts';
import { alice, expectSignedIn, launchSignedIn, signIn, signOut } from './support/screens.ts';

const newPhone = '+1 555 010 0099';

/** A six-digit code that is surely not `code`. */
const anotherCode = (code: string): string => code.slice(0, -1) + String((Number(code.at(-1)) + 1) % 10);

test('changing the phone is confirmed with the SMS code from the mock inbox; a wrong code first says how many attempts are left', async ({
  app,
}) => {
  const page = await launchSignedIn(app);

  const profile = await openProfile(page, alice);
  await expect(profile.phone).toContainText(alice.phone);
  await startLoginChange(page, 'phone', newPhone, alice.password);

  const pending = pendingLoginChange(page, 'phone', newPhone);
  await expect(pending.group).toBeVisible();
  await expect(profile.phone).toContainText(alice.phone);

  const code = await readFromMockInbox(page, alice, newPhone, 'Code');
  expect(code).toMatch(/^\d{6}$/);

  await openProfile(page, alice);
  await expect(pending.group).toBeVisible();
  await pending.confirmation.fill(anotherCode(code));
  await pending.confirm.click();
  await expect(pending.confirmation).toHaveAccessibleDescription(/^Wrong code\. 4 attempts left\./);
  await expect(pending.confirmation).toHaveAttribute('aria-invalid', 'true');
  // Still waiting, still the old number.
  await expect(profile.phone).toContainText(alice.phone);

  await pending.confirmation.fill(code);
  await pending.confirm.click();

  await expect(profile.phone.getByRole('status')).toHaveText(`Your phone number has been changed to ${newPhone}.`);
  await expect(pending.group).toBeHidden();
  await expect(profile.phone).toContainText(newPhone);
  await expect(profile.phone).not.toContainText(alice.phone);

  // The new number is the login now.
  await signOut(page, alice);
  await signIn(page, newPhone, alice.password);
  await expectSignedIn(page, alice);
});
