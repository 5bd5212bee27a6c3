/**
 * The profile's Passwords tab: application passwords (made, used to sign in, unable to change the
 * account, revoked) and the sessions (one other signed out), with the keyboard alone, and axe in
 * both themes and both languages.
 */
import type { Page, TestInfo } from '@playwright/test';
import { startMockHttpServer } from '../../mocks/index.ts';
import { expect, test } from './fixtures.ts';
import { chooseFromAccountMenu, changePasswordForm, openProfile, type ProfileScreen } from './support/account.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { alice, expectSignedIn, expectSignInScreen, launchSignedIn, signIn } from './support/screens.ts';
import { openSettingsByKey, settingsScreen } from './support/settings.ts';

const LIMITED_NOTICE = 'You signed in with an application password. To change your account, sign in with your password.';

function appPasswordsSection(page: Page) {
  return page.getByRole('region', { name: 'Application passwords', exact: true });
}

async function openPasswordsTab(page: Page): Promise<ProfileScreen> {
  const profile = await openProfile(page, alice);
  await profile.passwordsTab.click();
  await expect(profile.passwordsTab).toHaveAttribute('aria-selected', 'true');
  return profile;
}

/** Create → name → the password shown once; returns it as shown, after Done. */
async function createAppPassword(page: Page, name: string, testInfo?: TestInfo): Promise<string> {
  await appPasswordsSection(page).getByRole('button', { name: 'Create application password', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New application password', exact: true });
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  if (testInfo) await expectNoSeriousViolations(page, testInfo, 'the new application password dialog');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  const shown = page.getByRole('dialog', { name: 'Your new application password', exact: true });
  await expect(shown).toContainText('You will not see it again.');
  const password = await shown.getByRole('textbox', { name: 'Application password', exact: true }).inputValue();
  expect(password).toMatch(/^[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}$/);
  if (testInfo) await expectNoSeriousViolations(page, testInfo, 'a new application password, shown once');
  await shown.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(shown).toBeHidden();
  return password;
}

/** A password grant straight to the server: another device of Alice's. */
async function signInElsewhere(serverUrl: string, deviceName: string): Promise<string> {
  const response = await fetch(`${serverUrl}/auth/token`, {
    method: 'POST',
    // Form-encoded, as RFC 6749 has every client call the token endpoint.
    body: new URLSearchParams({ grant_type: 'password', username: alice.email, password: alice.password, device_name: deviceName }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

test('an application password signs in, cannot change the account, and one other session is signed out', async ({ app }) => {
  const mock = await startMockHttpServer({ port: 0 });
  try {
    const page = await app.launch({ apiUrl: mock.url });
    await signIn(page, alice.email, alice.password);
    await expectSignedIn(page, alice);
    const otherToken = await signInElsewhere(mock.url, 'Old phone');

    const profile = await openPasswordsTab(page);
    await expect(appPasswordsSection(page)).toContainText('You have no application passwords.');
    const password = await createAppPassword(page, 'Mail on my laptop');
    const made = appPasswordsSection(page).getByRole('listitem').filter({ hasText: 'Mail on my laptop' });
    await expect(made).toContainText('Never used');
    await expect(page.getByText(password)).toHaveCount(0);

    // One other session: signed out after confirming; its token stops working.
    const sessions = profile.sessions.getByRole('list', { name: 'Active sessions', exact: true });
    await expect(sessions.getByRole('listitem').filter({ hasText: 'This device' })).toHaveCount(1);
    await expect(sessions.getByRole('listitem').filter({ hasText: 'Berlin, Germany' })).toContainText('Chrome on Windows');
    await profile.sessions.getByRole('button', { name: 'Sign out Old phone', exact: true }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Sign out Old phone?', exact: true });
    await expect(confirm.getByRole('button', { name: 'Cancel', exact: true })).toBeFocused();
    await confirm.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(confirm).toBeHidden();
    await expect(sessions.getByRole('listitem').filter({ hasText: 'Old phone' })).toHaveCount(0);
    const refused = await fetch(`${mock.url}/me`, { headers: { authorization: `Bearer ${otherToken}` } });
    expect(refused.status).toBe(401);

    // Signed out, then in again with the application password: in, but limited.
    await chooseFromAccountMenu(page, alice, 'Sign out');
    await expectSignInScreen(page);
    await signIn(page, alice.email, password);
    await expectSignedIn(page, alice);
    await openProfile(page, alice);
    await expect(page.getByText(LIMITED_NOTICE, { exact: true })).toBeVisible();

    const change = changePasswordForm(page);
    await change.changeButton.click();
    await change.current.fill(alice.password);
    await change.newPassword.fill('Sunny-Harbor-2026');
    await change.repeat.fill('Sunny-Harbor-2026');
    await change.save.click();
    await expect(change.form.getByRole('alert')).toContainText(
      'You signed in with an application password, which cannot change your account. Sign in with your password to do this.',
    );
    // The password is unchanged: the old one still signs in.
    await signInElsewhere(mock.url, 'Check');
  } finally {
    await app.close();
    await mock.close();
  }
});

test('keyboard only: create an application password and revoke it', async ({ app }) => {
  const page = await launchSignedIn(app, alice);
  const profile = await openProfile(page, alice);
  await profile.profileTab.focus();
  await page.keyboard.press('ArrowRight');
  await expect(profile.passwordsTab).toBeFocused();
  await expect(profile.passwordsTab).toHaveAttribute('aria-selected', 'true');

  const section = appPasswordsSection(page);
  const create = section.getByRole('button', { name: 'Create application password', exact: true });
  await expect(section).toContainText('You have no application passwords.');
  await page.keyboard.press('Tab');
  await expect(create).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New application password', exact: true });
  await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
  await page.keyboard.type('Calendar');
  await page.keyboard.press('Enter');

  const shown = page.getByRole('dialog', { name: 'Your new application password', exact: true });
  await expect(shown.getByRole('button', { name: 'Copy', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(shown.getByRole('button', { name: 'Done', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(shown).toBeHidden();
  await expect(create).toBeFocused();

  const revoke = section.getByRole('button', { name: 'Revoke Calendar', exact: true });
  await page.keyboard.press('Shift+Tab');
  await expect(revoke).toBeFocused();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('alertdialog', { name: 'Revoke “Calendar”?', exact: true });
  await expect(confirm.getByRole('button', { name: 'Cancel', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'Revoke', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(section).toContainText('You have no application passwords.');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe: the Passwords tab, its dialogs, in English and Russian, ${colorScheme} theme`, async ({ app, appKind }, testInfo) => {
    test.skip(appKind !== 'web', 'axe checks the renderer in the web project; Electron shows the same renderer');
    const page = await launchSignedIn(app, alice, { colorScheme });
    await openPasswordsTab(page);
    await expect(appPasswordsSection(page)).toContainText('You have no application passwords.');
    await expectNoSeriousViolations(page, testInfo, 'the Passwords tab, empty');
    await createAppPassword(page, 'Mail', testInfo);
    await expect(appPasswordsSection(page).getByRole('listitem')).toHaveCount(1);
    await expectNoSeriousViolations(page, testInfo, 'the Passwords tab with an application password');

    await appPasswordsSection(page).getByRole('button', { name: 'Revoke Mail', exact: true }).click();
    await expect(page.getByRole('alertdialog', { name: 'Revoke “Mail”?', exact: true })).toBeVisible();
    await expectNoSeriousViolations(page, testInfo, 'revoking an application password');
    await page.keyboard.press('Escape');

    // The language is on the Settings screen; back in Russian, the same tab.
    await openSettingsByKey(page);
    await settingsScreen(page).language.selectOption('ru');
    await settingsScreen(page).backToPortalsRu.click();
    await page.getByRole('button', { name: alice.fullName, exact: true }).click();
    await page.getByRole('menuitem', { name: 'Профиль и безопасность', exact: true }).click();
    await page.getByRole('tab', { name: 'Пароли', exact: true }).click();
    const russian = page.getByRole('region', { name: 'Пароли приложений', exact: true });
    await expect(russian.getByRole('button', { name: 'Создать пароль приложения', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Активные сеансы', exact: true }).getByText('Местоположение неизвестно')).toBeVisible();
    await expectNoSeriousViolations(page, testInfo, 'the Passwords tab in Russian');
    await russian.getByRole('button', { name: 'Создать пароль приложения', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Новый пароль приложения', exact: true })).toBeVisible();
    await expectNoSeriousViolations(page, testInfo, 'the new application password dialog in Russian');
  });
}
