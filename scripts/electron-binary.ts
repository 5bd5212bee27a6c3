import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const executableByPlatform: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
};

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

/**
 * Finds the Electron binary WITHOUT require('electron'), which since Electron 45 tries to download
 * it on first use; where downloads are impossible that would fail (or hang) instead of telling why.
 */
export function findElectronBinary(projectRoot: string, env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const executable = recorded || executableByPlatform[process.platform] || 'electron';
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  const candidate = override ? join(override, executable) : recorded ? join(packageDir, 'dist', executable) : undefined;
  if (candidate && existsSync(candidate)) return { found: true, path: candidate };
  return {
    found: false,
    reason: override
      ? `ELECTRON_OVERRIDE_DIST_PATH is set, but ${candidate} does not exist`
      : 'the Electron binary is not installed (node_modules/electron has no path.txt and dist/); it is downloaded on first use, which this machine cannot do',
  };
}
