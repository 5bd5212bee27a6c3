/**
 * What the app shows when the backend misbehaves (the mock's scenarios): the offline banner, the
 * "last loaded" marks and the error sentences. Names and texts from src-renderer/src/i18n/en.ts and
 * account-en.ts.
 */
import { expect, type Page } from '@playwright/test';
import type { RunningMockHttpServer } from '../../../mocks/index.ts';
import type { App } from './app.ts';
import type { MockServerOptions, MockServers } from './mock-server.ts';
import { accountMenu, alice, signIn, signInScreen } from './screens.ts';

export const sentences = {
  offlineBanner: "Can’t reach the server. What you see may be out of date; changes will not be sent until it is back.",
  portalsOffline: 'Offline — showing the last loaded list.',
  profileOffline: 'Offline — showing the last loaded profile.',
  network: 'Could not connect to Bitrix ID. Nothing was changed. Check your internet connection and try again.',
  server: 'Bitrix ID had a problem on its side. Nothing was changed. Please try again in a moment.',
  /** `errors.rateLimitedUntil` with the mock's Retry-After: 30. */
  rateLimited30s: 'Too many attempts. Try again in 30 seconds.',
  /** `errors.smsUnavailableUntil` with the mock's Retry-After: 30. */
  smsUnavailable30s: 'Text messages cannot be sent right now; email still works. Try again in 30 seconds.',
  passwordChanged: 'Your password has been changed. Check it by signing in to Bitrix24 in a private browser window.',
  passwordFailed: 'Could not change the password.',
  loginChangeFailed: 'Could not start the change.',
  profileLoadFailed: 'Could not load your profile.',
  portalsLoadFailed: 'Could not load your portals.',
} as const;

/** The banner every screen shows while main cannot reach the backend (a polite status). */
export const offlineBanner = (page: Page) => page.getByRole('status').filter({ hasText: sentences.offlineBanner });

/** A status with exactly this text, anywhere in the window. */
export const statusWithText = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

/** An alert with this text, anywhere in the window. */
export const alertWithText = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text });

/**
 * A sign-in the server refused: the sentence shown, nothing typed lost, not signed in, and no
 * session started on the server.
 */
export async function expectSignInRefused(
  page: Page,
  server: { backend: { issuedSecrets(): { accessTokens: string[] } } },
  sentence: string,
): Promise<void> {
  const screen = signInScreen(page);
  await expect(screen.alert).toHaveText(sentence);
  await expect(screen.login).toHaveValue(alice.email);
  await expect(screen.password).toHaveValue(alice.password);
  await expect(accountMenu(page, alice)).toHaveCount(0);
  expect(server.backend.issuedSecrets().accessTokens).toEqual([]);
}

/**
 * Starts a standalone mock server in `scenario`, points the app at it and signs Alice in, which
 * the server refuses with `sentence` (checked as `expectSignInRefused` does).
 */
export async function signInRefusedBy(
  app: App,
  mockServers: MockServers,
  scenario: MockServerOptions['scenario'],
  sentence: string,
): Promise<{ page: Page; server: RunningMockHttpServer }> {
  const server = await mockServers.start({ scenario });
  const page = await app.launch({ apiUrl: server.url });
  await signIn(page, alice.email, alice.password);
  await expectSignInRefused(page, server, sentence);
  return { page, server };
}
