/**
 * The screenshot review the design pass is judged by (issue 16): the app's main screens and states,
 * each photographed at 900×600, 1280×800 and 1920×1080, in the light and the dark theme, in English
 * and Russian, into test-results/screenshot-review/<size>-<theme>-<language>/<nn>-<screen>.png.
 * Pictures for a person to look at, not assertions about them: each state is reached as a person
 * reaches it and photographed once it has settled. Skipped unless BITRIX_ID_SCREENSHOTS=review:
 *
 *   BITRIX_ID_SCREENSHOTS=review npx playwright test --project=web tests/e2e/screenshot-review.spec.ts
 *
 * The language is the person's remembered choice (the language select's), set before the app loads;
 * controls are found by role and by their names in that language (support/app-strings.ts).
 */
import type { Page } from '@playwright/test';
import { expect, test as base, type App, type AppLaunchOptions } from './fixtures.ts';
import { appLanguages, appStrings, type AppStrings } from './support/app-strings.ts';
import { emulatedBitrix24Fixture, type EmulatedBitrix24 } from './support/emulated-bitrix24.ts';
import { mockServersFixture, type MockServers } from './support/mock-server.ts';
import { dana, erin } from './support/more-people.ts';
import { signInOnNetwork } from './support/network-sign-in.ts';
import { reviewRequested, reviewScreenshots, reviewSizes } from './support/review-shots.ts';
import { alice, type SeedUser } from './support/screens.ts';
import { systemBrowser } from './support/social-consent.ts';

const test = base.extend<{ mockServers: MockServers; bitrix24: EmulatedBitrix24 }>({
  mockServers: mockServersFixture,
  bitrix24: emulatedBitrix24Fixture,
});

test.skip(({ appKind }) => appKind !== 'web' || !reviewRequested(), 'the screenshot review runs on request only: BITRIX_ID_SCREENSHOTS=review');
// Every state is photographed at three sizes, up to fifteen pictures a test: three times the usual time.
test.slow();

const [aliceTeam] = alice.portals as [(typeof alice.portals)[number]];
const portalCount = 5;

// Made in beforeAll, which a skipped review never runs; afterAll runs all the same.
let browser: ReturnType<typeof systemBrowser> | undefined;
test.beforeAll(({ playwright }) => {
  browser = systemBrowser(playwright);
});
test.afterAll(async () => {
  await browser?.close();
});

/** An exact accessible name, or every name the catalogue's sentence gives for any value of `{{name}}`. */
function nameWithAnyValue(t: AppStrings, key: string): RegExp {
  const [before = '', after = ''] = t(key, { name: '\u0000' }).split('\u0000');
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escape(before)}.+${escape(after)}$`);
}

for (const theme of ['light', 'dark'] as const) {
  for (const language of appLanguages) {
    test.describe(`Screenshot review, ${theme} theme, ${language}`, () => {
      let t: AppStrings;
      test.beforeAll(async () => {
        t = await appStrings(language);
      });

      const shoot = (page: Page, screen: string, arrange?: () => Promise<void>) => reviewScreenshots(page, theme, language, screen, arrange);

      /** The app in this test's theme and language, at the middle review size. */
      async function launch(app: App, options: AppLaunchOptions = {}): Promise<Page> {
        const page = await app.launch({
          ...options,
          colorScheme: theme,
          beforeLoad: async (fresh) => {
            await fresh.addInitScript((chosen) => localStorage.setItem('bitrix-id.language', chosen), language);
          },
        });
        await page.setViewportSize(reviewSizes[1]);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        return page;
      }

      function signInForm(page: Page) {
        return {
          heading: page.getByRole('heading', { level: 1, name: t('signIn.heading'), exact: true }),
          login: page.getByRole('textbox', { name: t('signIn.login'), exact: true }),
          password: page.getByLabel(t('signIn.password'), { exact: true }),
          submit: page.getByRole('button', { name: t('signIn.submit'), exact: true }),
        };
      }

      async function signIn(page: Page, login: string, password: string): Promise<void> {
        const form = signInForm(page);
        await expect(form.heading).toBeVisible();
        await form.login.fill(login);
        await form.password.fill(password);
        await form.submit.click();
      }

      const portalsList = (page: Page) => page.getByRole('navigation', { name: t('portals.heading'), exact: true });
      const portalRows = (page: Page) => portalsList(page).getByRole('button', { name: /bitrix24\./ });

      async function signInAlice(app: App, options: AppLaunchOptions = {}): Promise<Page> {
        const page = await launch(app, options);
        await signIn(page, alice.email, alice.password);
        await expect(portalRows(page)).toHaveCount(portalCount);
        return page;
      }

      async function openProfile(page: Page, user: SeedUser): Promise<void> {
        await page.getByRole('button', { name: user.fullName, exact: true }).click();
        await page.getByRole('menuitem', { name: t('shell.changeAccount'), exact: true }).click();
        await expect(page.getByRole('heading', { level: 1, name: user.fullName, exact: true })).toBeVisible();
        await expect(page.getByRole('region', { name: t('account:login.email.heading'), exact: true })).toBeVisible();
      }

      test('signed out: sign-in, its errors, recovery, server settings', async ({ app }) => {
        const page = await launch(app);
        const form = signInForm(page);
        await expect(form.heading).toBeVisible();
        await expect(page.getByRole('group', { name: t('social.orSignInWith'), exact: true })).toBeVisible();
        await shoot(page, '01-sign-in');

        await form.submit.click();
        await expect(form.login).toHaveAccessibleDescription(t('signIn.loginRequired'));
        await shoot(page, '02-sign-in-empty-fields');

        await signIn(page, alice.email, 'Not-Alices-Passw0rd!');
        await expect(page.getByRole('alert').filter({ hasText: t('errors.invalid_credentials') })).toBeVisible();
        await shoot(page, '03-sign-in-wrong-password');

        await page.getByRole('button', { name: t('signIn.forgot'), exact: true }).click();
        await expect(page.getByRole('heading', { level: 1, name: t('account:recovery.heading'), exact: true })).toBeVisible();
        await shoot(page, '04-recovery');

        await page.getByRole('button', { name: t('account:recovery.backToSignIn'), exact: true }).click();
        await page.getByRole('button', { name: t('shell.serverSettings'), exact: true }).click();
        await expect(page.getByRole('heading', { level: 1, name: t('account:server.heading'), exact: true })).toBeVisible();
        await shoot(page, '05-server-settings');
      });

      test('two-step sign-in: the code step', async ({ app }) => {
        const page = await launch(app);
        await signIn(page, erin.email, erin.password);
        await expect(page.getByRole('heading', { name: t('account:twoStep.heading'), exact: true })).toBeVisible();
        await expect(page.getByRole('textbox', { name: t('account:twoStep.code'), exact: true })).toBeVisible();
        await shoot(page, '06-two-step');
      });

      test('signed in: the portals, a portal open, the create-portal dialog', async ({ app }) => {
        const page = await signInAlice(app);
        await shoot(page, '07-portals');

        await portalsList(page).getByRole('button', { name: new RegExp(aliceTeam.domain.replaceAll('.', '\\.')) }).click();
        await expect(await app.portalHeading(aliceTeam)).toBeVisible();
        await shoot(page, '08-portal-open');

        await portalsList(page).getByRole('button', { name: t('portals.create'), exact: true }).click();
        const create = page.getByRole('dialog', { name: t('createPortal.heading'), exact: true });
        await expect(create.getByRole('status').filter({ hasText: t('createPortal.available') })).toBeVisible();
        await shoot(page, '09-create-portal');
      });

      test('the profile: every card, a pending e-mail change, the passwords tab', async ({ app }) => {
        const page = await signInAlice(app);
        await openProfile(page, alice);
        const social = page.getByRole('region', { name: t('account:social.heading'), exact: true });
        await expect(social.getByRole('button', { name: t('account:social.connectNamed', { name: 'Zoom' }), exact: true })).toBeVisible();
        await shoot(page, '10-profile');
        await shoot(page, '11-profile-end', () => social.evaluate((card) => card.scrollIntoView({ block: 'end' })));

        await page.getByRole('button', { name: t('account:login.email.change'), exact: true }).click();
        const form = page.getByRole('form', { name: t('account:login.email.formHeading'), exact: true });
        await form.getByRole('textbox', { name: t('account:login.email.newValue'), exact: true }).fill('alice.new@example.com');
        await form.getByLabel(t('account:login.currentPassword'), { exact: true }).fill(alice.password);
        await form.getByRole('button', { name: t('account:common.save'), exact: true }).click();
        const pending = page.getByRole('group', { name: t('account:login.email.pending', { target: 'alice.new@example.com' }), exact: true });
        await expect(pending.getByRole('textbox', { name: t('account:login.email.confirmation'), exact: true })).toBeVisible();
        await shoot(page, '12-pending-email-change');

        await page.getByRole('tab', { name: t('account:profile.passwordsTab'), exact: true }).click();
        const sessions = page.getByRole('region', { name: t('account:sessions.heading'), exact: true });
        await expect(sessions.getByRole('listitem').first()).toBeVisible();
        await shoot(page, '13-profile-passwords');
      });

      test('no portals: Dana, signed in with Yandex', async ({ app }) => {
        const page = await launch(app);
        await page.getByRole('button', { name: nameWithAnyValue(t, 'social.signInWith') }).filter({ hasText: /Yandex|Яндекс/ }).click();
        if (!browser) throw new Error('beforeAll made no system browser');
        await browser.continueAs(app, dana.yandexAccount);
        await expect(page.getByRole('button', { name: dana.fullName, exact: true })).toBeVisible();
        await expect(page.getByText(t('portals.empty'), { exact: true })).toBeVisible();
        await shoot(page, '14-no-portals');
      });

      test('offline: the notice while the server cannot be reached', async ({ app, mockServers }) => {
        const server = await mockServers.start();
        const page = await signInAlice(app, { apiUrl: server.url });
        await openProfile(page, alice);
        await page.getByRole('button', { name: t('account:profile.back'), exact: true }).click();
        await expect(portalRows(page)).toHaveCount(portalCount);
        server.backend.setScenario('offline');
        // Opening the profile again asks the server for a fresh one and gets no answer.
        await openProfile(page, alice);
        await expect(page.getByRole('status').filter({ hasText: t('backend.offline') })).toBeVisible();
        await expect(page.getByRole('status').filter({ hasText: t('account:profile.offline') })).toBeVisible();
        await shoot(page, '15-offline');
      });

      test('Bitrix24 web mode: the first start, the Network sign-in, portals open', async ({ app, bitrix24 }) => {
        const page = await launch(app, { bitrix24: { networkUrl: bitrix24.networkUrl } });
        await expect(page.getByRole('heading', { level: 1, name: t('web:welcome.heading'), exact: true })).toBeVisible();
        await shoot(page, '16-bitrix24-first-start');

        async function addPortal(name: string): Promise<void> {
          await portalsList(page).getByRole('button', { name: t('web:portals.add'), exact: true }).click();
          const adding = page.getByRole('dialog', { name: t('web:portals.addHeading'), exact: true });
          await adding.getByLabel(t('web:portals.address'), { exact: true }).fill(bitrix24.portalUrl(name));
          await adding.getByRole('button', { name: t('web:portals.addSubmit'), exact: true }).click();
          await expect(adding).toBeHidden();
        }
        const shownPage = () => page.frameLocator('iframe:not([hidden])');

        await addPortal('alpha');
        await expect(shownPage().getByRole('heading', { level: 1, name: 'Sign in to Bitrix24' })).toBeVisible();
        await shoot(page, '17-bitrix24-network-sign-in');

        await signInOnNetwork(app, bitrix24);
        await expect(shownPage().getByRole('heading', { level: 1, name: 'Alpha' })).toBeVisible();
        bitrix24.setUnread('beta', 3);
        await addPortal('beta');
        await expect(shownPage().getByRole('heading', { level: 1, name: 'Beta' })).toBeVisible();
        await expect(page.getByRole('banner').getByText(t('web:unread', { count: 3 }))).toBeVisible();
        await shoot(page, '18-bitrix24-portal-open');
      });
    });
  }
}
