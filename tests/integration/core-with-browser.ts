import { openPage, press } from '../../mocks/tests/social-flow.ts';
import { FakeAttention, FakeWebViewHost } from '../unit/fake-web-view-host.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppCore, type AppCore } from '../../src-main/app-core.ts';
import { silentLogger } from '../../src-main/logging/logger.ts';
import { FakePortalViewHost } from '../unit/fake-portal-view-host.ts';
import { FakeSecretStore } from '../unit/fake-secret-store.ts';

/** Plays the person's system browser: given the page the app opened, does what the test needs there. */
export type SystemBrowser = (url: string) => Promise<void>;

/**
 * A person in the system browser: on the consent page, picks the account named `displayName`. With
 * `pages`, the text of the page the app then shows (one per trip, '' when there is none) goes there.
 */
export const chooseAccount =
  (displayName: string, pages?: Array<Promise<string>>): SystemBrowser =>
  async (url) => {
    let shown: (page: string) => void = () => {};
    pages?.push(new Promise((resolve) => (shown = resolve)));
    const consent = await openPage(url);
    const accounts = await press(consent, 'Sign in with another account');
    const redirect = await press(accounts, `Continue as ${displayName}`);
    const page = redirect.location ? await fetch(redirect.location) : undefined;
    shown(page ? await page.text() : '');
  };

type CoreOptions = Parameters<typeof createAppCore>[0];

/**
 * The app core on the embedded mock, with fakes for the OS; what undoes it goes to `cleanups`. A
 * `dataDir` given stays the caller's; without one a fresh one is made and removed. The system
 * browser is `browser.current` (swappable mid-test), and every URL the app opens is pushed to `opened`.
 */
export async function startTestCore(
  cleanups: Array<() => Promise<void> | void>,
  options: {
    log?: CoreOptions['log'];
    dataDir?: string;
    store?: CoreOptions['secretStore'];
    emit?: CoreOptions['emit'];
    browser?: { current: SystemBrowser };
    opened?: string[];
  } = {},
): Promise<AppCore> {
  let dataDir = options.dataDir;
  if (dataDir === undefined) {
    const made = mkdtempSync(join(tmpdir(), 'bitrix-id-core-'));
    cleanups.push(() => rmSync(made, { recursive: true, force: true }));
    dataDir = made;
  }
  const { browser, opened } = options;
  const core = await createAppCore({
    version: '0.0.0-test',
    backend: { override: null, networkUrl: 'https://www.bitrix24.net/' },
    secretStore: options.store ?? new FakeSecretStore(),
    keychainService: 'integration test',
    dataDir,
    emit: options.emit ?? (() => {}),
    log: options.log ?? silentLogger,
    openExternal: async (url) => {
      opened?.push(url);
      // The browser works on its own; the app only waits for the redirect.
      if (browser) void browser.current(url);
    },
    language: 'en',
    portalViewHost: new FakePortalViewHost(),
    webViewHost: new FakeWebViewHost(),
    attention: new FakeAttention(),
  });
  cleanups.push(() => core.dispose());
  return core;
}

/** The app core with the system browser played by `browser.current`; see startTestCore. */
export const startCoreWithBrowser = (
  browser: { current: SystemBrowser },
  opened: string[],
  cleanups: Array<() => Promise<void> | void>,
): Promise<AppCore> => startTestCore(cleanups, { browser, opened });
