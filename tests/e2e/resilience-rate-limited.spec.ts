/**
 * The `rate-limited` scenario against a standalone mock server: every API request answers 429 with
 * Retry-After: 30. The app says when to try again (from Retry-After), keeps what was typed, signs
 * nobody out, and works as usual once the server lets it.
 */
import { expect, test as base } from './fixtures.ts';
import { chooseFromAccountMenu, openProfile, profileScreen } from './support/account.ts';
import { mockServersFixture, type MockServers } from './support/mock-server.ts';
import { alertWithText, offlineBanner, sentences, signInRefusedBy } from './support/resilience.ts';
import { accountMenu, alice, expectSignedIn, launchSignedIn, signInScreen } from './support/screens.ts';

const test = base.extend<{ mockServers: MockServers }>({ mockServers: mockServersFixture });

test('rate-limited: signing in says to try again in 30 seconds and keeps the login; back to default, signing in works', async ({
  app,
  mockServers,
}) => {
  const { page, server } = await signInRefusedBy(app, mockServers, 'rate-limited', sentences.rateLimited30s);
  const screen = signInScreen(page);
  await expect(screen.heading).toBeVisible();
  await expect(screen.submit).toBeEnabled();

  server.backend.setScenario('default');
  await screen.submit.click();

  await expectSignedIn(page, alice);
  await expect(alertWithText(page, sentences.rateLimited30s)).toHaveCount(0);
  expect(server.backend.issuedSecrets().accessTokens).toHaveLength(1);
});

test('rate-limited while signed in: a reload says when to try again, keeps the last profile and signs nobody out', async ({
  app,
  mockServers,
}) => {
  const server = await mockServers.start();
  const page = await launchSignedIn(app, alice, { apiUrl: server.url });
  await openProfile(page, alice);
  await page.getByRole('button', { name: 'Back to portals', exact: true }).click();
  await expectSignedIn(page, alice);

  server.backend.setScenario('rate-limited');
  await chooseFromAccountMenu(page, alice, 'Profile and security');

  const failure = alertWithText(page, sentences.profileLoadFailed);
  await expect(failure).toContainText(`${sentences.profileLoadFailed} ${sentences.rateLimited30s}`);
  // The last loaded profile stays; still signed in.
  const profile = profileScreen(page, alice);
  await expect(profile.heading).toBeVisible();
  await expect(profile.email).toContainText(alice.email);
  await expect(accountMenu(page, alice)).toBeVisible();
  await expect(signInScreen(page).heading).toHaveCount(0);
  // The server answered: it is busy, not away.
  await expect(offlineBanner(page)).toHaveCount(0);

  server.backend.setScenario('default');
  await failure.getByRole('button', { name: 'Try again', exact: true }).click();
  await expect(failure).toHaveCount(0);
  await expect(profile.email).toContainText(alice.email);
  await expect(accountMenu(page, alice)).toBeVisible();
});
