/**
 * The walk through the app's main screens and states that the screenshot review
 * (screenshot-review.spec.ts) and the pseudo-locale overflow check (pseudo-locale.spec.ts) share:
 * each state reached as a person reaches it and, once settled, handed to the spec's `visit`
 * (which photographs it, or checks it too). Controls are found by role and by their names in the
 * walk's language (support/app-strings.ts).
 */
import type { Page } from '@playwright/test';
import { expect, test as base, type App, type AppLaunchOptions } from '../fixtures.ts';
import type { AppStrings } from './app-strings.ts';
import { emulatedBitrix24Fixture, type EmulatedBitrix24 } from './emulated-bitrix24.ts';
import { mockServersFixture, type MockServers } from './mock-server.ts';
import { dana, erin } from './more-people.ts';
import { signInOnNetwork } from './network-sign-in.ts';
import { alice, type SeedUser } from './screens.ts';
import { systemBrowser } from './social-consent.ts';

export const walkTest = base.extend<{ mockServers: MockServers; bitrix24: EmulatedBitrix24 }>({
  mockServers: mockServersFixture,
  bitrix24: emulatedBitrix24Fixture,
});

const [aliceTeam] = alice.portals as [(typeof alice.portals)[number]];
const portalCount = 5;

/** An exact accessible name, or every name the catalogue's sentence gives for any value of `{{name}}`. */
function nameWithAnyValue(t: AppStrings, key: string): RegExp {
  const [before = '', after = ''] = t(key, { name: '\u0000' }).split('\u0000');
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escape(before)}.+${escape(after)}$`);
}

export interface WalkOptions {
  theme: 'light' | 'dark';
  /** The `lang` the app's page has once it runs in the walk's language. */
  lang: string;
  /** Chooses the walk's language before the app loads (as a remembered choice, or a tester's flag). */
  chooseLanguage: (page: Page) => Promise<void>;
  /** The app's strings in that language; called once the describe's beforeAll has run. */
  strings: () => Promise<AppStrings>;
  /** The window size the walk moves at. */
  size: { width: number; height: number };
  /** Called at each settled state: `screen` is `<nn>-<name>`; `arrange` scrolls what is to be shown into view. */
  visit: (page: Page, screen: string, arrange?: () => Promise<void>) => Promise<void>;
}

/** Declares the walk's tests in the current describe block. */
export function defineReviewWalk(test: typeof walkTest, { theme, lang, chooseLanguage, strings, size, visit }: WalkOptions): void {
  let t: AppStrings;
  // Made in beforeAll, which a skipped walk never runs; afterAll runs all the same.
  let browser: ReturnType<typeof systemBrowser> | undefined;
  test.beforeAll(async ({ playwright }) => {
    t = await strings();
    browser = systemBrowser(playwright);
  });
  test.afterAll(async () => {
    await browser?.close();
  });

  /** The app in this walk's theme and language, at the walk's size. */
  async function launch(app: App, options: AppLaunchOptions = {}): Promise<Page> {
    const page = await app.launch({ ...options, colorScheme: theme, beforeLoad: chooseLanguage });
    await page.setViewportSize(size);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
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
    await visit(page, '01-sign-in');

    await form.submit.click();
    await expect(form.login).toHaveAccessibleDescription(t('signIn.loginRequired'));
    await visit(page, '02-sign-in-empty-fields');

    await signIn(page, alice.email, 'Not-Alices-Passw0rd!');
    await expect(page.getByRole('alert').filter({ hasText: t('errors.invalid_credentials') })).toBeVisible();
    await visit(page, '03-sign-in-wrong-password');

    await page.getByRole('button', { name: t('signIn.forgot'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('account:recovery.heading'), exact: true })).toBeVisible();
    await visit(page, '04-recovery');

    await page.getByRole('button', { name: t('account:recovery.backToSignIn'), exact: true }).click();
    await page.getByRole('button', { name: t('shell.serverSettings'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('account:server.heading'), exact: true })).toBeVisible();
    await visit(page, '05-server-settings');
  });

  test('two-step sign-in: the code step', async ({ app }) => {
    const page = await launch(app);
    await signIn(page, erin.email, erin.password);
    await expect(page.getByRole('heading', { name: t('account:twoStep.heading'), exact: true })).toBeVisible();
    await expect(page.getByRole('textbox', { name: t('account:twoStep.code'), exact: true })).toBeVisible();
    await visit(page, '06-two-step');
  });

  test('signed in: the portals, a portal open, the create-portal dialog', async ({ app }) => {
    const page = await signInAlice(app);
    await visit(page, '07-portals');

    await portalsList(page).getByRole('button', { name: new RegExp(aliceTeam.domain.replaceAll('.', '\\.')) }).click();
    await expect(await app.portalHeading(aliceTeam)).toBeVisible();
    await visit(page, '08-portal-open');

    await portalsList(page).getByRole('button', { name: t('portals.create'), exact: true }).click();
    const create = page.getByRole('dialog', { name: t('createPortal.heading'), exact: true });
    await expect(create.getByRole('status').filter({ hasText: t('createPortal.available') })).toBeVisible();
    await visit(page, '09-create-portal');
  });

  test('the profile: every card, a pending e-mail change, the passwords tab', async ({ app }) => {
    const page = await signInAlice(app);
    await openProfile(page, alice);
    const social = page.getByRole('region', { name: t('account:social.heading'), exact: true });
    await expect(social.getByRole('button', { name: t('account:social.connectNamed', { name: t('providers.zoom') }), exact: true })).toBeVisible();
    await visit(page, '10-profile');
    await visit(page, '11-profile-end', () => social.evaluate((card) => card.scrollIntoView({ block: 'end' })));

    await page.getByRole('button', { name: t('account:login.email.change'), exact: true }).click();
    const form = page.getByRole('form', { name: t('account:login.email.formHeading'), exact: true });
    await form.getByRole('textbox', { name: t('account:login.email.newValue'), exact: true }).fill('alice.new@example.com');
    await form.getByLabel(t('account:login.currentPassword'), { exact: true }).fill(alice.password);
    await form.getByRole('button', { name: t('account:common.save'), exact: true }).click();
    const pending = page.getByRole('group', { name: t('account:login.email.pending', { target: 'alice.new@example.com' }), exact: true });
    await expect(pending.getByRole('textbox', { name: t('account:login.email.confirmation'), exact: true })).toBeVisible();
    await visit(page, '12-pending-email-change');

    await page.getByRole('tab', { name: t('account:profile.passwordsTab'), exact: true }).click();
    const sessions = page.getByRole('region', { name: t('account:sessions.heading'), exact: true });
    await expect(sessions.getByRole('listitem').first()).toBeVisible();
    await visit(page, '13-profile-passwords');
  });

  test('settings: every section, a manual proxy', async ({ app }) => {
    const page = await signInAlice(app);
    // Ctrl+, — as the account menu's Settings…, but the same in every language.
    await page.keyboard.press('Control+Comma');
    await expect(page.getByRole('heading', { level: 1, name: t('settings.heading'), exact: true })).toBeVisible();
    await expect(page.getByRole('radio', { name: t('proxy.system'), exact: true })).toBeChecked();
    await visit(page, '13a-settings');

    await page.getByRole('radio', { name: t('proxy.manual'), exact: true }).check();
    const address = page.getByRole('textbox', { name: t('proxy.address'), exact: true });
    await expect(address).toBeVisible();
    await visit(page, '13b-settings-manual-proxy', () => address.evaluate((field) => field.scrollIntoView({ block: 'center' })));
  });

  test('no portals: Dana, signed in with Yandex', async ({ app }) => {
    const page = await launch(app);
    await page.getByRole('button', { name: nameWithAnyValue(t, 'social.signInWith') }).filter({ hasText: t('providers.yandex') }).click();
    if (!browser) throw new Error('beforeAll made no system browser');
    // The browser's last page is in the app's language: any of them names Bitrix ID.
    await browser.continueAs(app, dana.yandexAccount, /Bitrix ID/);
    await expect(page.getByRole('button', { name: dana.fullName, exact: true })).toBeVisible();
    await expect(page.getByText(t('portals.empty'), { exact: true })).toBeVisible();
    await visit(page, '14-no-portals');
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
    await visit(page, '15-offline');
  });

  test('Bitrix24 web mode: the first start, the Network sign-in, portals open', async ({ app, bitrix24 }) => {
    const page = await launch(app, { bitrix24: { networkUrl: bitrix24.networkUrl } });
    await expect(page.getByRole('heading', { level: 1, name: t('web:welcome.heading'), exact: true })).toBeVisible();
    await visit(page, '16-bitrix24-first-start');

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
    await visit(page, '17-bitrix24-network-sign-in');

    await signInOnNetwork(app, bitrix24);
    await expect(shownPage().getByRole('heading', { level: 1, name: 'Alpha' })).toBeVisible();
    bitrix24.setUnread('beta', 3);
    await addPortal('beta');
    await expect(shownPage().getByRole('heading', { level: 1, name: 'Beta' })).toBeVisible();
    await expect(page.getByRole('banner').getByText(t('web:unread', { count: 3 }))).toBeVisible();
    await visit(page, '18-bitrix24-portal-open');
  });
}
