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

/** A person in the system browser: on the consent page, picks the account named `displayName`. */
export const chooseAccount =
  (displayName: string): SystemBrowser =>
  async (url) => {
    const consent = await openPage(url);
    const accounts = await press(consent, 'Sign in with another account');
    const redirect = await press(accounts, `Continue as ${displayName}`);
    if (redirect.location) await fetch(redirect.location);
  };

/**
 * The app core on the embedded mock, with the system browser played by `browser.current` (swappable
 * mid-test); every URL the app opens is pushed to `opened`, and what undoes the core goes to `cleanups`.
 */
export async function startCoreWithBrowser(
  browser: { current: SystemBrowser },
  opened: string[],
  cleanups: Array<() => Promise<void> | void>,
): Promise<AppCore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bitrix-id-social-'));
  const core = await createAppCore({
    version: '0.0.0-test',
    backend: { override: null, networkUrl: 'https://www.bitrix24.net/' },
    secretStore: new FakeSecretStore(),
    keychainService: 'social test',
    dataDir,
    emit: () => {},
    log: silentLogger,
    openExternal: async (url) => {
      opened.push(url);
      // The browser works on its own; the app only waits for the redirect.
      void browser.current(url);
    },
    language: 'en',
    portalViewHost: new FakePortalViewHost(),
    webViewHost: new FakeWebViewHost(),
    attention: new FakeAttention(),
  });
  cleanups.push(() => core.dispose(), () => rmSync(dataDir, { recursive: true, force: true }));
  return core;
}
