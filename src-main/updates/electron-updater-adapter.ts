import type { AppUpdater } from 'electron-updater';
import type { Logger } from '../logging/logger.ts';
import type { Updater } from './update-service.ts';
import { createUpdaterLogger } from './updater-logger.ts';

/** The part of electron-updater's `autoUpdater` the app drives. */
export type AutoUpdater = Pick<
  AppUpdater,
  'logger' | 'autoDownload' | 'autoInstallOnAppQuit' | 'setFeedURL' | 'checkForUpdates' | 'quitAndInstall' | 'on'
>;

/**
 * electron-updater on a generic feed, as the app's `Updater`: found updates download by themselves
 * and install when the app quits, or at once on "Restart to update"; its log lines are tidied into ours.
 */
export function adaptAutoUpdater(autoUpdater: AutoUpdater, feedUrl: string, log: Logger): Updater {
  autoUpdater.logger = createUpdaterLogger(log);
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.setFeedURL({ provider: 'generic', url: feedUrl });
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
