import { app, session, shell, type BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppCore } from './app-core.ts';
import { resolveBackendChoice } from './config/backend-choice.ts';
import { readRuntimeSettings } from './config/runtime-settings.ts';
import { SettingsStore } from './config/settings-store.ts';
import { installAppMenu } from './electron/app-menu.ts';
import { registerAppScheme, serveRendererOverAppScheme } from './electron/app-protocol.ts';
import { loadAutoUpdater } from './electron/auto-update.ts';
import { lockDownSession } from './electron/content-security.ts';
import { attachIpcTransport } from './electron/ipc-transport.ts';
import { collectLinks, registerLinkScheme } from './electron/link-handover.ts';
import { createMainWindow } from './electron/main-window.ts';
import { createElectronPortalViewHost } from './electron/portal-view-host.ts';
import type { EmitEvent } from './events/event-sink.ts';
import type { PendingLinks } from './links/pending-links.ts';
import { createFileLogger } from './logging/file-logger.ts';
import { APP_PAGE_URL } from './security/app-scheme.ts';
import { createAppUrlCheck } from './security/urls.ts';
import { resolveUpdateFeed } from './updates/update-feed.ts';
import { loadKeytarStore } from './vault/keytar-store.ts';

// Thin on purpose: this file only wires Electron to the app core (see app-core.ts).
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

async function start(links: PendingLinks): Promise<void> {
  const log = createFileLogger({ dir: app.getPath('logs'), echoWarnings: !app.isPackaged });
  const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
  if (!devServerUrl) serveRendererOverAppScheme(join(here, '../renderer'));
  const isAppUrl = createAppUrlCheck(devServerUrl);
  lockDownSession(session.defaultSession);

  const settings = readRuntimeSettings(process.env);
  const dataDir = app.getPath('userData');
  const updateFeed = resolveUpdateFeed({
    packaged: app.isPackaged,
    override: settings.updateFeedUrl,
    saved: new SettingsStore(dataDir).read().updateFeedUrl,
  });
  const emit: EmitEvent = (event, payload) => transport.emit(event, payload);
  const core = await createAppCore({
    version: app.getVersion(),
    backend: resolveBackendChoice(process.argv.slice(1), process.env),
    secretStore: await loadKeytarStore(),
    keychainService: settings.keychainService,
    dataDir,
    emit,
    log,
    openExternal: (url) => shell.openExternal(url),
    language: app.getLocale(),
    portalViewHost: createElectronPortalViewHost({ window: () => mainWindow, emit, log }),
    mockAccessTokenTtlMs: settings.mockAccessTokenTtlMs,
    mockScenario: settings.mockScenario,
    maxLivePortalViews: settings.maxLivePortalViews,
    updater: await loadAutoUpdater(updateFeed, log),
  });
  const transport = attachIpcTransport(core.router, () => mainWindow, isAppUrl, log);
  installAppMenu(core.updates);
  app.on('will-quit', () => {
    transport.detach();
    void core.dispose();
  });

  mainWindow = createMainWindow({
    preloadPath: join(here, '../preload/index.cjs'),
    pageUrl: devServerUrl ?? APP_PAGE_URL,
    isAppUrl,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  links.deliverTo((link) => core.links.receive(link));
}
