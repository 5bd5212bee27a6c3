/**
 * The browser harness: main's core in plain Node behind a loopback HTTP bridge, the built
 * renderer served to any browser. For tests and for poking at the UI without Electron.
 *
 *   node harness/start-web.ts [--port 5174] [--api-url <url> | --backend bitrix24 --network-url <url>] [--data-dir <dir>]
 *
 * Needs `npm run build` (out/renderer and out/harness/bridge.js). Prints, on its own line:
 *   Bitrix ID web harness: http://127.0.0.1:<port>/#secret=<hex>
 */
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createAppCore, type AppCore } from '../src-main/app-core.ts';
import { resolveBackendChoice } from '../src-main/config/backend-choice.ts';
import { readRuntimeSettings } from '../src-main/config/runtime-settings.ts';
import { createFileLogger } from '../src-main/logging/file-logger.ts';
import { loadKeytarStore } from '../src-main/vault/keytar-store.ts';
import { startHarnessServer, type HarnessServer } from './harness-server.ts';
import { createPortalFrames } from './portal-frames.ts';
import { OPEN_EXTERNAL_PREFIX, SECRET_PARAM, URL_LINE_PREFIX } from './protocol.ts';
import { newSecret } from './request-guard.ts';
import { createSseHub } from './sse-hub.ts';
import { loadStaticSite } from './static-site.ts';
import { createWebFrames } from './web-frames.ts';

const USAGE =
  'Usage: node harness/start-web.ts [--port <0-65535>] [--api-url <url> | --backend mock|bitrix24 [--network-url <url>]] [--data-dir <dir>]';
const repoRoot = resolve(import.meta.dirname, '..');

function parseOptions(argv: string[]): { port: number; dataDir: string } {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '5174' },
      // Read by resolveBackendChoice.
      'api-url': { type: 'string' },
      backend: { type: 'string' },
      'network-url': { type: 'string' },
      'data-dir': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = Number(values.port);
  if (values.port.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Invalid --port "${values.port}".`);
  }
  return { port, dataDir: resolve(values['data-dir'] ?? resolve(repoRoot, '.tmp/web-harness')) };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let options: { port: number; dataDir: string };
  let backend: ReturnType<typeof resolveBackendChoice>;
  try {
    options = parseOptions(argv);
    backend = resolveBackendChoice(argv, process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(USAGE);
    process.exit(2);
  }

  // The same redacting file logger as the app, in the data folder's logs/ (tests scan it for secrets).
  const log = createFileLogger({ dir: resolve(options.dataDir, 'logs'), echoWarnings: true });
  const site = await loadStaticSite({
    rendererDir: resolve(repoRoot, 'out/renderer'),
    bridgeScriptFile: resolve(repoRoot, 'out/harness/bridge.js'),
  });
  const packageJson = JSON.parse(await readFile(resolve(repoRoot, 'package.json'), 'utf8')) as { version: string };
  const settings = readRuntimeSettings(process.env);
  const secretStore = await loadKeytarStore();
  if (!secretStore) log.warn('The OS keychain cannot be loaded: the session is kept in memory only.');
  await mkdir(options.dataDir, { recursive: true });

  const hub = createSseHub();
  const frames = createPortalFrames();
  // There is no system browser to hand a URL to: the person (or the e2e test) opens the printed one.
  const openExternal = (url: string) => console.log(`${OPEN_EXTERNAL_PREFIX}${url}`);
  const webFrames = createWebFrames({ openExternal });
  const core: AppCore = await createAppCore({
    version: packageJson.version,
    backend,
    secretStore,
    keychainService: settings.keychainService,
    dataDir: options.dataDir,
    emit: hub.emit,
    log,
    openExternal: async (url) => openExternal(url),
    language: Intl.DateTimeFormat().resolvedOptions().locale,
    portalViewHost: frames.host,
    webViewHost: webFrames.host,
    // A browser tab has no dock badge or window title of the app's own: the renderer shows the counts.
    attention: { showUnread() {} },
    mockAccessTokenTtlMs: settings.mockAccessTokenTtlMs,
    mockScenario: settings.mockScenario,
    maxLivePortalViews: settings.maxLivePortalViews,
    // Not an installed app: updates are off, as in development.
    updater: null,
  });
  const secret = newSecret();
  let server: HarnessServer;
  try {
    server = await startHarnessServer({
      port: options.port,
      secret,
      router: core.router,
      hub,
      site,
      frames,
      webFrames,
      openLink: (link) => core.links.receive(link),
      log,
    });
  } catch (error) {
    await core.dispose();
    throw error;
  }
  console.log(`${URL_LINE_PREFIX}${server.origin}/#${SECRET_PARAM}=${secret}`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server
      .close()
      .finally(() => core.dispose())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error('The web harness failed to shut down cleanly:', error instanceof Error ? error.message : error);
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
