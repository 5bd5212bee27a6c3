/**
 * The Settings screen, found by role and accessible name only. Names from
 * src-renderer/src/i18n/en.ts, ru.ts and de.ts (`settings`).
 */
import type { Page } from '@playwright/test';

export function settingsScreen(page: Page) {
  return {
    heading: page.getByRole('heading', { level: 1, name: 'Settings', exact: true }),
    headingRu: page.getByRole('heading', { level: 1, name: 'Настройки', exact: true }),
    language: page.getByRole('combobox', { name: 'Language of the app', exact: true }),
    languageRu: page.getByRole('combobox', { name: 'Язык приложения', exact: true }),
    languageDe: page.getByRole('combobox', { name: 'Sprache der App', exact: true }),
    theme: (name: 'Same as the system' | 'Light' | 'Dark') => page.getByRole('radio', { name, exact: true }),
    liveViews: page.getByRole('spinbutton', { name: 'Portals kept open', exact: true }),
    changeServer: page.getByRole('button', { name: 'Change server…', exact: true }),
    backToPortals: page.getByRole('button', { name: 'Back to portals', exact: true }),
    backToPortalsRu: page.getByRole('button', { name: 'К порталам', exact: true }),
    backToSignIn: page.getByRole('button', { name: 'Back to sign in', exact: true }),
  };
}

/** Ctrl+, — the usual way to a desktop app's settings (⌘, on macOS; the app takes either). */
export const openSettingsByKey = (page: Page) => page.keyboard.press('Control+Comma');
