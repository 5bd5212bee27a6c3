/** The portals part of the signed-in window, found by role and accessible name only. */
import { expect, type Page } from '@playwright/test';
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

/** Opens a portal from the list and waits until its toolbar shows it. */
export async function openPortal(page: Page, portal: { title: string; domain: string }): Promise<void> {
  const screen = portalsScreen(page);
  await screen.portal(portal.domain).click();
  await expect(screen.toolbar.getByRole('heading', { name: portal.title })).toBeVisible();
}
