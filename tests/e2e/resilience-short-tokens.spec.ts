/**
 * The `short-tokens` scenario against a standalone mock server: access tokens issued meanwhile live
 * 5 s. Once one has expired, the next call refreshes silently (the refresh token rotates): no
 * sign-out, no error. The wait is real (expiry is time-based); instead of sleeping, the test asks
 * the mock itself, cheaply, until the app's access token is refused.
 */
import type { RunningMockHttpServer } from '../../mocks/index.ts';
import { expect, test as base } from './fixtures.ts';
import { openProfile } from './support/account.ts';
import { accessTokenStatus, mockServersFixture, type MockServers } from './support/mock-server.ts';
import { offlineBanner } from './support/resilience.ts';
import { accountMenu, alice, launchSignedIn, signInScreen } from './support/screens.ts';

const test = base.extend<{ mockServers: MockServers }>({ mockServers: mockServersFixture });

/** Waits until the newest access token the mock issued is refused (5 s after it was issued). */
async function untilNewestAccessTokenExpires(server: RunningMockHttpServer): Promise<void> {
  const newest = server.backend.issuedSecrets().accessTokens.at(-1);
  if (newest === undefined) throw new Error('The mock has issued no access token yet.');
  await expect
    .poll(() => accessTokenStatus(server.url, newest), { timeout: 8_000, intervals: [250] })
    .toBe(401);
}

test('short-tokens: after the access token expires, the profile still loads and nobody is signed out', async ({ app, mockServers }) => {
  const server = await mockServers.start({ scenario: 'short-tokens' });
  const page = await launchSignedIn(app, alice, { apiUrl: server.url });
  expect(server.backend.issuedSecrets().accessTokens).toHaveLength(1);

  await untilNewestAccessTokenExpires(server);
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
  await untilNewestAccessTokenExpires(server);
  await profile.passwordsTab.click();
  const sessions = profile.sessions.getByRole('list', { name: 'Active sessions', exact: true });
  await expect(sessions.getByRole('listitem').filter({ hasText: 'This device' })).toHaveCount(1);
  await expect(accountMenu(page, alice)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(server.backend.issuedSecrets().accessTokens).toHaveLength(3);
});
