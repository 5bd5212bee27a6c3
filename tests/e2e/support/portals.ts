/** The portals part of the signed-in window, found by role and accessible name only. */
import { expect, type Page } from '@playwright/test';
import type { App } from './app.ts';
import { portalsNavigation } from './screens.ts';

export function portalsScreen(page: Page) {
  const navigation = portalsNavigation(page);
  return {
    navigation,
    search: navigation.getByRole('searchbox', { name: 'Search portals' }),
    sort: navigation.getByRole('combobox', { name: 'Sort' }),
    /** Every portal row rendered now (the list is virtual: only those near the viewport). */
    rows: navigation.getByRole('button', { name: /bitrix24\./ }),
    /** A portal's row, by its address (the accessible name carries title and domain). */
    portal: (domain: string) => navigation.getByRole('button', { name: new RegExp(domain.replaceAll('.', '\\.')) }),
    progress: navigation.getByRole('progressbar'),
    create: navigation.getByRole('button', { name: 'Create Bitrix24' }),
    toolbar: page.getByRole('main'),
    signOutOfPortal: page.getByRole('button', { name: 'Sign out of this portal' }),
    hide: page.getByRole('button', { name: 'Hide from list' }),
  };
}

/**
 * Opens a portal from the list and waits until its page is on show, not just its toolbar (which
 * shows at once, before main has asked the server for the one-time login): in the harness the
 * portal's iframe is visible; in Electron, where main draws the page over the window, the toolbar
 * offers to sign out of the now live view and is no longer busy opening it.
 */
export async function openPortal(app: App, portal: { title: string; domain: string }): Promise<void> {
  const screen = portalsScreen(app.page);
  await screen.portal(portal.domain).click();
  await expect(screen.toolbar.getByRole('heading', { name: portal.title })).toBeVisible();
  await expect(screen.signOutOfPortal).toBeVisible();
  await expect(screen.toolbar).toHaveAttribute('aria-busy', 'false');
  if (app.kind === 'web') await expect(screen.toolbar.getByTitle(portal.title, { exact: true })).toBeVisible();
}
