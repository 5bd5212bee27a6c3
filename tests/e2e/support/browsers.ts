import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LaunchOptions } from '@playwright/test';
import { repoRoot } from './paths.ts';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Debian's Chromium where it exists (the Playwright browser download is not possible on our
 * machines), else Playwright's own Chromium, so the suite also runs on a developer's Mac/Windows.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  return {
    ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}

export type ElectronBinary = { found: true; executablePath: string } | { found: false; reason: string };

const platformExecutable = (): string => {
  switch (process.platform) {
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
};

/**
 * Finds the Electron binary the way the `electron` package does, without requiring it (its
 * index.js throws when the download failed): ELECTRON_OVERRIDE_DIST_PATH, else
 * node_modules/electron/path.txt resolved inside node_modules/electron/dist/.
 */
export function findElectronBinary(env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override) {
    const executablePath = join(override, platformExecutable());
    return existsSync(executablePath)
      ? { found: true, executablePath }
      : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${executablePath} does not exist.` };
  }
  const packageDir = join(repoRoot, 'node_modules', 'electron');
  const pathTxt = join(packageDir, 'path.txt');
  const dist = join(packageDir, 'dist');
  if (!existsSync(pathTxt) || !existsSync(dist)) {
    return {
      found: false,
      reason:
        'The Electron binary is not installed (node_modules/electron/path.txt or dist/ is missing; its download is ' +
        'not possible on this machine). Set ELECTRON_OVERRIDE_DIST_PATH to an Electron dist folder to run this ' +
        'project; the web project runs the same specs against the browser harness.',
    };
  }
  return { found: true, executablePath: join(dist, readFileSync(pathTxt, 'utf8').trim()) };
}
