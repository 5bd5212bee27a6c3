/**
 * The `flaky` scenario against a standalone mock server: some API requests fail with 502 or 503
 * before they reach the data. The draws are scripted (see `cycle`), so every run fails the same
 * requests: a change (sign-in) may fail with "try again" and keeps what was typed; reads recover
 * by themselves, because the app retries a GET on 502/503.
 */
import { expect, test as base } from './fixtures.ts';
import { openProfile } from './support/account.ts';
import { cycle, FLAKY_502, FLAKY_503, FLAKY_PASS, mockServersFixture, type MockServers } from './support/mock-server.ts';
import { alertWithText, sentences } from './support/resilience.ts';
import { accountMenu, alice, expectSignedIn, portalsNavigation, signInScreen } from './support/screens.ts';

const test = base.extend<{ mockServers: MockServers }>({ mockServers: mockServersFixture });

/** At most this many sign-in attempts: with one request in three failing, two are enough. */
const MAX_SIGN_IN_ATTEMPTS = 5;

test('flaky: sign-in may fail with "try again" and keeps what was typed; the profile and portals load despite failed reads', async ({
  app,
  mockServers,
}) => {
  // One request in three fails, 502 and 503 in turn, starting with the very first one.
  const random = cycle([FLAKY_502, FLAKY_PASS, FLAKY_PASS, FLAKY_503, FLAKY_PASS, FLAKY_PASS]);
  const failuresSoFar = () => Math.ceil(random.drawn() / 3);
  const server = await mockServers.start({ scenario: 'default', random });
  const page = await app.launch({ apiUrl: server.url });
  const screen = signInScreen(page);
  await expect(screen.heading).toBeVisible();
  // The sign-in screen's own reads (the social services) are done; from here the sign-in is first.
  await expect(page.getByRole('button', { name: 'Sign in with Google', exact: true })).toBeVisible();
  server.backend.setScenario('flaky');
  await screen.login.fill(alice.email);
  await screen.password.fill(alice.password);

  let attempts = 0;
  let failedAttempts = 0;
  const signedIn = accountMenu(page, alice);
  while (attempts < MAX_SIGN_IN_ATTEMPTS) {
    attempts++;
    await screen.submit.click();
    const failed = alertWithText(page, sentences.server);
    await expect(signedIn.or(failed)).toBeVisible();
    if (await signedIn.isVisible()) break;
    failedAttempts++;
    // The failure says to try again, and nothing typed is lost.
    await expect(failed).toHaveText(sentences.server);
    await expect(screen.login).toHaveValue(alice.email);
    await expect(screen.password).toHaveValue(alice.password);
    await expect(screen.submit).toBeEnabled();
  }
  await expectSignedIn(page, alice);
  // The very first request (the first sign-in) was made to fail.
  expect(failedAttempts).toBeGreaterThanOrEqual(1);
  // A failed sign-in changed nothing: exactly one session was started.
  expect(server.backend.issuedSecrets().accessTokens).toHaveLength(1);

  // The portals: every one of Alice's, no error.
  const portals = portalsNavigation(page);
  for (const portal of alice.portals) {
    await expect(portals).toContainText(portal.title);
    await expect(portals).toContainText(portal.domain);
  }
  await expect(alertWithText(page, sentences.portalsLoadFailed)).toHaveCount(0);

  // The profile, with the right data, no error.
  const profile = await openProfile(page, alice);
  await expect(profile.email).toContainText(alice.email);
  await expect(profile.phone).toContainText(alice.phone);
  await expect(profile.social).toContainText('Google');
  await expect(profile.password).toContainText('Last changed');
  await expect(alertWithText(page, sentences.profileLoadFailed)).toHaveCount(0);

  // And the sessions, on the other tab.
  await profile.passwordsTab.click();
  const sessions = profile.sessions.getByRole('list', { name: 'Active sessions', exact: true });
  await expect(sessions.getByRole('listitem').filter({ hasText: 'This device' })).toHaveCount(1);
  await expect(sessions).toContainText('Chrome on Windows');

  // Reads did fail on the way, and nobody saw it: every failure beyond the failed sign-ins was a
  // read that the app retried by itself.
  const failedReads = failuresSoFar() - failedAttempts;
  expect(failedReads).toBeGreaterThanOrEqual(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
