/**
 * Portals against a standalone mock server (`--api-url`): the portal's page shows (in the harness the
 * frame is served on its own host, asked of the local server by the portal's name), and a portal that
 * could not open while the server was away opens by itself once it is back.
 */
import { expect, test as base } from './fixtures.ts';
import { mockServersFixture, type MockServers } from './support/mock-server.ts';
import { openPortal, portalsScreen } from './support/portals.ts';
import { offlineBanner, sentences } from './support/resilience.ts';
import { alice, launchSignedIn } from './support/screens.ts';

const test = base.extend<{ mockServers: MockServers }>({ mockServers: mockServersFixture });

const [aliceTeam, acme] = alice.portals as [(typeof alice.portals)[number], (typeof alice.portals)[number]];
const signedInText = (portal: { title: string }) => `${portal.title} — signed in as Alice Demo`;

test.beforeEach(({ appKind }) => {
  test.skip(appKind !== 'web', 'Electron loads the one-time link on the portal’s real host; this is the harness’s frame.');
});

test('a portal opens and shows its page with a standalone mock server', async ({ app, mockServers }) => {
  const server = await mockServers.start();
  await launchSignedIn(app, alice, { apiUrl: server.url });

  await openPortal(app, acme);
  await expect(await app.portalHeading(acme)).toHaveText(signedInText(acme));
  await expect(portalsScreen(app.page).toolbar).toContainText(`Signed in as ${alice.email}`);
});

test('a portal that could not open while the server was away opens by itself once it is back', async ({ app, mockServers }) => {
  const server = await mockServers.start();
  const page = await launchSignedIn(app, alice, { apiUrl: server.url });
  const screen = portalsScreen(page);

  server.backend.setScenario('offline');
  await screen.portal(aliceTeam.domain).click();
  const failure = screen.toolbar.getByRole('alert').filter({ hasText: `Could not open ${aliceTeam.title}.` });
  await expect(failure).toContainText(sentences.network);
  await expect(offlineBanner(page)).toBeVisible();

  server.backend.setScenario('default');
  await expect(offlineBanner(page)).toBeHidden({ timeout: 12_000 });
  await expect(failure).toHaveCount(0);
  await expect(await app.portalHeading(aliceTeam)).toHaveText(signedInText(aliceTeam));
});
