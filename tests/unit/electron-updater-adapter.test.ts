import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../src-main/logging/logger.ts';
import { adaptAutoUpdater, type AutoUpdater } from '../../src-main/updates/electron-updater-adapter.ts';
import type { UpdaterEvent } from '../../src-main/updates/update-service.ts';

/** Stands in for electron-updater's `autoUpdater`: an emitter that records how it was set up and driven. */
class FakeAutoUpdater extends EventEmitter {
  logger: AutoUpdater['logger'] = null;
  autoDownload = false;
  autoInstallOnAppQuit = false;
  feed: unknown = null;
  checks = 0;
  installs = 0;
  setFeedURL(options: unknown): void {
    this.feed = options;
  }
  async checkForUpdates(): Promise<null> {
    this.checks++;
    return null;
  }
  quitAndInstall(): void {
    this.installs++;
  }
}

function adapt() {
  const fake = new FakeAutoUpdater();
  const lines: string[] = [];
  const log: Logger = { info: (line) => lines.push(line), warn: (line) => lines.push(line), error: (line) => lines.push(line) };
  const updater = adaptAutoUpdater(fake as unknown as AutoUpdater, 'https://updates.example.com/bitrix-id/', log);
  return { fake, updater, lines };
}

describe('electron-updater as the app’s updater', () => {
  it('uses the generic feed, downloads by itself, installs on quit, and logs through our tidying logger', () => {
    const { fake, lines } = adapt();
    expect(fake.feed).toEqual({ provider: 'generic', url: 'https://updates.example.com/bitrix-id/' });
    expect(fake.autoDownload).toBe(true);
    expect(fake.autoInstallOnAppQuit).toBe(true);

    fake.logger?.error('Error: 404\nData: <html>private body</html>');
    expect(lines).toEqual(['Updater: Error: 404']);
  });

  it('passes on what electron-updater says as the app’s updater events', () => {
    const { fake, updater } = adapt();
    const events: UpdaterEvent[] = [];
    updater.onEvent((event) => events.push(event));
    const failure = new Error('net::ERR_INTERNET_DISCONNECTED');

    fake.emit('checking-for-update');
    fake.emit('update-available', { version: '1.2.0' });
    fake.emit('update-not-available', { version: '1.1.0' });
    fake.emit('update-downloaded', { version: '1.2.0', downloadedFile: '/tmp/x' });
    fake.emit('error', failure);

    expect(events).toEqual([
      { type: 'checking' },
      { type: 'available', version: '1.2.0' },
      { type: 'not-available' },
      { type: 'downloaded', version: '1.2.0' },
      { type: 'error', error: failure },
    ]);
  });

  it('checks and installs when asked', async () => {
    const { fake, updater } = adapt();
    await updater.checkForUpdates();
    updater.quitAndInstall();
    expect([fake.checks, fake.installs]).toEqual([1, 1]);
  });
});
