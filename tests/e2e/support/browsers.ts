import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';
import { findElectronBinary as findElectronBinaryInProject } from '../../../scripts/electron-binary.ts';
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

/**
 * The Electron binary, found without requiring 'electron' (scripts/electron-binary.ts says why),
 * and a display to open its window on.
 */
export function findElectronBinary(env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const binary = findElectronBinaryInProject(repoRoot, env);
  if (binary.found && process.platform === 'linux' && !env['DISPLAY'] && !env['WAYLAND_DISPLAY']) {
    return { found: false, reason: 'Electron needs a display and there is none: run Playwright under `xvfb-run -a`' };
  }
  if (binary.found) return { found: true, executablePath: binary.path };
  return {
    found: false,
    reason:
      `${binary.reason}. Set ELECTRON_OVERRIDE_DIST_PATH to an Electron dist folder to run the electron ` +
      'project; the web project runs the same specs against the browser harness.',
  };
}
