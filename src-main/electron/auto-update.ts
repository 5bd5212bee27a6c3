import type { Logger } from '../logging/logger.ts';
import { adaptAutoUpdater } from '../updates/electron-updater-adapter.ts';
import type { UpdateFeed } from '../updates/update-feed.ts';
import type { Updater } from '../updates/update-service.ts';

/** electron-updater on the configured feed, as the app's `Updater`; null when updates are off. */
export async function loadAutoUpdater(feed: UpdateFeed, log: Logger): Promise<Updater | null> {
  if (!feed.enabled) {
    log.info('Updates are off', { reason: feed.reason });
    return null;
  }
  // Loaded only here, so a development run never loads electron-updater. It is CommonJS, and its
  // `autoUpdater` (a getter) is not among the names Node's ES module loader finds: take the default.
  const { autoUpdater } = (await import('electron-updater')).default;
  const updater = adaptAutoUpdater(autoUpdater, feed.url, log);
  log.info('Updates are on', { feedOrigin: new URL(feed.url).origin });
  return updater;
}
