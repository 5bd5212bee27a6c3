/**
 * `test` with a second, independent instance of the app (`otherApp`) next to the fixture's `app`:
 * its own data folder and its own keychain service name, like `app`. For specs about what one
 * instance's action does to another (both pointed at the same standalone mock server).
 */
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { App } from './app.ts';
import { findElectronBinary } from './browsers.ts';
import { createElectronApp } from './electron-app.ts';
import { clearKeychain } from './keychain.ts';
import { createWebApp } from './web-app.ts';
import { test as base } from '../fixtures.ts';

export const test = base.extend<{ otherApp: App }>({
  otherApp: async ({ appKind, harnessBrowser }, use, testInfo) => {
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
  },
});

export { expect } from '../fixtures.ts';
