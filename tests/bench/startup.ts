/**
 * Main's start-up under the recording stand-in for `electron` (tests/integration/electron-glue):
 * process start → BrowserWindow construction for the built main (out/main/index.js), with the
 * embedded mock and with `--api-url`, and for a bare main that only waits for Electron and makes a
 * window (bare-main.ts), in rounds that alternate the three. Also which modules the `--api-url`
 * runs loaded, by the time their app core was built.
 */
import { fileURLToPath } from 'node:url';
import { startMockHttpServer } from '../../mocks/index.ts';
import { startMain, type StartOptions } from '../integration/electron-glue/main-under-test.ts';

const bareMain = fileURLToPath(new URL('./bare-main.ts', import.meta.url));

export interface StartupTimings {
  bareMs: number[];
  /** The built main with the embedded mock (the default). */
  mockMs: number[];
  /** The built main with `--api-url` (a real server: the standalone mock over HTTP). */
  apiUrlMs: number[];
  /** Every module URL any `--api-url` run loaded. */
  apiUrlModules: string[];
}

interface Run {
  windowMs: number;
  modules: string[];
}

async function startOnce(options: StartOptions, waitForCore: boolean): Promise<Run> {
  const main = await startMain(options);
  try {
    await main.ready();
    const window = await main.waitForCall('the main window', (record) => record.api === 'BrowserWindow.constructor');
    // The app's menu goes in once its core is built: by then start-up has loaded all it loads.
    if (waitForCore) await main.waitForCall('the app core', (record) => record.api === 'Menu.setApplicationMenu');
    const missing = main.unimplemented();
    if (missing.length > 0) throw new Error(`The main used Electron APIs the stand-in lacks: ${missing.join(', ')}.`);
    return { windowMs: window.t, modules: (await main.modules()).map((load) => load.url) };
  } finally {
    await main.stop();
  }
}

export async function measureStartup(rounds: number, progress: (done: number, total: number) => void): Promise<StartupTimings> {
  const server = await startMockHttpServer({ port: 0 });
  try {
    const variants = [
      { name: 'bare', run: () => startOnce({ entry: bareMain }, false) },
      { name: 'mock', run: () => startOnce({}, true) },
      { name: 'apiUrl', run: () => startOnce({ args: ['--api-url', server.url] }, true) },
    ] as const;
    // One untimed start of each first: the first reads every file from disk.
    for (const variant of variants) await variant.run();
    const timings: StartupTimings = { bareMs: [], mockMs: [], apiUrlMs: [], apiUrlModules: [] };
    for (let round = 0; round < rounds; round += 1) {
      // Each round starts with the next variant, so none is always the one after another's start.
      for (let index = 0; index < variants.length; index += 1) {
        const variant = variants[(round + index) % variants.length];
        if (!variant) continue;
        const { windowMs, modules } = await variant.run();
        if (variant.name === 'bare') timings.bareMs.push(windowMs);
        else if (variant.name === 'mock') timings.mockMs.push(windowMs);
        else {
          timings.apiUrlMs.push(windowMs);
          timings.apiUrlModules.push(...modules.filter((url) => !timings.apiUrlModules.includes(url)));
        }
      }
      progress(round + 1, rounds);
    }
    return timings;
  } finally {
    await server.close();
  }
}
