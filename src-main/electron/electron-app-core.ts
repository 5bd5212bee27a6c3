import { app, shell, type BrowserWindow } from 'electron';
import { createAppCore, type AppCore } from '../app-core.ts';
import { resolveBackendChoice } from '../config/backend-choice.ts';
import { readRuntimeSettings } from '../config/runtime-settings.ts';
import { SettingsStore } from '../config/settings-store.ts';
import type { EmitEvent } from '../events/event-sink.ts';
import type { Logger } from '../logging/logger.ts';
import { resolveUpdateFeed } from '../updates/update-feed.ts';
import { loadKeytarStore } from '../vault/keytar-store.ts';
import { loadAutoUpdater } from './auto-update.ts';
import { createElectronNetwork } from './electron-network.ts';
import { createWebContentsPortalViews } from './web-contents-portal-views.ts';
import { createWebContentsWebViews } from './web-contents-web-views.ts';
import { createWindowAttention } from './window-attention.ts';

export interface ElectronAppCoreOptions {
  window(): BrowserWindow | null;
  /** Sends an event to the window's page. */
  emit: EmitEvent;
  log: Logger;
}

/**
 * The app core with Electron's pieces: the keychain, the updater, portal pages and Bitrix24 mode's
 * pages in WebContentsViews, the unread total on the dock, taskbar and title.
 * index.ts imports this module dynamically, once the window exists: it brings zod, axios and every
 * service with it.
 */
export async function createElectronAppCore({ window, emit, log }: ElectronAppCoreOptions): Promise<AppCore> {
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
    attention: createWindowAttention({ window, platform: process.platform, locale: app.getLocale() }),
    packaged: app.isPackaged,
    mockAccessTokenTtlMs: settings.mockAccessTokenTtlMs,
    mockScenario: settings.mockScenario,
    maxLivePortalViews: settings.maxLivePortalViews,
    updater,
    network: createElectronNetwork(log),
  });
}
