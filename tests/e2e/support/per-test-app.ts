/**
 * One instance of the app for one test, in either project: its own data folder and its own
 * keychain service name (so parallel tests never share state), started on first use and closed,
 * with its keychain entries cleared, when the test ends. Both the `app` fixture and `otherApp`
 * (support/second-app.ts) are made this way.
 */
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { Browser, TestInfo } from '@playwright/test';
import type { App, AppKind } from './app.ts';
import { findElectronBinary } from './browsers.ts';
import { createElectronApp } from './electron-app.ts';
import { clearKeychain } from './keychain.ts';
import { createWebApp } from './web-app.ts';

export interface PerTestAppOptions {
  appKind: AppKind;
  /** Chromium for the web project, launched on first use. */
  harnessBrowser: () => Promise<Browser>;
  /** Tells a second app apart: in its keychain service name and its data folder (`<role>-app-data`). */
  role?: string;
  /** Attaches what shows why the test failed. */
  attachFailureEvidence(app: App, testInfo: TestInfo): Promise<void>;
}

/**
 * What one launch of the app adds to its test's time limit (playwright.config.ts sets the limit for
 * the rest of the test). Starting the app is the costly step on a loaded machine: a Node process and
 * a renderer from cold took 20–35 s on a 2-core machine at load ~25, so a test that restarts the app
 * gets time for each start instead of sharing one fixed limit with a test that starts it once.
 */
export const LAUNCH_TIME_MS = 40_000;

/** Runs `use` with the test's app; skips the test in the electron project when there is no built app. */
export async function withPerTestApp(
  { appKind, harnessBrowser, role, attachFailureEvidence }: PerTestAppOptions,
  use: (app: App) => Promise<void>,
  testInfo: TestInfo,
): Promise<void> {
  const keychainService = `Bitrix ID Desktop e2e ${role === undefined ? '' : `${role} `}${randomUUID()}`;
  const dataDir = testInfo.outputPath(role === undefined ? 'app-data' : `${role}-app-data`);
  await mkdir(dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, BITRIX_ID_KEYCHAIN_SERVICE: keychainService };
  const onLaunch = () => testInfo.setTimeout(testInfo.timeout + LAUNCH_TIME_MS);
  // The embedded mock unless a test passes apiUrl or bitrix24.
  delete env['BITRIX_ID_API_URL'];
  delete env['BITRIX_ID_BACKEND'];
  delete env['BITRIX_ID_NETWORK_URL'];
  delete env['ELECTRON_RUN_AS_NODE'];

  let app: App;
  if (appKind === 'electron') {
    const binary = findElectronBinary();
    testInfo.skip(!binary.found, binary.found ? '' : binary.reason);
    if (!binary.found) return;
    app = createElectronApp({ executablePath: binary.executablePath, dataDir, keychainService, env, onLaunch });
  } else {
    app = createWebApp({ browser: harnessBrowser, dataDir, keychainService, env, onLaunch });
  }

  try {
    await use(app);
  } finally {
    if (testInfo.status !== testInfo.expectedStatus) await attachFailureEvidence(app, testInfo);
    await app.close();
    // Leave nothing behind in a developer's real keychain.
    await clearKeychain(keychainService).catch(() => 0);
  }
}
