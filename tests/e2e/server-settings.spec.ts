/**
 * Server settings: from the embedded mock to a standalone mock server and back. An address that is
 * not allowed is refused as it is typed; "Test connection" names the server; "Use this server" is
 * remembered across restarts, with the session kept per server; the footer and the header always
 * say which backend is in use.
 */
import { MOCK_BACKEND_NAME, MOCK_BACKEND_VERSION } from '../../mocks/index.ts';
import { expect, test as base } from './fixtures.ts';
import { accessTokenStatus, mockServersFixture, type MockServers } from './support/mock-server.ts';
import { accountMenu, alice, expectSignedIn, expectSignInScreen, signIn, signInScreen } from './support/screens.ts';
import { serverSettingsScreen, serverTexts, shellHeader, signedOutFooter } from './support/server-settings.ts';

const test = base.extend<{ mockServers: MockServers }>({ mockServers: mockServersFixture });

test('switching to a standalone server: refused address, test, use, sign in, remembered across a restart, and back to the embedded mock', async ({
  app,
  mockServers,
}) => {
  const server = await mockServers.start();
  const page = await app.launch();
  await expectSignInScreen(page);
  const footer = signedOutFooter(page);
  await expect(footer.footer).toContainText(serverTexts.embeddedMock);
  await expect(footer.mockBackend).toBeVisible();

  await footer.serverSettings.click();
  const settings = serverSettingsScreen(page);
  await expect(settings.heading).toBeVisible();

  // Plain http to another machine is refused as it is typed, and using it changes nothing.
  await settings.address.fill('http://example.com');
  await expect(settings.address).toHaveAccessibleDescription(new RegExp(`^${escapeRegExp(serverTexts.addressInvalid)}`));
  await expect(settings.address).toHaveAttribute('aria-invalid', 'true');
  await settings.use.click();
  await expect(settings.heading).toBeVisible();
  await expect(settings.address).toHaveValue('http://example.com');
  await expect(footer.footer).toContainText(serverTexts.embeddedMock);

  // Something that is not an address at all, or one with a password in it, gets its own advice.
  await settings.address.fill('not a url');
  await expect(settings.address).toHaveAccessibleDescription(new RegExp(`^${escapeRegExp(serverTexts.addressNotUrl)}`));
  await settings.address.fill('https://user:pw@id.example.com');
  await expect(settings.address).toHaveAccessibleDescription(new RegExp(`^${escapeRegExp(serverTexts.addressCredentials)}`));

  // A server on this computer: allowed, and the test names it.
  await settings.address.fill(server.url);
  await expect(settings.address).not.toHaveAttribute('aria-invalid', 'true');
  await settings.test.click();
  await expect(settings.connected).toHaveText(serverTexts.connected(MOCK_BACKEND_NAME, MOCK_BACKEND_VERSION));

  await settings.use.click();

  await expectSignInScreen(page);
  await expect(footer.footer).toContainText(serverTexts.footerServer(server.url));
  await expect(footer.footer).not.toContainText(serverTexts.embeddedMock);
  // The embedded mock's tools are not offered with a server.
  await expect(footer.mockBackend).toHaveCount(0);
  await expect(footer.mockInbox).toHaveCount(0);

  // Signing in now happens at that server.
  expect(server.backend.issuedSecrets().accessTokens).toEqual([]);
  await signIn(page, alice.email, alice.password);
  await expectSignedIn(page, alice);
  expect(server.backend.issuedSecrets().accessTokens).toHaveLength(1);
  await expect(shellHeader(page)).toContainText(serverTexts.badgeServer(server.url));

  // Remembered: a restart comes back to the same server, still signed in.
  const restarted = await app.restart();
  await expectSignedIn(restarted, alice);
  await expect(shellHeader(restarted)).toContainText(serverTexts.badgeServer(server.url));
  const sessionToken = server.backend.issuedSecrets().accessTokens.at(-1) ?? '';
  expect(await accessTokenStatus(server.url, sessionToken)).toBe(200);

  // Back to the embedded mock: signed in, so it asks first, then signs out of the server.
  await accountMenu(restarted, alice).click();
  await restarted.getByRole('menuitem', { name: 'Server settings', exact: true }).click();
  const again = serverSettingsScreen(restarted);
  await expect(again.heading).toBeVisible();
  await expect(restarted.getByRole('main')).toContainText(`In use: ${server.url}`);
  // The field shows the server in use; using it again changes nothing and says so.
  await expect(again.address).toHaveValue(server.url);
  await again.use.click();
  await expect(again.alreadyInUse).toBeVisible();
  await expect(again.confirm).toHaveCount(0);
  await again.useMock.click();
  await expect(again.confirm).toBeVisible();
  await again.confirmSwitch.click();

  await expectSignInScreen(restarted);
  await expect(signedOutFooter(restarted).footer).toContainText(serverTexts.embeddedMock);
  await expect(signedOutFooter(restarted).footer).not.toContainText(server.url);
  await expect(signedOutFooter(restarted).mockBackend).toBeVisible();
  // The session at the server was ended, not just forgotten here.
  expect(await accessTokenStatus(server.url, sessionToken)).toBe(401);

  // That choice is remembered too.
  const last = await app.restart();
  await expectSignInScreen(last);
  await expect(signedOutFooter(last).footer).toContainText(serverTexts.embeddedMock);
  await expect(signInScreen(last).heading).toBeVisible();
});

test('"Test connection" says when a server cannot be reached, and names it once it answers', async ({ app, mockServers }) => {
  const server = await mockServers.start({ scenario: 'offline' });
  const page = await app.launch();
  await expectSignInScreen(page);
  await signedOutFooter(page).serverSettings.click();
  const settings = serverSettingsScreen(page);
  await expect(settings.heading).toBeVisible();

  await settings.address.fill(server.url);
  await settings.test.click();
  await expect(page.getByRole('alert')).toHaveText(serverTexts.unreachable);
  await expect(settings.connected).toHaveCount(0);

  server.backend.setScenario('default');
  await settings.test.click();
  await expect(settings.connected).toHaveText(serverTexts.connected(MOCK_BACKEND_NAME, MOCK_BACKEND_VERSION));
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Testing is not using: the embedded mock is still in use.
  await settings.backToSignIn.click();
  await expectSignInScreen(page);
  await expect(signedOutFooter(page).footer).toContainText(serverTexts.embeddedMock);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
