import type { Logger } from '../logging/logger.ts';
import type { UpdateFeed } from '../updates/update-feed.ts';
import type { Updater } from '../updates/update-service.ts';
import { createUpdaterLogger } from '../updates/updater-logger.ts';

/**
 * electron-updater on the configured generic feed, as the app's `Updater`; null when updates are
 * off. Found updates download by themselves and install when the app quits, or at once on "Restart
 * to update".
 */
export async function loadAutoUpdater(feed: UpdateFeed, log: Logger): Promise<Updater | null> {
  if (!feed.enabled) {
    log.info('Updates are off', { reason: feed.reason });
    return null;
  }
  // Loaded only here, so a development run never loads electron-updater. It is CommonJS, and its
  // `autoUpdater` (a getter) is not among the names Node's ES module loader finds: take the default.
  const { autoUpdater } = (await import('electron-updater')).default;
  autoUpdater.logger = createUpdaterLogger(log);
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.setFeedURL({ provider: 'generic', url: feed.url });
  log.info('Updates are on', { feedOrigin: new URL(feed.url).origin });
  return {
    async checkForUpdates() {
      await autoUpdater.checkForUpdates();
    },
    quitAndInstall: () => autoUpdater.quitAndInstall(),
    onEvent(listener) {
      autoUpdater.on('checking-for-update', () => listener({ type: 'checking' }));
      autoUpdater.on('update-available', (info) => listener({ type: 'available', version: info.version }));
      autoUpdater.on('update-not-available', () => listener({ type: 'not-available' }));
      autoUpdater.on('update-downloaded', (event) => listener({ type: 'downloaded', version: event.version }));
      autoUpdater.on('error', (error) => listener({ type: 'error', error }));
    },
  };
}
