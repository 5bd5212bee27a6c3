/**
 * The `offline` scenario against a standalone mock server: the server drops every connection
 * (even /health), then comes back. What was loaded stays on screen, a change fails honestly and
 * keeps what was typed, and the app notices by itself that the server is back.
 */
import { expect, test as base } from './fixtures.ts';
import type { RunningMockHttpServer } from '../../mocks/index.ts';
import { changePasswordForm, chooseFromAccountMenu, openProfile } from './support/account.ts';
import { FLAKY_503, mockServersFixture, type MockServers } from './support/mock-server.ts';
import { alertWithText, offlineBanner, sentences, signInRefusedBy, statusWithText } from './support/resilience.ts';
import { accountMenu, alice, expectSignedIn, launchSignedIn, portalsNavigation, signInScreen } from './support/screens.ts';

const test = base.extend<{ mockServers: MockServers }>({ mockServers: mockServersFixture });

const newPassword = 'Sunny-Harbor-2026';

test('offline: the banner comes and goes by itself, loaded data stays, a change fails honestly and then goes through', async ({
  app,
  mockServers,
}) => {
  const server = await mockServers.start();
  const page = await launchSignedIn(app, alice, { apiUrl: server.url });

  // Online: the profile and the password requirements are loaded once, so there is something to keep.
  let profile = await openProfile(page, alice);
  await expect(profile.email).toContainText(alice.email);
  const form = changePasswordForm(page);
  await form.changeButton.click();
  await expect(form.checklist).toBeVisible();
  await form.form.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(form.form).toBeHidden();
  await page.getByRole('button', { name: 'Back to portals', exact: true }).click();
  await expectSignedIn(page, alice);
  await expect(offlineBanner(page)).toHaveCount(0);

  server.backend.setScenario('offline');

  // A read: opening the profile again asks the server for a fresh one, and gets no answer.
  profile = await openProfile(page, alice);
  await expect(offlineBanner(page)).toBeVisible();
  await expect(statusWithText(page, sentences.profileOffline)).toBeVisible();
  // The last loaded profile stays on show.
  await expect(profile.email).toContainText(alice.email);
  await expect(profile.phone).toContainText(alice.phone);
  // Still signed in: nothing sent anyone to the sign-in screen.
  await expect(accountMenu(page, alice)).toBeVisible();
  await expect(signInScreen(page).heading).toHaveCount(0);

  // A change: it cannot reach the server, says so, and keeps everything typed.
  await form.changeButton.click();
  await expect(form.form).toBeVisible();
  await form.current.fill(alice.password);
  await form.newPassword.fill(newPassword);
  await form.repeat.fill(newPassword);
  await form.save.click();
  await expect(form.form.getByRole('alert')).toHaveText(`${sentences.passwordFailed} ${sentences.network}`);
  await expect(form.current).toHaveValue(alice.password);
  await expect(form.newPassword).toHaveValue(newPassword);
  await expect(form.repeat).toHaveValue(newPassword);
  await expect(form.save).toBeEnabled();
  // Nothing pretends to have succeeded.
  await expect(statusWithText(page, sentences.passwordChanged)).toHaveCount(0);
  await expect(offlineBanner(page)).toBeVisible();
  expect(server.backend.issuedSecrets().accessTokens).toHaveLength(1);

  // The server is back: the app notices by itself (main probes /health every 5 s while offline),
  // without a reload — the form still holds what was typed.
  server.backend.setScenario('default');
  await expect(offlineBanner(page)).toBeHidden({ timeout: 12_000 });
  await expect(statusWithText(page, sentences.profileOffline)).toHaveCount(0);
  await expect(form.current).toHaveValue(alice.password);
  await expect(form.newPassword).toHaveValue(newPassword);

  // The pending change, tried again, goes through.
  await form.save.click();
  await expect(form.form).toBeHidden();
  await expect(profile.password.getByRole('status')).toHaveText(sentences.passwordChanged);
  expect((await server.backend.signInWithPassword({ login: alice.email, password: newPassword })).ok).toBe(true);
});

test('offline: a portal reload that gets no answer keeps the last list on screen, marked; back online, it reloads by itself', async ({
  app,
  mockServers,
}) => {
  // The server comes back only for a moment: the first request that draws (in `flaky`) gets a 503
  // and takes the server away again, so the reload the app starts on its return fails for want of
  // an answer (its retries find no server).
  let wentAwayAgain = false;
  const server: RunningMockHttpServer = await mockServers.start({
    random: () => {
      if (!wentAwayAgain) {
        wentAwayAgain = true;
        server.backend.setScenario('offline');
      }
      return FLAKY_503;
    },
  });
  const page = await launchSignedIn(app, alice, { apiUrl: server.url });
  const portals = portalsNavigation(page);

  server.backend.setScenario('offline');
  // A read that gets no answer tells the app the server is away.
  await chooseFromAccountMenu(page, alice, 'Profile and security');
  await expect(alertWithText(page, sentences.profileLoadFailed)).toContainText(sentences.network);
  await expect(offlineBanner(page)).toBeVisible();
  await page.getByRole('button', { name: 'Back to portals', exact: true }).click();
  // The list loaded before is still there, unmarked: nothing has tried to reload it yet.
  for (const portal of alice.portals) await expect(portals).toContainText(portal.domain);
  await expect(statusWithText(page, sentences.portalsOffline)).toHaveCount(0);

  server.backend.setScenario('flaky');
  // /health answers again, so the app reloads the list by itself; that reload gets no answer.
  await expect(statusWithText(page, sentences.portalsOffline)).toBeVisible({ timeout: 12_000 });
  expect(wentAwayAgain).toBe(true);
  await expect(offlineBanner(page)).toBeVisible();
  for (const portal of alice.portals) await expect(portals).toContainText(portal.domain);
  await expect(alertWithText(page, sentences.portalsLoadFailed)).toHaveCount(0);
  await expect(accountMenu(page, alice)).toBeVisible();

  // Trying again by hand while the server is still away changes nothing, and loses nothing.
  const retry = portals.getByRole('button', { name: 'Try again', exact: true });
  await retry.click();
  await expect(retry).toBeEnabled();
  await expect(statusWithText(page, sentences.portalsOffline)).toBeVisible();
  for (const portal of alice.portals) await expect(portals).toContainText(portal.domain);

  server.backend.setScenario('default');
  await expect(offlineBanner(page)).toBeHidden({ timeout: 12_000 });
  await expect(statusWithText(page, sentences.portalsOffline)).toBeHidden();
  await expectSignedIn(page, alice);
});

test('offline: signing in says the server cannot be reached and keeps the login; once it is back, signing in works', async ({
  app,
  mockServers,
}) => {
  const { page, server } = await signInRefusedBy(app, mockServers, 'offline', sentences.network);
  await expect(offlineBanner(page)).toBeVisible();

  server.backend.setScenario('default');
  await expect(offlineBanner(page)).toBeHidden({ timeout: 12_000 });
  await signInScreen(page).submit.click();
  await expectSignedIn(page, alice);
});
