/**
 * Signing in with a QR code (RFC 8628 device authorization): the sign-in screen shows a QR code
 * and waits; the Mock backend panel's "Approve as Alice's phone" plays the signed-in phone; the
 * waiting app is signed in as Alice. With the keyboard alone, and through axe in both themes and
 * both languages.
 */
import { expect, test } from './fixtures.ts';
import { tabTo } from './support/keyboard.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { alice, expectSignedIn, signInScreen } from './support/screens.ts';
import { signedOutFooter } from './support/server-settings.ts';

test('signing in with a QR code approved from the Mock backend panel, with the keyboard alone', async ({ app }) => {
  const page = await app.launch();
  await expect(signInScreen(page).heading).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Sign in with QR code', exact: true }));
  await page.keyboard.press('Enter');
  const view = page.getByRole('region', { name: 'Sign in with a QR code' });
  await expect(view.getByRole('img', { name: 'QR code to sign in' })).toBeVisible();
  await expect(view.getByText(/^Code: [BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$/)).toBeVisible();
  await expect(view.getByRole('status')).toHaveText('Waiting for approval…');
  await expect(view.getByText(/^Expires in [12]:\d\d$/)).toBeVisible();
  await expect(view.getByRole('button', { name: 'Cancel' })).toBeFocused();

  // Cancel gives the focus back to the button; a new request is started from it.
  await page.keyboard.press('Enter');
  const reopen = page.getByRole('button', { name: 'Sign in with QR code', exact: true });
  await expect(reopen).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(view.getByRole('status')).toHaveText('Waiting for approval…');

  // The tester plays Alice's phone.
  await tabTo(page, signedOutFooter(page).mockBackend);
  await page.keyboard.press('Enter');
  const approve = page.getByRole('button', { name: 'Approve as Alice’s phone', exact: true });
  await tabTo(page, approve);
  await page.keyboard.press('Enter');
  await expectSignedIn(page, alice);
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const language of ['en', 'ru'] as const) {
    test(`the QR view passes axe, ${colorScheme} theme, ${language}`, async ({ app }, testInfo) => {
      test.skip(app.kind !== 'web', 'axe checks the renderer in the web project; Electron shows the same renderer');
      const page = await app.launch({ colorScheme });
      await expect(signInScreen(page).heading).toBeVisible();
      if (language === 'ru') await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Русский' });
      await page.getByRole('button', { name: language === 'ru' ? 'Войти по QR-коду' : 'Sign in with QR code', exact: true }).click();
      const status = page.getByRole('status').filter({ hasText: language === 'ru' ? 'Ждём подтверждения…' : 'Waiting for approval…' });
      await expect(status).toBeVisible();
      await expectNoSeriousViolations(page, testInfo, `QR view, ${colorScheme}, ${language}`);
    });
  }
}
