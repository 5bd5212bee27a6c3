/**
 * The Server settings screen and the places that say which backend is in use, found by role and
 * accessible name only. Names from src-renderer/src/i18n/en.ts (`backend`, `shell`) and
 * account-en.ts (`server`).
 */
import type { Page } from '@playwright/test';

export const serverTexts = {
  addressInvalid: 'Use an https:// address (http:// only for this computer).',
  addressNotUrl: 'Enter a full address, like https://id.example.com.',
  addressCredentials: 'Leave out the user name and password.',
  embeddedMock: 'Embedded mock backend',
  /** The footer's full form (`backend.url`). */
  footerServer: (url: string) => `Server: ${url}`,
  /** The header badge's short form (`backend.urlBadge`): the host only. */
  badgeServer: (url: string) => `Server: ${new URL(url).host}`,
  unreachable: 'Could not reach that server. Check the address and try again.',
  connected: (name: string, version: string) => `Connected to ${name} ${version}.`,
} as const;

export function serverSettingsScreen(page: Page) {
  const confirm = page.getByRole('alertdialog', { name: 'Switch servers?', exact: true });
  return {
    heading: page.getByRole('heading', { level: 1, name: 'Server', exact: true }),
    address: page.getByRole('textbox', { name: 'Server address', exact: true }),
    test: page.getByRole('button', { name: 'Test connection', exact: true }),
    use: page.getByRole('button', { name: 'Use this server', exact: true }),
    useMock: page.getByRole('button', { name: 'Use the embedded mock backend', exact: true }),
    /** "Connected to …" after a successful test. */
    connected: page.getByRole('status').filter({ hasText: /^Connected to / }),
    alreadyInUse: page.getByRole('status').filter({ hasText: 'You are already using this server.' }),
    confirm,
    confirmSwitch: confirm.getByRole('button', { name: 'Switch and sign out', exact: true }),
    backToSignIn: page.getByRole('button', { name: 'Back to sign in', exact: true }),
    backToPortals: page.getByRole('button', { name: 'Back to portals', exact: true }),
  };
}

/** The signed-out screens' footer: which backend is in use, and the way to the server settings. */
export function signedOutFooter(page: Page) {
  const footer = page.getByRole('contentinfo');
  return {
    footer,
    serverSettings: footer.getByRole('button', { name: 'Server settings', exact: true }),
    /** Offered only with the embedded mock backend. */
    mockInbox: footer.getByRole('button', { name: 'Mock inbox', exact: true }),
    /** Offered only with the embedded mock backend. */
    mockBackend: footer.getByRole('button', { name: 'Mock backend', exact: true }),
  };
}

/** The signed-in window's header (a banner landmark), with the backend badge. */
export const shellHeader = (page: Page) => page.getByRole('banner');
