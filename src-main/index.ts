import { app, session, type BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppCore } from './app-core.ts';
import type { EmitEvent } from './events/event-sink.ts';
import { registerAppScheme, serveRendererOverAppScheme } from './electron/app-protocol.ts';
import { lockDownSession } from './electron/content-security.ts';
import { DesktopShell, showWindow } from './electron/desktop-shell.ts';
import { openedAtLogin } from './electron/electron-desktop-host.ts';
import { attachIpcTransport } from './electron/ipc-transport.ts';
import { collectLinks, registerLinkScheme } from './electron/link-handover.ts';
import { createMainWindow } from './electron/main-window.ts';
import { rememberWindowPlacement, restoredPlacement } from './electron/window-memory.ts';
import { WindowMemoryFile } from './desktop/window-memory-file.ts';
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
    showWindow(mainWindow);
  });
  // A window hidden in the tray is not closed: this comes only when the app's windows are really gone.
  app.on('window-all-closed', () => app.quit());
  // macOS: a click on the dock's icon brings a window hidden in the tray back.
  app.on('activate', () => showWindow(mainWindow));
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
  const emit: EmitEvent = (event, payload) => transport.emit(event, payload);
  app.on('will-quit', () => {
    transport.detach();
    void core.promise.then((ready) => ready.dispose(), () => undefined);
  });

  const startedHidden = openedAtLogin(process.platform, process.argv);
  const windowMemory = new WindowMemoryFile(app.getPath('userData'));
  mainWindow = createMainWindow({
    preloadPath: join(here, '../preload/index.cjs'),
    pageUrl: devServerUrl ?? APP_PAGE_URL,
    isAppUrl,
    placement: restoredPlacement(windowMemory),
    showWhenReady: !startedHidden,
  });
  rememberWindowPlacement(mainWindow, windowMemory, log);
  const desktop = new DesktopShell({ window, emit, platform: process.platform, startedHidden });
  desktop.manage(mainWindow);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });

  // Both chains end in handlers that never throw: nothing is left to await.
  void import('./electron/electron-app-core.ts')
    .then(({ createElectronAppCore }) => createElectronAppCore({ window, emit, log, desktop }))
    .then(core.resolve, core.reject);
  void core.promise.then(
    (ready) => {
      desktop.follow(ready);
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
