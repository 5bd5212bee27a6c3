/**
 * The `app` fixture: every spec is written once and runs in both projects, `web` (the browser
 * harness in Chromium) and `electron` (the built app), each test with its own data folder and
 * its own keychain service name, so parallel tests never share state.
 */
import { test as base, type Browser, type TestInfo } from '@playwright/test';
import type { App, AppKind } from './support/app.ts';
import { chromiumLaunchOptions } from './support/browsers.ts';
import { withPerTestApp } from './support/per-test-app.ts';

export type { App, AppKind, AppLaunchOptions } from './support/app.ts';

/** Set per project in playwright.config.ts. */
export interface AppProjectOptions {
  appKind: AppKind;
}

export interface WorkerFixtures extends AppProjectOptions {
  /** Chromium for the web project, launched on first use (never in the electron project). */
  harnessBrowser: () => Promise<Browser>;
}

export const test = base.extend<{ app: App }, WorkerFixtures>({
  appKind: ['web', { option: true, scope: 'worker' }],

  harnessBrowser: [
    async ({ playwright }, use) => {
      let browser: Promise<Browser> | undefined;
      await use(() => (browser ??= playwright.chromium.launch(chromiumLaunchOptions())));
      if (browser) await (await browser).close();
    },
    { scope: 'worker' },
  ],

  app: async ({ appKind, harnessBrowser }, use, testInfo) => {
    await withPerTestApp({ appKind, harnessBrowser, attachFailureEvidence }, use, testInfo);
  },
});

async function attachFailureEvidence(app: App, testInfo: TestInfo): Promise<void> {
  await testInfo.attach('app-output.txt', { body: app.output(), contentType: 'text/plain' });
  const problems = app.pageProblems();
  if (problems.length > 0) await testInfo.attach('page-problems.txt', { body: problems.join('\n'), contentType: 'text/plain' });
  try {
    await testInfo.attach('window.png', { body: await app.page.screenshot(), contentType: 'image/png' });
  } catch {
    // The app was not running (or had already gone): nothing to show.
  }
}

export { expect } from '@playwright/test';
