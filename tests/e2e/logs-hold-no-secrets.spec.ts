/*
 * Runs the account flows (two-step and QR sign-in too) against a standalone mock server with the
 * app's logging on, then proves that no seeded or typed password and no issued token, confirmation
 * code, checkword, second-step token or device code appears in any file the app wrote (its logs
 * above all).
 */
import { Secret, TOTP } from 'otpauth';
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
const erin = { fullName: 'Erin Secure', email: 'erin@example.com', password: 'Erin-Passw0rd!' };
/** Erin's authenticator app (her seed key): what a tester's phone would show. */
const erinApp = new TOTP({ secret: Secret.fromBase32('JBSWY3DPEHPK3PXP') });

test('after sign-in, a login change, a password change, an application password, a recovery, a two-step and a QR sign-in, no secret is in any file the app wrote', async ({
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

    // Two-step: the second step's token stays in main between the password and the code.
    await signOut(page, alice);
    await signIn(page, erin.email, erin.password);
    await page.getByRole('textbox', { name: 'Code from your authenticator app', exact: true }).fill(erinApp.generate());
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await expect(page.getByRole('button', { name: erin.fullName })).toBeVisible();

    // QR sign-in: the device code stays in main while it polls; a tester's route plays Alice's phone.
    await page.getByRole('button', { name: erin.fullName }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in with QR code', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Waiting for approval…' })).toBeVisible();
    const approved = await fetch(`${mock.url}/__mock/qr-approve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: newEmail }),
    });
    expect(approved.status).toBe(200);
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
      erin.password,
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
