/**
 * Every screen of the app, in the light and the dark theme, through axe-core: no serious or
 * critical violation of WCAG 2.1 A/AA or axe's best practices (support/axe.ts). Each state is
 * reached as a person reaches it, and checked once it has settled. The README's pictures of both
 * themes are taken here too (BITRIX_ID_SCREENSHOTS=1).
 */
import { expect, test } from './fixtures.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import {
  changeLoginForm,
  changePasswordForm,
  mockInboxScreen,
  openProfile,
  pendingLoginChange,
  readFromMockInbox,
  recoveryScreen,
  startLoginChange,
} from './support/account.ts';
import { openPortal, portalsScreen } from './support/portals.ts';
import { accountMenu, alice, launchSignedIn, readmeScreenshot, signIn, signInScreen } from './support/screens.ts';
import { serverSettingsScreen, signedOutFooter } from './support/server-settings.ts';
import { shownBitrix24Page } from './support/bitrix24-pages.ts';
import { erin } from './support/more-people.ts';
import { signInOnNetwork } from './support/network-sign-in.ts';
import type { Page } from '@playwright/test';
import { startEmulatedBitrix24 } from '../../mocks/bitrix24-web/emulated-bitrix24.ts';

const [aliceTeam] = alice.portals as [(typeof alice.portals)[number]];
const closedShop = { title: 'Closed Shop', domain: 'closed-shop.bitrix24.com' };

/** The window's background is dark in the dark theme and light in the light one: the OS theme is followed. */
async function expectTheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  const luminance = await page.evaluate(() => {
    const [r = 0, g = 0, b = 0] = (getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g) ?? []).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });
  if (scheme === 'dark') expect(luminance).toBeLessThan(0.2);
  else expect(luminance).toBeGreaterThan(0.8);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`Accessibility, ${colorScheme} theme`, () => {
    test.skip(({ appKind }) => appKind !== 'web', 'axe checks the renderer in the web project; Electron shows the same renderer');

    test('signed out: sign-in and its errors, recovery, server settings, the mock tools', async ({ app }, testInfo) => {
      const page = await app.launch({ colorScheme });
      const screen = signInScreen(page);
      const footer = signedOutFooter(page);
      await expect(screen.heading).toBeVisible();
      await expect(footer.serverSettings).toBeVisible();
      await expect(page.getByRole('group', { name: 'Or sign in with' })).toBeVisible();
      await expectTheme(page, colorScheme);
      await readmeScreenshot(app, colorScheme === 'dark' ? 'sign-in-dark' : 'sign-in');
      await expectNoSeriousViolations(page, testInfo, 'sign-in');

      await screen.submit.click();
      await expect(screen.login).toHaveAccessibleDescription('Enter your email or phone number.');
      await expectNoSeriousViolations(page, testInfo, 'sign-in with empty fields');

      await signIn(page, alice.email, 'Not-Alices-Passw0rd!');
      await expect(screen.alert.filter({ hasText: 'Wrong login or password' })).toBeVisible();
      await expectNoSeriousViolations(page, testInfo, 'sign-in with a wrong password');

      await page.getByRole('button', { name: 'Forgot your password?' }).click();
      const recovery = recoveryScreen(page);
      await expect(recovery.heading).toBeVisible();
      await expect(recovery.login).toHaveValue(alice.email);
      await expectNoSeriousViolations(page, testInfo, 'password recovery');

      await recovery.send.click();
      await expect(recovery.sent(alice.email)).toBeVisible();
      await recovery.newPassword.fill('short');
      await expect(recovery.strength).toHaveAttribute('aria-valuetext', 'Weak');
      await expectNoSeriousViolations(page, testInfo, 'password recovery, step two');

      await recovery.backToSignIn.click();
      await footer.serverSettings.click();
      const server = serverSettingsScreen(page);
      await expect(server.heading).toBeVisible();
      await expectNoSeriousViolations(page, testInfo, 'server settings');
      await server.address.fill('http://example.com');
      await expect(server.address).toHaveAccessibleDescription(/^Use an https:\/\/ address \(http:\/\/ only for this computer\)\./);
      await expectNoSeriousViolations(page, testInfo, 'server settings with a refused address');

      await server.backToSignIn.click();
      await footer.mockInbox.click();
      const inbox = mockInboxScreen(page);
      await expect(page.getByRole('dialog', { name: 'Mock inbox' })).toBeVisible();
      await expect(inbox.messages.getByRole('textbox', { name: 'Recovery code' })).toBeVisible();
      await expectNoSeriousViolations(page, testInfo, 'mock inbox dialog');

      await page.keyboard.press('Escape');
      await footer.mockBackend.click();
      const mockBackend = page.getByRole('dialog', { name: 'Mock backend' });
      await expect(mockBackend.getByRole('radio', { name: 'default' })).toBeChecked();
      await expectNoSeriousViolations(page, testInfo, 'mock backend panel');
    });

    test('two-step sign-in: the code step', async ({ app }, testInfo) => {
      const page = await app.launch({ colorScheme });
      await signIn(page, erin.email, erin.password);
      await expect(page.getByRole('heading', { name: 'Two-step verification', exact: true })).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Code from your authenticator app', exact: true })).toBeVisible();
      await readmeScreenshot(app, colorScheme === 'dark' ? 'two-step-dark' : 'two-step');
      await expectNoSeriousViolations(page, testInfo, 'two-step sign-in, the code step');
    });

    test('signed in: portals with the linked notice, a portal open, the account menu, create', async ({ app }, testInfo) => {
      const page = await launchSignedIn(app, alice, { colorScheme });
      const portals = portalsScreen(page);
      await expect(portals.rows).toHaveCount(5);
      await expect(page.getByRole('status').filter({ hasText: 'We found 1 more Bitrix24 account' })).toBeVisible();
      await expectTheme(page, colorScheme);
      await readmeScreenshot(app, colorScheme === 'dark' ? 'portals-dark' : 'portals');
      await expectNoSeriousViolations(page, testInfo, 'portals with the linked-accounts notice');

      await openPortal(app, aliceTeam);
      await expect(await app.portalHeading(aliceTeam)).toBeVisible();
      await readmeScreenshot(app, colorScheme === 'dark' ? 'portal-open-dark' : 'portal-open');
      await expectNoSeriousViolations(page, testInfo, 'a portal open');

      await portals.portal(closedShop.domain).click();
      await expect(page.getByRole('main').getByText('This Bitrix24 was deleted.')).toBeVisible();
      await portals.hide.click();
      await expect(page.getByRole('status').filter({ hasText: `${closedShop.title} hidden.` })).toBeVisible();
      await expectNoSeriousViolations(page, testInfo, 'a deleted portal, just hidden');

      await accountMenu(page, alice).click();
      await expect(page.getByRole('menu')).toBeVisible();
      await expectNoSeriousViolations(page, testInfo, 'the account menu open');
      await page.keyboard.press('Escape');

      await portals.create.click();
      const create = page.getByRole('dialog', { name: 'Create Bitrix24' });
      await expect(create.getByRole('status').filter({ hasText: 'Available' })).toBeVisible();
      await expectNoSeriousViolations(page, testInfo, 'the create-portal dialog');
      await create.getByRole('textbox', { name: 'Address' }).fill('-no');
      await expect(create.getByRole('textbox', { name: 'Address' })).toHaveAttribute('aria-invalid', 'true');
      await expectNoSeriousViolations(page, testInfo, 'the create-portal dialog with a refused address');
    });

    test('profile: every section, the change forms, a pending change, the sessions', async ({ app }, testInfo) => {
      const page = await launchSignedIn(app, alice, { colorScheme });
      const profile = await openProfile(page, alice);
      await expect(profile.social).toBeVisible();
      await expect(profile.social.getByRole('button', { name: 'Connect Zoom' })).toBeVisible();
      await expectTheme(page, colorScheme);
      await expectNoSeriousViolations(page, testInfo, 'the profile');

      for (const channel of ['email', 'phone'] as const) {
        const change = changeLoginForm(page, channel);
        await change.changeButton.click();
        await expect(change.form).toBeVisible();
        await change.save.click();
        await expect(change.newValue).toHaveAttribute('aria-invalid', 'true');
        await expectNoSeriousViolations(page, testInfo, `the change-${channel} form with errors`);
        await change.form.getByRole('button', { name: 'Cancel' }).click();
      }

      const password = changePasswordForm(page);
      await password.changeButton.click();
      await password.current.fill(alice.password);
      await password.newPassword.fill('Sunny-Harbor');
      await password.repeat.fill('Sunny-Harbor-2026');
      await password.save.click();
      await expect(password.repeat).toHaveAccessibleDescription('The passwords do not match.');
      await expectNoSeriousViolations(page, testInfo, 'the change-password form with errors');
      await password.form.getByRole('button', { name: 'Cancel' }).click();

      await startLoginChange(page, 'email', 'alice.new@example.com', alice.password);
      await expect(pendingLoginChange(page, 'email', 'alice.new@example.com').confirmation).toBeVisible();
      await expectNoSeriousViolations(page, testInfo, 'a pending login change');

      await profile.passwordsTab.click();
      await expect(profile.sessions.getByRole('listitem').first()).toBeVisible();
      await expectNoSeriousViolations(page, testInfo, 'the active sessions');

      // A confirmation link asks before it changes the account.
      await app.openLink(await readFromMockInbox(page, alice, 'alice.new@example.com', 'Link'));
      await expect(page.getByRole('alertdialog', { name: 'Confirm the new login', exact: true })).toContainText('alice.new@example.com');
      await expectNoSeriousViolations(page, testInfo, 'the question a confirmation link asks');
    });
    test('Bitrix24 mode: the window, adding a portal and a refusal, its menus, a Network page, an open portal', async ({ app }, testInfo) => {
      const bitrix24 = await startEmulatedBitrix24();
      try {
        const page = await app.launch({ colorScheme, bitrix24: { networkUrl: bitrix24.networkUrl } });
        await expect(page.getByRole('heading', { level: 1, name: 'Your Bitrix24, in this app' })).toBeVisible();
        await expectTheme(page, colorScheme);
        await expectNoSeriousViolations(page, testInfo, 'Bitrix24 mode, first start');

        const sidebar = page.getByRole('navigation', { name: 'Portals' });
        await sidebar.getByRole('button', { name: 'Add portal' }).click();
        const adding = page.getByRole('dialog', { name: 'Add a portal' });
        await adding.getByLabel('Portal address').fill('file:///etc/passwd');
        await adding.getByRole('button', { name: 'Add' }).click();
        await expect(adding.getByText(/Only https addresses of a Bitrix24 can be added/)).toBeVisible();
        await expectNoSeriousViolations(page, testInfo, 'adding a portal, refused');
        await adding.getByLabel('Portal address').fill(bitrix24.portalUrl('alpha'));
        await adding.getByRole('button', { name: 'Add' }).click();
        await expect(page.getByRole('main').getByRole('heading', { level: 1, name: /alpha/ })).toBeVisible();
        await expectNoSeriousViolations(page, testInfo, 'a portal open on the Network sign-in');

        const header = page.getByRole('banner');
        await header.getByRole('button', { name: 'Account' }).click();
        await expect(page.getByRole('menuitem', { name: 'Change password' })).toBeVisible();
        await expectNoSeriousViolations(page, testInfo, 'the Bitrix24 account menu');
        await page.getByRole('menuitem', { name: 'Change password' }).click();
        await expect(page.getByRole('heading', { level: 1, name: 'Bitrix24.Network — Change password' })).toBeVisible();
        await expectNoSeriousViolations(page, testInfo, 'a Network page');

        await header.getByRole('button', { name: 'Bitrix24' }).click();
        await expect(page.getByRole('menuitem', { name: 'Add another Bitrix ID' })).toBeVisible();
        await expectNoSeriousViolations(page, testInfo, 'the profile switcher');
        await page.getByRole('menuitem', { name: 'Add another Bitrix ID' }).click();
        await expect(page.getByRole('dialog', { name: 'Add another Bitrix ID' })).toBeVisible();
        await expectNoSeriousViolations(page, testInfo, 'adding a profile');
      } finally {
        await bitrix24.close();
      }
    });

    test('Bitrix24 mode: two portals open after one sign-in on the Network', async ({ app }, testInfo) => {
      const bitrix24 = await startEmulatedBitrix24();
      try {
        const page = await app.launch({ colorScheme, bitrix24: { networkUrl: bitrix24.networkUrl } });
        const shownPortal = (name: string) => shownBitrix24Page(app, new URL(bitrix24.portalUrl(name)).host);
        const addPortal = async (name: string) => {
          await page.getByRole('navigation', { name: 'Portals' }).getByRole('button', { name: 'Add portal' }).click();
          const adding = page.getByRole('dialog', { name: 'Add a portal' });
          await adding.getByLabel('Portal address').fill(bitrix24.portalUrl(name));
          await adding.getByRole('button', { name: 'Add' }).click();
        };
        await addPortal('alpha');
        await signInOnNetwork(app, bitrix24);
        await expect((await shownPortal('alpha')).getByRole('heading', { level: 1, name: 'Alpha' })).toBeVisible();
        await addPortal('beta');
        await expect((await shownPortal('beta')).getByRole('heading', { level: 1, name: 'Beta' })).toBeVisible();
        await readmeScreenshot(app, colorScheme === 'dark' ? 'bitrix24-mode-dark' : 'bitrix24-mode');
        await expectNoSeriousViolations(page, testInfo, 'two portals open, signed in on the Network');
      } finally {
        await bitrix24.close();
      }
    });
  });
}
