/**
 * The `slow` scenario against a standalone mock server, with its wait fixed at 1 s (the draw is
 * always 0) and, at the moment that matters, held until the test lets it go (`holdableSleep`):
 * buttons show that they are busy and cannot be pressed twice meanwhile, lists say they are
 * loading, a portal says it is opening, and everything ends up done, once.
 */
import { expect, test as base } from './fixtures.ts';
import { changeLoginForm, openProfile, pendingLoginChange, serverInbox } from './support/account.ts';
import { holdableSleep, mockServersFixture, type MockServers } from './support/mock-server.ts';
import { openPortal, portalsScreen } from './support/portals.ts';
import { statusWithText } from './support/resilience.ts';
import { alice, expectSignedIn, launchSignedIn, portalsNavigation, signInScreen } from './support/screens.ts';

const test = base.extend<{ mockServers: MockServers }>({ mockServers: mockServersFixture });

/** `slow` waits 1000 + draw × 2000 ms: a draw of 0 makes every API request take 1 s. */
const oneSecond = () => 0;

test('slow: "Sign in" shows that it is busy and cannot be pressed twice; one sign-in, then the portals load', async ({
  app,
  mockServers,
}) => {
  const wait = holdableSleep();
  const server = await mockServers.start({ scenario: 'slow', random: oneSecond, sleep: wait.sleep });
  const page = await app.launch({ apiUrl: server.url });
  const screen = signInScreen(page);
  await expect(screen.heading).toBeVisible();
  await screen.login.fill(alice.email);
  await screen.password.fill(alice.password);

  wait.hold();
  await screen.submit.click();

  // The sign-in request is at the server, held there.
  await expect.poll(() => wait.waiting()).toBe(1);
  const busy = page.getByRole('button', { name: 'Signing in…', exact: true });
  await expect(busy).toBeVisible();
  await expect(busy).toBeDisabled();
  await expect(page.getByRole('form', { name: 'Sign in to Bitrix ID', exact: true })).toHaveAttribute('aria-busy', 'true');
  await expect(screen.login).toHaveValue(alice.email);
  // Pressing again, by mouse or by Enter, while it is busy sends nothing.
  await busy.click({ force: true });
  await screen.password.press('Enter');
  await screen.login.press('Enter');
  expect(wait.waiting()).toBe(1);

  // Let it go: from now on every request takes a second.
  wait.release();
  // The portals are being loaded, then they are there.
  await expect(statusWithText(page, 'Loading your portals…')).toBeVisible();
  await expect(portalsNavigation(page)).toHaveAttribute('aria-busy', 'true');
  await expectSignedIn(page, alice);
  await expect(portalsNavigation(page)).toHaveAttribute('aria-busy', 'false');

  // Exactly one password grant reached the server.
  expect(server.backend.issuedSecrets().accessTokens).toHaveLength(1);
});

test('slow: "Save" on an e-mail change shows that it is busy and sends the change once', async ({ app, mockServers }) => {
  const wait = holdableSleep();
  const server = await mockServers.start({ random: oneSecond, sleep: wait.sleep });
  const page = await launchSignedIn(app, alice, { apiUrl: server.url });
  await openProfile(page, alice);
  server.backend.setScenario('slow');

  const newEmail = 'alice.slow@example.com';
  const change = changeLoginForm(page, 'email');
  await change.changeButton.click();
  await change.newValue.fill(newEmail);
  await change.currentPassword.fill(alice.password);
  wait.hold();
  await change.save.click();

  await expect.poll(() => wait.waiting()).toBe(1);
  const saving = change.form.getByRole('button', { name: 'Saving…', exact: true });
  await expect(saving).toBeVisible();
  await expect(saving).toBeDisabled();
  await expect(change.form).toHaveAttribute('aria-busy', 'true');
  await saving.click({ force: true });
  await change.currentPassword.press('Enter');
  expect(wait.waiting()).toBe(1);

  wait.release();
  await expect(pendingLoginChange(page, 'email', newEmail).group).toBeVisible();
  await expect(change.form).toBeHidden();
  // One change started: one link sent.
  expect(await serverInbox(server.url, newEmail)).toHaveLength(1);
});

test('slow: a portal says it is opening until its one-time login is issued; openPortal waits for its page', async ({
  app,
  mockServers,
}) => {
  const wait = holdableSleep();
  const server = await mockServers.start({ random: oneSecond, sleep: wait.sleep });
  const page = await launchSignedIn(app, alice, { apiUrl: server.url });
  const [aliceTeam] = alice.portals as [(typeof alice.portals)[number]];
  const screen = portalsScreen(page);
  server.backend.setScenario('slow');
  const issuedLogins = () => server.backend.issuedSecrets().codes.length;

  wait.hold();
  const loginsWhenOpened = openPortal(app, aliceTeam).then(issuedLogins);

  // The toolbar names the portal at once; its page waits for the one-time login, held at the server.
  await expect(screen.toolbar.getByRole('heading', { name: aliceTeam.title })).toBeVisible();
  await expect(statusWithText(page, `Opening ${aliceTeam.title}…`)).toBeVisible();
  await expect(screen.toolbar).toHaveAttribute('aria-busy', 'true');
  expect(issuedLogins()).toBe(0);

  wait.release();
  await expect(statusWithText(page, `Opening ${aliceTeam.title}…`)).toBeHidden();
  // openPortal returned only once the page was shown, so after the login was issued, not at the heading.
  expect(await loginsWhenOpened).toBe(1);
});

test('slow: the social services arriving late do not move "Sign in" from under the pointer', async ({ app, mockServers }) => {
  const wait = holdableSleep();
  const server = await mockServers.start({ scenario: 'slow', random: oneSecond, sleep: wait.sleep });
  wait.hold();
  const page = await app.launch({ apiUrl: server.url });
  const screen = signInScreen(page);
  const socialServices = page.getByRole('group', { name: 'Or sign in with' });
  await expect(screen.submit).toBeVisible();
  await expect(socialServices).toHaveCount(0);
  const before = await screen.submit.boundingBox();

  wait.release();
  await expect(socialServices).toBeVisible();

  expect(await screen.submit.boundingBox()).toEqual(before);
});
