import { startMockHttpServer } from '../../mocks/index.ts';
import { expect, test } from './fixtures.ts';
import { readNewestMessageField, recoveryScreen, serverInbox, signInNotice } from './support/account.ts';
import { alice, expectSignedIn, signIn, signInScreen } from './support/screens.ts';

const newPassword = 'Bright-Meadow-77';
const stranger = 'nobody@example.com';

/*
 * The first test runs against the standalone mock server, whose inbox also proves that nothing is
 * sent for an unknown login; the second reads the checkword in the app's own Mock inbox dialog,
 * opened from the signed-out recovery screen, whose typed values must survive it.
 */
test('recovery from the sign-in screen: a neutral answer, a wrong checkword refused, the e-mailed link sets the new password', async ({
  app,
}) => {
  const mock = await startMockHttpServer({ port: 0 });
  try {
    const page = await app.launch({ apiUrl: mock.url });
    const screen = signInScreen(page);
    await expect(screen.heading).toBeVisible();
    await page.getByRole('button', { name: 'Forgot your password?', exact: true }).click();

    // An unknown login gets the same answer, and nothing is sent.
    const recovery = recoveryScreen(page);
    await expect(recovery.heading).toBeVisible();
    await recovery.login.fill(stranger);
    await recovery.send.click();
    await expect(recovery.sent(stranger)).toBeVisible();
    await expect(recovery.checkword).toBeVisible();
    expect(await serverInbox(mock.url, stranger)).toEqual([]);

    await recovery.backToSignIn.click();
    await expect(screen.heading).toBeVisible();
    await page.getByRole('button', { name: 'Forgot your password?', exact: true }).click();
    await expect(recovery.heading).toBeVisible();
    await recovery.login.fill(alice.email);
    await recovery.send.click();
    await expect(recovery.sent(alice.email)).toBeVisible();

    const [message, ...older] = await serverInbox(mock.url, alice.email);
    expect(older).toEqual([]);
    const checkword = message?.checkword ?? '';
    expect(checkword).not.toBe('');
    expect(message?.link).toBe(`bitrixid://recover?login=${encodeURIComponent(alice.email)}&checkword=${checkword}`);

    // A wrong checkword is refused, with the checkword's own words.
    await recovery.checkword.fill(`${checkword}x`);
    await recovery.newPassword.fill(newPassword);
    await recovery.repeat.fill(newPassword);
    await recovery.submit.click();
    await expect(recovery.checkword).toHaveAccessibleDescription(/^This code or link no longer works. Ask for a new one./);
    await expect(recovery.heading).toBeVisible();

    // The whole link from the message works as the checkword.
    await recovery.checkword.fill(message?.link ?? '');
    await recovery.submit.click();

    await expect(screen.heading).toBeVisible();
    await expect(signInNotice(page, 'Your password was changed. Sign in with the new password.')).toBeVisible();

    await signIn(page, alice.email, alice.password);
    await expect(screen.alert.filter({ hasText: 'Wrong login or password' })).toBeVisible();
    await signIn(page, alice.email, newPassword);
    await expectSignedIn(page, alice);
  } finally {
    await app.close();
    await mock.close();
  }
});

test('after a reset with the checkword from the in-app Mock inbox, the sign-in screen has the recovered login filled in', async ({
  app,
}) => {
  try {
    const page = await app.launch();
    const screen = signInScreen(page);
    await expect(screen.heading).toBeVisible();
    await page.getByRole('button', { name: 'Forgot your password?', exact: true }).click();
    const recovery = recoveryScreen(page);
    await expect(recovery.heading).toBeVisible();
    await recovery.login.fill(alice.email);
    await recovery.send.click();
    await expect(recovery.sent(alice.email)).toBeVisible();
    await recovery.newPassword.fill(newPassword);

    await page.getByRole('button', { name: 'Mock inbox', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Mock inbox' });
    await expect(dialog).toBeVisible();
    const checkword = await readNewestMessageField(page, alice.email, 'Recovery code');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(recovery.newPassword).toHaveValue(newPassword);

    await recovery.checkword.fill(checkword);
    await recovery.repeat.fill(newPassword);
    await recovery.submit.click();

    await expect(signInNotice(page, 'Your password was changed. Sign in with the new password.')).toBeVisible();
    await expect(screen.login).toHaveValue(alice.email);
    await screen.password.fill(newPassword);
    await screen.submit.click();
    await expectSignedIn(page, alice);
  } finally {
    await app.close();
  }
});
