/** The app's screens as a person sees them: found by role and accessible name only. */
import { expect, type Page } from '@playwright/test';
import type { App, AppLaunchOptions } from './app.ts';
import { screenshotsDir } from './paths.ts';
import { join } from 'node:path';

export interface SeedUser {
  fullName: string;
  email: string;
  phone: string;
  password: string;
  portals: Array<{ title: string; domain: string }>;
}

export const alice: SeedUser = {
  fullName: 'Alice Demo',
  email: 'alice@example.com',
  phone: '+1 555 010 0001',
  password: 'Alice-Passw0rd!',
  portals: [
    { title: 'Alice Team', domain: 'alice-team.bitrix24.com' },
    { title: 'ACME Corp', domain: 'acme.bitrix24.com' },
    { title: 'Partners Hub', domain: 'partners.bitrix24.de' },
  ],
};

export const bob: SeedUser = {
  fullName: 'Bob Builder',
  email: 'bob@example.com',
  phone: '+1 555 010 0002',
  password: 'Bob-Passw0rd!',
  portals: [{ title: "Bob's Shop", domain: 'bob-shop.bitrix24.com' }],
};

export function signInScreen(page: Page) {
  return {
    heading: page.getByRole('heading', { name: 'Sign in to Bitrix ID' }),
    login: page.getByRole('textbox', { name: 'Email or phone' }),
    password: page.getByLabel('Password', { exact: true }),
    submit: page.getByRole('button', { name: 'Sign in', exact: true }),
    alert: page.getByRole('alert'),
  };
}

export const accountMenu = (page: Page, user: SeedUser) => page.getByRole('button', { name: user.fullName });
export const portalsNavigation = (page: Page) => page.getByRole('navigation', { name: 'Portals' });

export async function signIn(page: Page, login: string, password: string): Promise<void> {
  const screen = signInScreen(page);
  await expect(screen.heading).toBeVisible();
  await screen.login.fill(login);
  await screen.password.fill(password);
  await screen.submit.click();
}

/** The signed-in screen: the account menu with the full name and exactly this user's portals. */
export async function expectSignedIn(page: Page, user: SeedUser, others: SeedUser[] = [bob]): Promise<void> {
  await expect(accountMenu(page, user)).toBeVisible();
  await expect(signInScreen(page).heading).toBeHidden();
  const portals = portalsNavigation(page);
  for (const portal of user.portals) {
    await expect(portals).toContainText(portal.title);
    await expect(portals).toContainText(portal.domain);
  }
  for (const other of others.filter((candidate) => candidate !== user)) {
    for (const portal of other.portals) await expect(portals).not.toContainText(portal.domain);
  }
}

/** Launches the app and signs `user` in with the password; resolves once the signed-in screen shows. */
export async function launchSignedIn(app: App, user: SeedUser = alice, options: AppLaunchOptions = {}): Promise<Page> {
  const page = await app.launch(options);
  await signIn(page, user.email, user.password);
  await expectSignedIn(page, user);
  return page;
}

export async function expectSignInScreen(page: Page, user: SeedUser = alice): Promise<void> {
  const screen = signInScreen(page);
  await expect(screen.heading).toBeVisible();
  await expect(screen.submit).toBeEnabled();
  await expect(accountMenu(page, user)).toHaveCount(0);
}

export async function signOut(page: Page, user: SeedUser): Promise<void> {
  await accountMenu(page, user).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
}

type ReadmeScreen = 'sign-in' | 'two-step' | 'portals' | 'portal-open' | 'bitrix24-mode';

/** README pictures, written by the web project when BITRIX_ID_SCREENSHOTS=1; `-dark` in the dark theme. */
export async function readmeScreenshot(app: App, name: ReadmeScreen | `${ReadmeScreen}-dark`): Promise<void> {
  if (process.env['BITRIX_ID_SCREENSHOTS'] !== '1' || app.kind !== 'web') return;
  await app.page.screenshot({ path: join(screenshotsDir, `${name}.png`), animations: 'disabled' });
}
