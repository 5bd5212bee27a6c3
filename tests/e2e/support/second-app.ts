/**
 * A second, independent instance of the app next to the fixture's `app`: its own data folder and
 * its own keychain service name, like `app`. For specs about what one instance's action does to
 * another (both pointed at the same standalone mock server). Use it as a test-scoped fixture:
 *
 *   const test = base.extend<{ otherApp: App }>({ otherApp: otherAppFixture });
 */
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { Browser, TestInfo } from '@playwright/test';
import type { App, AppKind } from './app.ts';
import { findElectronBinary } from './browsers.ts';
import { createElectronApp } from './electron-app.ts';
import { clearKeychain } from './keychain.ts';
import { createWebApp } from './web-app.ts';

export async function otherAppFixture(
  { appKind, harnessBrowser }: { appKind: AppKind; harnessBrowser: () => Promise<Browser> },
  use: (app: App) => Promise<void>,
  testInfo: TestInfo,
): Promise<void> {
  const keychainService = `Bitrix ID Desktop e2e other ${randomUUID()}`;
  const dataDir = testInfo.outputPath('other-app-data');
  await mkdir(dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, BITRIX_ID_KEYCHAIN_SERVICE: keychainService };
  delete env['BITRIX_ID_API_URL'];
  delete env['ELECTRON_RUN_AS_NODE'];

  let app: App;
  if (appKind === 'electron') {
    const binary = findElectronBinary();
    testInfo.skip(!binary.found, binary.found ? '' : binary.reason);
    if (!binary.found) return;
    app = createElectronApp({ executablePath: binary.executablePath, dataDir, keychainService, env });
  } else {
    app = createWebApp({ browser: harnessBrowser, dataDir, keychainService, env });
  }

  try {
    await use(app);
  } finally {
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('other-app-output.txt', { body: app.output(), contentType: 'text/plain' });
      try {
        await testInfo.attach('other-window.png', { body: await app.page.screenshot(), contentType: 'image/png' });
      } catch {
        // Not running.
      }
    }
    await app.close();
    await clearKeychain(keychainService).catch(() => 0);
  }
}
