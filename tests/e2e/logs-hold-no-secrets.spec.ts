/*
 * Runs the account flows against a standalone mock server with the app's logging on, then proves
 * that no seeded or typed password and no issued token, confirmation code or checkword appears in
 * any file the app wrote (its logs above all).
 */
import { startMockHttpServer } from '../../mocks/index.ts';
import { expect, test } from './fixtures.ts';
import {
  changePasswordForm,
  openProfile,
  pendingLoginChange,
  recoveryScreen,
  serverInbox,
  startLoginChange,
} from './support/account.ts';
import { filesText } from './support/page-secrets.ts';
import { alice, launchSignedIn, signIn, signInScreen, signOut } from './support/screens.ts';

const changedPassword = 'Quiet-Lantern-48';
const recoveredPassword = 'Amber-Orchard-93';
const newEmail = 'alice.logs@example.com';

test('after sign-in, a login change, a password change, an application password and a recovery, no secret is in any file the app wrote', async ({
  app,
}) => {
  const mock = await startMockHttpServer({ port: 0 });
  try {
    const page = await launchSignedIn(app, alice, { apiUrl: mock.url });

    await openProfile(page, alice);
    await startLoginChange(page, 'email', newEmail, alice.password);
    const pending = pendingLoginChange(page, 'email', newEmail);
    await expect(pending.group).toBeVisible();
    const [confirmation] = await serverInbox(mock.url, newEmail);
    await pending.confirmation.fill(confirmation?.link ?? '');
    await pending.confirm.click();
    await expect(pending.group).toBeHidden();
    await expect(page.getByRole('region', { name: 'Email', exact: true })).toContainText(newEmail);

    const form = changePasswordForm(page);
    await form.changeButton.click();
    await form.current.fill(alice.password);
    await form.newPassword.fill(changedPassword);
    await form.repeat.fill(changedPassword);
    await form.save.click();
    await expect(form.form).toBeHidden();

    // A new application password passes through main to the screen once: never into a file.
    await page.getByRole('tab', { name: 'Passwords', exact: true }).click();
    await page.getByRole('button', { name: 'Create application password', exact: true }).click();
    const create = page.getByRole('dialog', { name: 'New application password', exact: true });
    await create.getByRole('textbox', { name: 'Name', exact: true }).fill('Mail');
    await create.getByRole('button', { name: 'Create', exact: true }).click();
    const shown = page.getByRole('dialog', { name: 'Your new application password', exact: true });
    const appPassword = await shown.getByRole('textbox', { name: 'Application password', exact: true }).inputValue();
    await shown.getByRole('button', { name: 'Done', exact: true }).click();

    await signOut(page, alice);
    await page.getByRole('button', { name: 'Forgot your password?', exact: true }).click();
    const recovery = recoveryScreen(page);
    await recovery.login.fill(newEmail);
    await recovery.send.click();
    await expect(recovery.sent(newEmail)).toBeVisible();
    const [recoveryMessage] = await serverInbox(mock.url, newEmail);
    await recovery.checkword.fill(recoveryMessage?.checkword ?? '');
    await recovery.newPassword.fill(recoveredPassword);
    await recovery.repeat.fill(recoveredPassword);
    await recovery.submit.click();
    await expect(signInScreen(page).heading).toBeVisible();
    await signIn(page, newEmail, recoveredPassword);
    await expect(page.getByRole('button', { name: alice.fullName })).toBeVisible();
    await app.close();

    const issued = mock.backend.issuedSecrets();
    const secrets = [
      ...issued.accessTokens,
      ...issued.refreshTokens,
      ...issued.codes,
      alice.password,
      changedPassword,
      recoveredPassword,
      appPassword,
      appPassword.replaceAll(' ', ''),
    ];
    expect(issued.accessTokens.length).toBeGreaterThan(1);
    expect(issued.codes.length).toBeGreaterThanOrEqual(2);

    const files = await filesText(app.dataDir);
    const logs = files.filter(({ file }) => file.endsWith('.log'));
    // The logs exist and say something, so finding no secret in them means something.
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.map(({ text }) => text).join('\n')).toContain('/auth/token');
    for (const { file, text } of files) {
      for (const secret of secrets) expect(text.includes(secret), `${file} contains a secret`).toBe(false);
    }
  } finally {
    await app.close();
    await mock.close();
  }
});
