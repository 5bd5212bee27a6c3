/**
 * The `short-tokens` scenario against a standalone mock server: access tokens issued meanwhile live
 * 5 s of the mock's time. Once one has expired, the next call refreshes silently (the refresh token
 * rotates): no sign-out, no error. The test moves the mock's clock past the expiry itself, so a slow
 * sign-in on a loaded machine cannot let a token expire early, and nothing waits for real time.
 */
import { SHORT_ACCESS_TOKEN_TTL_MS, type RunningMockHttpServer } from '../../mocks/index.ts';
import { expect, test as base } from './fixtures.ts';
import { openProfile } from './support/account.ts';
import { accessTokenStatus, mockServersFixture, type MockServers } from './support/mock-server.ts';
import { offlineBanner } from './support/resilience.ts';
import { accountMenu, alice, launchSignedIn, signInScreen } from './support/screens.ts';

const test = base.extend<{ mockServers: MockServers }>({ mockServers: mockServersFixture });

/** The mock's time, moved only by the test. */
function testClock() {
  let now = Date.now();
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

/** Moves the mock's clock past the newest access token's expiry; the mock refuses that token from then on. */
async function expireNewestAccessToken(server: RunningMockHttpServer, clock: ReturnType<typeof testClock>): Promise<void> {
  const newest = server.backend.issuedSecrets().accessTokens.at(-1);
  if (newest === undefined) throw new Error('The mock has issued no access token yet.');
  expect(await accessTokenStatus(server.url, newest)).toBe(200);
  clock.advance(SHORT_ACCESS_TOKEN_TTL_MS + 1);
  expect(await accessTokenStatus(server.url, newest)).toBe(401);
}

test('short-tokens: after the access token expires, the profile still loads and nobody is signed out', async ({ app, mockServers }) => {
  const clock = testClock();
  const server = await mockServers.start({ scenario: 'short-tokens', now: clock.now });
  const page = await launchSignedIn(app, alice, { apiUrl: server.url });
  expect(server.backend.issuedSecrets().accessTokens).toHaveLength(1);

  await expireNewestAccessToken(server, clock);
  const profile = await openProfile(page, alice);

  await expect(profile.email).toContainText(alice.email);
  await expect(profile.phone).toContainText(alice.phone);
  await expect(accountMenu(page, alice)).toBeVisible();
  await expect(signInScreen(page).heading).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(offlineBanner(page)).toHaveCount(0);
  // The app refreshed silently: a new access token, from a rotated refresh token.
  expect(server.backend.issuedSecrets().accessTokens).toHaveLength(2);
  expect(server.backend.issuedSecrets().refreshTokens).toHaveLength(2);

  // And again, with the rotated refresh token: the sessions load on the other tab.
  await expireNewestAccessToken(server, clock);
  await profile.passwordsTab.click();
  const sessions = profile.sessions.getByRole('list', { name: 'Active sessions', exact: true });
  await expect(sessions.getByRole('listitem').filter({ hasText: 'This device' })).toHaveCount(1);
  await expect(accountMenu(page, alice)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(server.backend.issuedSecrets().accessTokens).toHaveLength(3);
});
