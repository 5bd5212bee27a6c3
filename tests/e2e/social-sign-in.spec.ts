/*
 * Social sign-in and connected services, with Playwright playing the system browser: the app hands
 * the provider's URL to the OS (here: to the test), the test opens it in a page of its own and
 * chooses an account on the mock's consent page, which redirects to the app's loopback listener.
 */
import type { Browser, Page, PlaywrightWorkerArgs } from '@playwright/test';
import { expect, test, type App } from './fixtures.ts';
import { openProfile } from './support/account.ts';
import { chromiumLaunchOptions } from './support/browsers.ts';
import { alice, expectSignedIn, launchSignedIn, signInScreen } from './support/screens.ts';

/** Dana has no password: Yandex is her only way in. */
const danaFullName = 'Dana Social';

let systemBrowser: Browser | undefined;
test.afterAll(async () => {
  await systemBrowser?.close();
});

/**
 * Opens the URL the app handed to the OS, continues as `displayName` on the consent page, and
 * checks the last page says `outcome`, what the app made of the sign-in.
 */
async function continueInSystemBrowser(
  app: App,
  playwright: PlaywrightWorkerArgs['playwright'],
  displayName: string,
  outcome: string,
) {
  const url = await app.nextExternalUrl();
  systemBrowser ??= await playwright.chromium.launch(chromiumLaunchOptions());
  const context = await systemBrowser.newContext();
  try {
    const consent: Page = await context.newPage();
    await consent.goto(url);
    await consent.getByRole('button', { name: 'Sign in with another account', exact: true }).click();
    await consent.getByRole('button', { name: `Continue as ${displayName}`, exact: true }).click();
    // The loopback listener's own page, once the app has the outcome: the person may go back to the app.
    await expect(consent.getByRole('heading', { level: 1 })).toHaveText(outcome);
    await expect(consent.getByRole('main')).toContainText('Bitrix ID Desktop');
  } finally {
    await context.close();
  }
}

test('signing in with Google as Alice, in the system browser, with no password', async ({ app, playwright }) => {
  const page = await app.launch();
  await page.getByRole('button', { name: 'Sign in with Google', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Continue in your browser' })).toBeVisible();
  await continueInSystemBrowser(app, playwright, 'Alice Demo (alice.demo@gmail.com)', 'You are signed in to Bitrix ID');
  await expectSignedIn(page, alice);
});

test("Carol's Google account is linked to no Bitrix ID: the app says so and creates nothing", async ({ app, playwright }) => {
  const page = await app.launch();
  await page.getByRole('button', { name: 'Sign in with Google', exact: true }).click();
  await continueInSystemBrowser(
    app,
    playwright,
    'Carol Unlinked (carol@gmail.com)',
    'This Google account is not linked to any Bitrix ID',
  );
  await expect(
    page.getByRole('alert').filter({
      hasText: 'This Google account is not linked to any Bitrix ID. Sign in with your password, then connect Google in your profile.',
    }),
  ).toBeVisible();
  await expect(signInScreen(page).heading).toBeVisible();
});

test('cancelling the wait returns to the form with what was typed', async ({ app }) => {
  const page = await app.launch();
  const screen = signInScreen(page);
  await screen.login.fill(alice.email);
  await page.getByRole('button', { name: 'Sign in with Apple', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Continue in your browser' })).toBeVisible();
  await app.nextExternalUrl();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(screen.login).toHaveValue(alice.email);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('connecting Apple from the profile, then disconnecting it', async ({ app, playwright }) => {
  const page = await launchSignedIn(app);
  const profile = await openProfile(page, alice);

  await profile.social.getByRole('button', { name: 'Connect other social media', exact: true }).click();
  const appleSwitch = profile.social.getByRole('switch', { name: 'Apple', exact: true });
  await expect(appleSwitch).toHaveAttribute('aria-checked', 'false');
  await appleSwitch.click();
  await continueInSystemBrowser(app, playwright, 'Alice Demo (alice@icloud.com)', 'Apple is connected to your Bitrix ID');
  await expect(appleSwitch).toHaveAttribute('aria-checked', 'true');
  await expect(profile.social).toContainText('Alice Demo (alice@icloud.com)');

  await profile.social.getByRole('button', { name: 'Disconnect Apple', exact: true }).click();
  await expect(appleSwitch).toHaveAttribute('aria-checked', 'false');
  await expect(profile.social).not.toContainText('Alice Demo (alice@icloud.com)');
  await expect(profile.social).toContainText('Alice Demo (alice.demo@gmail.com)');
});

test('the last way in cannot be disconnected', async ({ app, playwright }) => {
  const page = await app.launch();
  await page.getByRole('button', { name: 'Sign in with Yandex', exact: true }).click();
  await continueInSystemBrowser(app, playwright, 'Dana Social (dana@yandex.ru)', 'You are signed in to Bitrix ID');
  await expect(page.getByRole('button', { name: danaFullName })).toBeVisible();

  await page.getByRole('button', { name: danaFullName }).click();
  await page.getByRole('menuitem', { name: 'Change account', exact: true }).click();
  const social = page.getByRole('region', { name: 'Social networks', exact: true });
  await social.getByRole('button', { name: 'Disconnect Yandex', exact: true }).click();
  await expect(social).toContainText(
    "You can't disconnect Yandex: it is the only way to sign in to your Bitrix ID. Set a password or connect another service first.",
  );
  await expect(social).toContainText('Dana Social (dana@yandex.ru)');
});
