/*
 * Dana made her Bitrix ID with Yandex and has no password. She proves it is her by a code sent to
 * her e-mail (read from the Mock inbox), sets a password, and then may disconnect Yandex; all with
 * the keyboard. The new steps pass axe in both themes and both languages.
 */
import { expect, test } from './fixtures.ts';
import { tabTo } from './support/keyboard.ts';
import { newPasswordFields, openProfile, readFromMockInbox } from './support/account.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { accountMenu, signInScreen, type SeedUser } from './support/screens.ts';
import { SIGNED_IN_PAGE, systemBrowser } from './support/social-consent.ts';

const dana: SeedUser = { fullName: 'Dana Social', email: 'dana@example.com', phone: '', password: '', portals: [] };
const danaAtYandex = 'Dana Social (dana@yandex.ru)';
const newPassword = 'Sunny-Meadow-42';
test('Dana proves it is her with a code from the Mock inbox, sets a password, then disconnects Yandex', async ({ app, playwright }) => {
  const browser = systemBrowser(playwright);
  try {
    const page = await app.launch();
    await tabTo(page, page.getByRole('button', { name: 'Sign in with Yandex', exact: true }));
    await page.keyboard.press('Enter');
    await browser.continueAs(app, danaAtYandex);
    await expect(accountMenu(page, dana)).toBeVisible();

    const profile = await openProfile(page, dana);
    await expect(profile.password).toContainText('Not set');
    const setPassword = profile.password.getByRole('button', { name: 'Set a password', exact: true });
    await tabTo(page, setPassword);
    await page.keyboard.press('Enter');

    // "Confirm it's you": the first way has the focus; she has no phone, so no way by SMS.
    const sendCode = profile.password.getByRole('button', { name: 'Send a code to dana@example.com', exact: true });
    await expect(sendCode).toBeFocused();
    await expect(profile.password.getByRole('button', { name: 'Sign in again with Yandex', exact: true })).toBeVisible();
    await page.keyboard.press('Enter');
    const code = profile.password.getByRole('textbox', { name: 'Code', exact: true });
    await expect(code).toBeFocused();
    await expect(profile.password.getByRole('button', { name: /^Send a new code in \d+ s$/ })).toBeDisabled();

    // A wrong code says so, keeps what was typed and the focus.
    await page.keyboard.type('000000');
    await page.keyboard.press('Enter');
    await expect(code).toHaveAccessibleDescription('Wrong code. 4 tries left.');
    await expect(code).toHaveValue('000000');
    await expect(code).toBeFocused();

    // The code, from the tester's inbox; back in the profile, the sent code still waits for it.
    const sent = await readFromMockInbox(page, dana, dana.email, 'Code');
    await openProfile(page, dana);
    await tabTo(page, setPassword);
    await page.keyboard.press('Enter');
    await expect(code).toBeFocused();
    await page.keyboard.type(sent);
    await page.keyboard.press('Enter');

    const fields = newPasswordFields(profile.password);
    await expect(fields.newPassword).toBeFocused();
    await page.keyboard.type(newPassword);
    await tabTo(page, fields.repeat);
    await page.keyboard.type(newPassword);
    await page.keyboard.press('Enter');
    await expect(profile.password.getByRole('status').filter({ hasText: 'Your password is set.' })).toBeVisible();
    await expect(profile.password).not.toContainText('Not set');
    await expect(profile.password.getByRole('button', { name: 'Change password', exact: true })).toBeVisible();

    // With a password, Yandex is no longer her only way in.
    const disconnect = profile.social.getByRole('button', { name: 'Disconnect Yandex', exact: true });
    await tabTo(page, disconnect);
    await page.keyboard.press('Enter');
    await expect(profile.social.getByRole('status').filter({ hasText: 'Yandex was disconnected.' })).toBeVisible();
    await expect(profile.social).not.toContainText(danaAtYandex);

    // And she signs in with it: the form offers her login, the last one that signed in here.
    await accountMenu(page, dana).click();
    await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
    const screen = signInScreen(page);
    await expect(screen.login).toHaveValue(dana.email);
    await expect(screen.password).toBeFocused();
    await page.keyboard.type(newPassword);
    await page.keyboard.press('Enter');
    await expect(accountMenu(page, dana)).toBeVisible();
  } finally {
    await browser.close();
  }
});

/** The names the steps are found by, as the renderer's catalogues (en.ts, account-en.ts, their ru) word them. */
const names = {
  en: {
    signedInPage: SIGNED_IN_PAGE,
    signInWithYandex: 'Sign in with Yandex',
    changeAccount: 'Profile and security',
    password: 'Password',
    setPassword: 'Set a password',
    confirmHeading: 'Confirm it’s you',
    sendCode: 'Send a code to dana@example.com',
    code: 'Code',
    codeInvalid: 'The code has 6 digits.',
    otherWay: 'Confirm another way',
    signInAgain: 'Sign in again with Yandex',
    newPassword: 'New password',
    email: 'Email',
    changeEmail: 'Change email',
    provedForLogin: 'Confirmed. You can save the change now.',
  },
  ru: {
    signInWithYandex: 'Войти через Яндекс',
    changeAccount: 'Профиль и безопасность',
    password: 'Пароль',
    setPassword: 'Задать пароль',
    confirmHeading: 'Подтвердите, что это вы',
    sendCode: 'Отправить код на dana@example.com',
    code: 'Код',
    codeInvalid: 'Код состоит из 6 цифр.',
    otherWay: 'Подтвердить другим способом',
    signInAgain: 'Войти снова через Яндекс',
    newPassword: 'Новый пароль',
    email: 'Эл. почта',
    changeEmail: 'Изменить эл. почту',
    provedForLogin: 'Готово. Теперь можно сохранить изменение.',
    signedInPage: 'Вы вошли в Bitrix ID',
  },
} as const;

for (const colorScheme of ['light', 'dark'] as const) {
  for (const language of ['en', 'ru'] as const) {
    test(`the proof and first-password steps pass axe, ${colorScheme} theme, ${language}`, async ({ app, appKind, playwright }, testInfo) => {
      test.skip(appKind !== 'web', 'axe checks the renderer in the web project; Electron shows the same renderer');
      const name = names[language];
      const browser = systemBrowser(playwright);
      try {
        const page = await app.launch({
          colorScheme,
          beforeLoad: async (fresh) => {
            await fresh.addInitScript((chosen) => localStorage.setItem('bitrix-id.language', chosen), language);
          },
        });
        await page.getByRole('button', { name: name.signInWithYandex, exact: true }).click();
        // The browser's last page speaks the app's language too.
        await browser.continueAs(app, danaAtYandex, name.signedInPage);
        await accountMenu(page, dana).click();
        await page.getByRole('menuitem', { name: name.changeAccount, exact: true }).click();
        const card = page.getByRole('region', { name: name.password, exact: true });
        await card.getByRole('button', { name: name.setPassword, exact: true }).click();
        await expect(card.getByRole('heading', { name: name.confirmHeading, exact: true })).toBeVisible();
        await expectNoSeriousViolations(page, testInfo, `confirm it's you (${colorScheme}, ${language})`);

        await card.getByRole('button', { name: name.sendCode, exact: true }).click();
        const code = card.getByRole('textbox', { name: name.code, exact: true });
        await code.fill('12');
        await code.press('Enter');
        await expect(code).toHaveAccessibleDescription(name.codeInvalid);
        await expectNoSeriousViolations(page, testInfo, `the code (${colorScheme}, ${language})`);

        await card.getByRole('button', { name: name.otherWay, exact: true }).click();
        await card.getByRole('button', { name: name.signInAgain, exact: true }).click();
        await browser.continueAs(app, danaAtYandex, name.signedInPage);
        await expect(card.getByLabel(name.newPassword, { exact: true })).toBeFocused();
        await expectNoSeriousViolations(page, testInfo, `the new password (${colorScheme}, ${language})`);

        const email = page.getByRole('region', { name: name.email, exact: true });
        await email.getByRole('button', { name: name.changeEmail, exact: true }).click();
        await expect(email.getByRole('status').filter({ hasText: name.provedForLogin })).toBeVisible();
        await expectNoSeriousViolations(page, testInfo, `changing the e-mail with the proof (${colorScheme}, ${language})`);
      } finally {
        await browser.close();
      }
    });
  }
}
