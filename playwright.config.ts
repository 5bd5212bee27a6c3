/**
 * End-to-end suite: every spec in tests/e2e runs in two projects through the `app` fixture
 * (tests/e2e/fixtures.ts):
 *  - web: the browser harness (main's core in Node, the built renderer in Chromium);
 *  - electron: the built app in Electron, skipped with a reason when the Electron binary is missing.
 * Needs `npm run build` first, and an unlocked OS keychain (`npm test` provides one on Linux).
 */
import { defineConfig } from '@playwright/test';
import type { AppProjectOptions } from './tests/e2e/fixtures.ts';
import { findElectronBinary } from './tests/e2e/support/browsers.ts';

const ci = Boolean(process.env['CI']);

// The list reporter does not show skip reasons: say once, in the runner process, why electron skips.
const electronBinary = findElectronBinary();
if (!electronBinary.found && process.env['TEST_WORKER_INDEX'] === undefined) {
  console.warn(`[electron project] every test will be skipped: ${electronBinary.reason}`);
}

export default defineConfig<AppProjectOptions>({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  // 2 cores: each test runs a Node process and a browser (or Electron) of its own.
  workers: 2,
  forbidOnly: ci,
  retries: 0,
  // The test's own steps; each launch of the app adds LAUNCH_TIME_MS (tests/e2e/support/per-test-app.ts).
  timeout: 40_000,
  expect: { timeout: 10_000 },
  reporter: ci ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    actionTimeout: 15_000,
    // A failed test keeps its trace (actions, DOM snapshots, network); the screencast is left out:
    // recording it for every test costs CPU that a loaded 2-core machine does not have, and
    // the fixture attaches the window's screenshot at the failure.
    trace: { mode: 'retain-on-failure', screenshots: false },
  },
  projects: [
    { name: 'web', use: { appKind: 'web' } },
    { name: 'electron', use: { appKind: 'electron' } },
  ],
});
