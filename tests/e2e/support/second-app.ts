/**
 * A second, independent instance of the app next to the fixture's `app`: its own data folder and
 * its own keychain service name, like `app`. For specs about what one instance's action does to
 * another (both pointed at the same standalone mock server). Use it as a test-scoped fixture:
 *
 *   const test = base.extend<{ otherApp: App }>({ otherApp: otherAppFixture });
 */
import type { Browser, TestInfo } from '@playwright/test';
import type { App, AppKind } from './app.ts';
import { withPerTestApp } from './per-test-app.ts';

export async function otherAppFixture(
  { appKind, harnessBrowser }: { appKind: AppKind; harnessBrowser: () => Promise<Browser> },
  use: (app: App) => Promise<void>,
  testInfo: TestInfo,
): Promise<void> {
  await withPerTestApp({ appKind, harnessBrowser, role: 'other', attachFailureEvidence }, use, testInfo);
}

async function attachFailureEvidence(app: App, testInfo: TestInfo): Promise<void> {
  await testInfo.attach('other-app-output.txt', { body: app.output(), contentType: 'text/plain' });
  try {
    await testInfo.attach('other-window.png', { body: await app.page.screenshot(), contentType: 'image/png' });
  } catch {
    // Not running.
  }
}
