/*
 * Social sign-in and connected services, with Playwright playing the system browser: the app hands
 * the provider's URL to the OS (here: to the test), the test opens it in a page of its own and
 * chooses an account on the mock's consent page, which redirects to the app's loopback listener.
 */
import { expect, test } from './fixtures.ts';
import { openProfile } from './support/account.ts';
import { alice, expectSignedIn, launchSignedIn, signInScreen } from './support/screens.ts';
import { systemBrowser } from './support/social-consent.ts';

/** Dana has no password: Yandex is her only way in. */
const danaFullName = 'Dana Social';

let browser: ReturnType<typeof systemBrowser>;
test.beforeAll(({ playwright }) => {
  browser = systemBrowser(playwright);
});
test.afterAll(async () => {
  await browser.close();
});

test('signing in with Google as Alice, in the system browser, with no password', async ({ app }) => {
  const page = await app.launch();
  await page.getByRole('button', { name: 'Sign in with Google', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Continue in your browser' })).toBeVisible();
  await browser.continueAs(app, 'Alice Demo (alice.demo@gmail.com)');
  await expectSignedIn(page, alice);
});

test("Carol's Google account is linked to no Bitrix ID: the app says so and creates nothing", async ({ app }) => {
  const page = await app.launch();
  await page.getByRole('button', { name: 'Sign in with Google', exact: true }).click();
  await browser.continueAs(app, 'Carol Unlinked (carol@gmail.com)', 'This Google account is not linked to any Bitrix ID');
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

test('connecting Apple from the profile, then disconnecting it', async ({ app }) => {
  const page = await launchSignedIn(app);
  const profile = await openProfile(page, alice);

  await profile.social.getByRole('button', { name: 'Connect Apple', exact: true }).click();
  await browser.continueAs(app, 'Alice Demo (alice@icloud.com)', 'Apple is connected to your Bitrix ID');
  await expect(profile.social.getByRole('listitem').filter({ hasText: 'Apple' })).toContainText('Alice Demo (alice@icloud.com)');

  await profile.social.getByRole('button', { name: 'Disconnect Apple', exact: true }).click();
  await expect(profile.social.getByRole('button', { name: 'Connect Apple', exact: true })).toBeVisible();
  await expect(profile.social).not.toContainText('Alice Demo (alice@icloud.com)');
  await expect(profile.social).toContainText('Alice Demo (alice.demo@gmail.com)');
});

test('the last way in cannot be disconnected', async ({ app }) => {
  const page = await app.launch();
  await page.getByRole('button', { name: 'Sign in with Yandex', exact: true }).click();
  await browser.continueAs(app, 'Dana Social (dana@yandex.ru)');
  await expect(page.getByRole('button', { name: danaFullName })).toBeVisible();

  await page.getByRole('button', { name: danaFullName }).click();
  await page.getByRole('menuitem', { name: 'Profile and security', exact: true }).click();
  const social = page.getByRole('region', { name: 'Social networks', exact: true });
  await social.getByRole('button', { name: 'Disconnect Yandex', exact: true }).click();
  await expect(social).toContainText(
    "You can’t disconnect Yandex: it is the only way to sign in to your Bitrix ID. Set a password or connect another service first.",
  );
  await expect(social).toContainText('Dana Social (dana@yandex.ru)');
});
