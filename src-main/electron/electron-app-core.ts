import { app, shell, type BrowserWindow } from 'electron';
import { createAppCore, type AppCore } from '../app-core.ts';
import { resolveBackendChoice } from '../config/backend-choice.ts';
import { readRuntimeSettings } from '../config/runtime-settings.ts';
import { SettingsStore } from '../config/settings-store.ts';
import type { EmitEvent } from '../events/event-sink.ts';
import type { Logger } from '../logging/logger.ts';
import { resolveUpdateFeed } from '../updates/update-feed.ts';
import type { Updater } from '../updates/update-service.ts';
import { loadKeytarStore } from '../vault/keytar-store.ts';
import { loadAutoUpdater } from './auto-update.ts';
import { createElectronNetwork } from './electron-network.ts';
import { createWebContentsPortalViews } from './web-contents-portal-views.ts';
import type { DesktopShell } from './desktop-shell.ts';
import { createElectronDesktopHost } from './electron-desktop-host.ts';
import { createWebContentsWebViews } from './web-contents-web-views.ts';

export interface ElectronAppCoreOptions {
  window(): BrowserWindow | null;
  /** Sends an event to the window's page. */
  emit: EmitEvent;
  log: Logger;
  /** The tray, the window's attention and its closing: the core tells it of unread items. */
  desktop: DesktopShell;
}

/**
 * The app core with Electron's pieces: the keychain, the updater, portal pages and Bitrix24 mode's
 * pages in WebContentsViews, the unread total on the dock, taskbar, title and tray, the tray and
 * login items as the settings' desktop.
 * index.ts imports this module dynamically, once the window exists: it brings zod, axios and every
 * service with it.
 */
export async function createElectronAppCore({ window, emit, log, desktop }: ElectronAppCoreOptions): Promise<AppCore> {
  const settings = readRuntimeSettings(process.env);
  const dataDir = app.getPath('userData');
  const updateFeed = resolveUpdateFeed({
    packaged: app.isPackaged,
    override: settings.updateFeedUrl,
    saved: new SettingsStore(dataDir).read().updateFeedUrl,
  });
  const [secretStore, updater] = await Promise.all([loadKeytarStore(), loadAutoUpdater(updateFeed, log)]);
  return createAppCore({
    version: app.getVersion(),
    backend: resolveBackendChoice(process.argv.slice(1), process.env),
    secretStore,
    keychainService: settings.keychainService,
    dataDir,
    emit,
    log,
    openExternal: (url) => shell.openExternal(url),
    language: app.getLocale(),
    portalViewHost: createWebContentsPortalViews({ window, emit, log }),
    webViewHost: createWebContentsWebViews({ window, emit, log }),
    attention: desktop.attention,
    desktop: createElectronDesktopHost(process.platform),
    packaged: app.isPackaged,
    mockAccessTokenTtlMs: settings.mockAccessTokenTtlMs,
    mockScenario: settings.mockScenario,
    maxLivePortalViews: settings.maxLivePortalViews,
    updater: updater && quitsForReal(updater, desktop),
    network: createElectronNetwork(log),
  });
}

/** An update's restart is a real quit: the window must not close into the tray on the way. */
const quitsForReal = (updater: Updater, desktop: DesktopShell): Updater => ({
  checkForUpdates: () => updater.checkForUpdates(),
  onEvent: (listener) => updater.onEvent(listener),
  quitAndInstall() {
    desktop.allowQuit();
    updater.quitAndInstall();
  },
});
