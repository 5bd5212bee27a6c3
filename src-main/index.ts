import { app, session, type BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppCore } from './app-core.ts';
import { installAppMenu } from './electron/app-menu.ts';
import { registerAppScheme, serveRendererOverAppScheme } from './electron/app-protocol.ts';
import { lockDownSession } from './electron/content-security.ts';
import { attachIpcTransport } from './electron/ipc-transport.ts';
import { collectLinks, registerLinkScheme } from './electron/link-handover.ts';
import { createMainWindow } from './electron/main-window.ts';
import type { IpcRouter } from './ipc/router.ts';
import type { PendingLinks } from './links/pending-links.ts';
import { createFileLogger } from './logging/file-logger.ts';
import { errorName } from './logging/logger.ts';
import { APP_PAGE_URL } from './security/app-scheme.ts';
import { createAppUrlCheck } from './security/urls.ts';

// Thin on purpose: this file wires Electron to the window and to the app core (see app-core.ts).
// The window comes first; the core (zod, axios, the services, maybe the embedded mock) is imported
// and built while the window loads.
const here = dirname(fileURLToPath(import.meta.url));
const userDataOverride = process.env['BITRIX_ID_USER_DATA_DIR'];
if (userDataOverride) app.setPath('userData', userDataOverride);
app.enableSandbox();
registerAppScheme();

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  // The running instance gets this launch's arguments (and so its link) through 'second-instance'.
  app.quit();
} else {
  registerLinkScheme();
  const links = collectLinks();
  app.on('second-instance', (_event, argv) => {
    links.takeArguments(argv);
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(() => start(links));
}

function start(links: PendingLinks): void {
  const log = createFileLogger({ dir: app.getPath('logs'), echoWarnings: !app.isPackaged });
  const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
  if (!devServerUrl) serveRendererOverAppScheme(join(here, '../renderer'));
  const isAppUrl = createAppUrlCheck(devServerUrl);
  lockDownSession(session.defaultSession, isAppUrl);

  const window = () => mainWindow;
  const core = Promise.withResolvers<AppCore>();
  // The preload asks for app.info and session.get at once: calls before the core exists wait for it.
  const router: IpcRouter = { dispatch: async (channel, request) => (await core.promise).router.dispatch(channel, request) };
  const transport = attachIpcTransport(router, window, isAppUrl, log);
  app.on('will-quit', () => {
    transport.detach();
    void core.promise.then((ready) => ready.dispose(), () => undefined);
  });

  mainWindow = createMainWindow({
    preloadPath: join(here, '../preload/index.cjs'),
    pageUrl: devServerUrl ?? APP_PAGE_URL,
    isAppUrl,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });

  // Both chains end in handlers that never throw: nothing is left to await.
  void import('./electron/electron-app-core.ts')
    .then(({ createElectronAppCore }) => createElectronAppCore({ window, emit: (event, payload) => transport.emit(event, payload), log }))
    .then(core.resolve, core.reject);
  void core.promise.then(
    (ready) => {
      installAppMenu(ready.updates, (event, payload) => transport.emit(event, payload));
      links.deliverTo((link) => ready.links.receive(link));
    },
    (error: unknown) => {
      // Without a core the window can do nothing (an unknown BITRIX_ID_MOCK_SCENARIO, a refused --api-url):
      // end, saying why on stderr as an uncaught error would; the log file gets the error's name only,
      // since the message may echo what was typed (an --api-url with credentials).
      log.error('The app core failed to start', { error: errorName(error) });
      console.error(error instanceof Error ? error.message : error);
      app.exit(1);
    },
  );
}
