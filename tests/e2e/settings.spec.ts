/**
 * The Settings screen in the running app: reached from the account menu, from the signed-out page
 * and by Ctrl+,; the language switches the window and is kept by main (across a restart); the theme
 * turns the window dark at once; the number of portals kept open applies at once (views beyond it
 * close). The browser harness has no tray and no login items, so the window's section is not shown.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openPortal } from './support/portals.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { accountMenu, alice, expectSignInScreen, launchSignedIn, signIn } from './support/screens.ts';
import { signedOutFooter } from './support/server-settings.ts';
import { openSettingsByKey, settingsScreen } from './support/settings.ts';

const [aliceTeam, second] = alice.portals as [(typeof alice.portals)[number], (typeof alice.portals)[number]];

const backgroundLuminance = (page: Page) =>
  page.evaluate(() => {
    const [r = 0, g = 0, b = 0] = (getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g) ?? []).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });

test('from the account menu: Deutsch and back, the dark theme, both kept across a restart', async ({ app }) => {
  const page = await launchSignedIn(app, alice, { colorScheme: 'light' });
  await accountMenu(page, alice).click();
  await page.getByRole('menuitem', { name: 'Settings…', exact: true }).click();
  const settings = settingsScreen(page);
  await expect(settings.heading).toBeFocused();
  // No tray and no login items in the harness: no Window section.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Language', 'Appearance', 'Portals', 'Server', 'Proxy']);

  await settings.language.selectOption({ label: 'Deutsch' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await settings.languageDe.selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(settings.heading).toBeVisible();

  expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);
  await settings.theme('Dark').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => backgroundLuminance(page)).toBeLessThan(0.2);

  await settings.language.selectOption({ label: 'Русский' });
  await expect(settingsScreen(page).headingRu).toBeVisible();

  const restarted = await app.restart();
  await expect(restarted.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(restarted.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(restarted.getByRole('heading', { name: 'Выберите портал', exact: true })).toBeVisible();
});

test('before signing in: from the footer and by Ctrl+, with one language select, and back', async ({ app }) => {
  const page = await app.launch();
  await expectSignInScreen(page);

  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = settingsScreen(page);
  await expect(settings.heading).toBeVisible();
  await expect(page.getByRole('combobox')).toHaveCount(1);
  await expect(settings.changeServer).toBeVisible();
  await settings.backToSignIn.click();
  await expectSignInScreen(page);
  await expect(signedOutFooter(page).serverSettings).toBeVisible();

  await openSettingsByKey(page);
  await expect(settings.heading).toBeVisible();
  await settings.language.selectOption({ label: 'Deutsch' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await settings.languageDe.selectOption('system');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('portals kept open: a smaller number closes the least recently used views at once', async ({ app }) => {
  test.skip(app.kind !== 'web', 'counts the harness’s portal frames; Electron’s views are counted by portal-views.spec.ts');
  const page = await launchSignedIn(app, alice);
  await openPortal(app, aliceTeam);
  await openPortal(app, second);
  await expect(page.locator('iframe')).toHaveCount(2);

  await openSettingsByKey(page);
  const settings = settingsScreen(page);
  await expect(settings.liveViews).toHaveValue('5');
  await settings.liveViews.fill('1');
  await settings.liveViews.press('Enter');

  await expect(page.locator('iframe')).toHaveCount(1);
  await settings.backToPortals.click();
  await expect(await app.portalHeading(second)).toBeVisible();

  const restarted = await app.restart();
  await expect(accountMenu(restarted, alice)).toBeVisible();
  await openSettingsByKey(restarted);
  await expect(settingsScreen(restarted).liveViews).toHaveValue('1');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe: the Settings screen, signed in and before signing in, with a refused number, ${colorScheme} theme`, async ({ app, appKind }, testInfo) => {
    test.skip(appKind !== 'web', 'axe checks the renderer in the web project; Electron shows the same renderer');
    const page = await app.launch({ colorScheme });
    await expectSignInScreen(page);
    await openSettingsByKey(page);
    const settings = settingsScreen(page);
    await expect(settings.heading).toBeVisible();
    await expectNoSeriousViolations(page, testInfo, `Settings before signing in (${colorScheme})`);
    await settings.backToSignIn.click();

    await signIn(page, alice.email, alice.password);
    await expect(accountMenu(page, alice)).toBeVisible();
    await openSettingsByKey(page);
    await expect(settings.heading).toBeVisible();
    await settings.liveViews.fill('0');
    await settings.liveViews.press('Enter');
    await expect(settings.liveViews).toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousViolations(page, testInfo, `Settings, a refused number (${colorScheme})`);

    // The other theme, chosen here, passes too.
    await settings.theme(colorScheme === 'dark' ? 'Light' : 'Dark').check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme === 'dark' ? 'light' : 'dark');
    await expectNoSeriousViolations(page, testInfo, `Settings, the theme switched from ${colorScheme}`);
  });
}
