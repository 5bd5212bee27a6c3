import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median, ms } from './report.ts';

export const STARTUP_TARGET_RATIO = 2.0;

/** A module of msw (or of the interceptors it is built on), by its file URL. */
export const isMswModule = (url: string): boolean => /[\\/]node_modules[\\/](msw|@mswjs)[\\/]/.test(url);

/**
 * How many modules from mocks/ a built chunk holds. The bundler writes each module's source path
 * in a comment line before its code (`// mocks/backend/mock-backend.ts`).
 */
export function mocksModulesIn(chunkSource: string): number {
  return chunkSource.split('\n').filter((line) => /^\/\/ mocks\//.test(line)).length;
}

/** msw's modules and mocks/ modules among those a process loaded (mocks/ counted inside the built chunks under `builtDir`). */
export function mockModulesLoaded(urls: readonly string[], builtDir: string): { msw: number; mocks: number } {
  const built = urls.filter((url) => url.startsWith('file:') && fileURLToPath(url).startsWith(builtDir));
  return {
    msw: urls.filter(isMswModule).length,
    mocks: built.reduce((count, url) => count + mocksModulesIn(readFileSync(fileURLToPath(url), 'utf8')), 0),
  };
}

export interface StartupLine {
  label: string;
  /** Process start → BrowserWindow construction, one per run. */
  appMs: readonly number[];
  bareMs: readonly number[];
}

export function formatStartupLines(lines: readonly StartupLine[]): string {
  const width = Math.max(...lines.map((line) => line.label.length));
  return lines
    .map((line) => {
      const app = median(line.appMs);
      const bare = median(line.bareMs);
      const ratio = app / bare;
      const verdict = ratio <= STARTUP_TARGET_RATIO ? 'ok' : 'OVER TARGET';
      return [
        line.label.padEnd(width),
        `app ${ms(app)} (median of ${line.appMs.length})`,
        `bare main ${ms(bare)} (median of ${line.bareMs.length})`,
        `ratio ${ratio.toFixed(2)}`,
        `target ≤ ${STARTUP_TARGET_RATIO.toFixed(1)}  ${verdict}`,
      ].join('   ');
    })
    .join('\n');
}

export function formatMockModules(loaded: { msw: number; mocks: number }): string {
  const verdict = loaded.msw + loaded.mocks === 0 ? 'ok' : 'OVER TARGET';
  return `modules of msw / mocks/ loaded with --api-url: ${loaded.msw} / ${loaded.mocks}   target 0  ${verdict}`;
}
