import { describe, expect, it } from 'vitest';
import type { EventName, Events, UpdateStatus } from '../../src-preload/contract.ts';
import type { EmitEvent } from '../../src-main/events/event-sink.ts';
import type { Logger } from '../../src-main/logging/logger.ts';
import {
  CHECK_INTERVAL_MS,
  FIRST_CHECK_DELAY_MS,
  UpdateService,
  type Schedule,
  type Updater,
  type UpdaterEvent,
} from '../../src-main/updates/update-service.ts';

/** An updater that answers each check as the test says; by default it finds nothing. */
class FakeUpdater implements Updater {
  checks = 0;
  installs = 0;
  answer: (updater: FakeUpdater) => Promise<void> = async (updater) => {
    updater.say({ type: 'checking' });
    updater.say({ type: 'not-available' });
  };
  private listener: ((event: UpdaterEvent) => void) | null = null;

  checkForUpdates(): Promise<void> {
    this.checks++;
    return this.answer(this);
  }
  quitAndInstall(): void {
    this.installs++;
  }
  onEvent(listener: (event: UpdaterEvent) => void): void {
    this.listener = listener;
  }
  say(event: UpdaterEvent): void {
    this.listener?.(event);
  }
}

/** A scheduler the test runs by hand: what is pending, and after how long. */
class ManualSchedule {
  pending: { run: () => void; delayMs: number }[] = [];
  readonly schedule: Schedule = (run, delayMs) => {
    const entry = { run, delayMs };
    this.pending.push(entry);
    return () => {
      this.pending = this.pending.filter((other) => other !== entry);
    };
  };
  runNext(): void {
    const next = this.pending.shift();
    if (!next) throw new Error('Nothing is scheduled');
    next.run();
  }
}

function setUp(updater: Updater | null) {
  const emitted: UpdateStatus[] = [];
  const warnings: Record<string, unknown>[] = [];
  const emit: EmitEvent = <E extends EventName>(event: E, payload: Events[E]) => {
    if (event === 'app.update') emitted.push(payload as UpdateStatus);
  };
  const log: Logger = { info: () => {}, warn: (_message, details) => warnings.push(details ?? {}), error: () => {} };
  const timers = new ManualSchedule();
  const service = new UpdateService({ updater, emit, log, schedule: timers.schedule });
  return { service, emitted, warnings, timers };
}

/** Lets every promise that can settle, settle (a scheduled check runs in the background). */
const settled = () => new Promise((resolve) => setImmediate(resolve));

/** A check the test finishes when it likes. */
function heldCheck(updater: FakeUpdater) {
  let finish: () => void = () => {};
  updater.answer = (fake) => {
    fake.say({ type: 'checking' });
    return new Promise((resolve) => {
      finish = () => {
        fake.say({ type: 'not-available' });
        resolve();
      };
    });
  };
  return () => finish();
}

/** What electron-updater does when the feed answers 404: an `error` event, then the check rejects. */
const feedNotFound = Object.assign(
  new Error('Cannot find channel "latest.yml" update info: HttpError: 404 Not Found\n"Data: <html>secret body</html>"'),
  { code: 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND' },
);

describe('UpdateService', () => {
  it('is disabled without an updater: nothing is checked, scheduled, emitted or installed', async () => {
    const { service, emitted, timers } = setUp(null);

    expect(service.enabled).toBe(false);
    expect(service.status()).toEqual({ state: 'disabled' });
    expect(await service.check()).toEqual({ state: 'disabled' });
    expect(service.restartToUpdate()).toEqual({ restarting: false });
    service.start();
    expect(timers.pending).toEqual([]);
    expect(emitted).toEqual([]);
  });

  it('goes checking → downloading → ready with the version found', async () => {
    const updater = new FakeUpdater();
    updater.answer = async (fake) => {
      fake.say({ type: 'checking' });
      fake.say({ type: 'available', version: '1.2.0' });
    };
    const { service, emitted } = setUp(updater);
    expect(service.status()).toEqual({ state: 'idle' });

    expect(await service.check()).toEqual({ state: 'downloading', version: '1.2.0' });
    updater.say({ type: 'downloaded', version: '1.2.0' });

    expect(service.status()).toEqual({ state: 'ready', version: '1.2.0' });
    expect(emitted).toEqual([
      { state: 'checking' },
      { state: 'downloading', version: '1.2.0' },
      { state: 'ready', version: '1.2.0' },
    ]);
  });

  it('says up_to_date when the feed has nothing newer', async () => {
    const { service, emitted } = setUp(new FakeUpdater());

    expect(await service.check()).toEqual({ state: 'up_to_date' });
    expect(emitted).toEqual([{ state: 'checking' }, { state: 'up_to_date' }]);
  });

  it('goes back to idle when the updater finishes without a word', async () => {
    const updater = new FakeUpdater();
    updater.answer = async () => {};
    const { service, emitted } = setUp(updater);

    expect(await service.check()).toEqual({ state: 'idle' });
    expect(emitted).toEqual([{ state: 'checking' }, { state: 'idle' }]);
  });

  it('maps a feed that answers with an error to `server`, once, and logs none of its text', async () => {
    const updater = new FakeUpdater();
    updater.answer = async (fake) => {
      fake.say({ type: 'checking' });
      fake.say({ type: 'error', error: feedNotFound });
      throw feedNotFound;
    };
    const { service, emitted, warnings } = setUp(updater);

    const status = await service.check();

    expect(status).toEqual({ state: 'failed', error: { code: 'server' } });
    expect(emitted).toEqual([{ state: 'checking' }, status]);
    expect(warnings).toEqual([{ code: 'server', errorName: 'Error', errorCode: 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND' }]);
    expect(JSON.stringify([status, warnings])).not.toMatch(/secret body|latest\.yml/);
  });

  it.each([
    ['Node', Object.assign(new Error('getaddrinfo ENOTFOUND updates.example.com'), { code: 'ENOTFOUND' })],
    ['Chromium', new Error('net::ERR_INTERNET_DISCONNECTED')],
  ])('maps a feed that cannot be reached (%s) to `network`', async (_source, error) => {
    const updater = new FakeUpdater();
    updater.answer = async () => {
      throw error;
    };
    const { service } = setUp(updater);

    expect(await service.check()).toEqual({ state: 'failed', error: { code: 'network' } });
  });

  it('fails a download that breaks after the check, and checks again later', async () => {
    const updater = new FakeUpdater();
    updater.answer = async (fake) => fake.say({ type: 'available', version: '1.2.0' });
    const { service } = setUp(updater);
    await service.check();

    updater.say({ type: 'error', error: Object.assign(new Error('sha512 checksum mismatch'), { code: 'ERR_CHECKSUM_MISMATCH' }) });
    expect(service.status()).toMatchObject({ state: 'failed', error: { code: 'server' } });

    updater.answer = new FakeUpdater().answer;
    expect(await service.check()).toEqual({ state: 'up_to_date' });
    expect(updater.checks).toBe(2);
  });

  it('joins a check that is under way instead of starting another', async () => {
    const updater = new FakeUpdater();
    const finish = heldCheck(updater);
    const { service, emitted } = setUp(updater);

    const first = service.check();
    const second = service.check();
    finish();

    expect(await first).toEqual({ state: 'up_to_date' });
    expect(await second).toEqual({ state: 'up_to_date' });
    expect(updater.checks).toBe(1);
    expect(emitted).toEqual([{ state: 'checking' }, { state: 'up_to_date' }]);

    // Once it is over, the next check is a new one.
    updater.answer = new FakeUpdater().answer;
    await service.check();
    expect(updater.checks).toBe(2);
  });

  it('does not look again while an update downloads or waits for a restart', async () => {
    const updater = new FakeUpdater();
    updater.answer = async (fake) => fake.say({ type: 'available', version: '1.2.0' });
    const { service } = setUp(updater);
    await service.check();

    expect(await service.check()).toEqual({ state: 'downloading', version: '1.2.0' });
    updater.say({ type: 'downloaded', version: '1.2.0' });
    expect(await service.check()).toEqual({ state: 'ready', version: '1.2.0' });
    expect(updater.checks).toBe(1);
  });

  it('restarts only when an update is ready, and installs it once', async () => {
    const updater = new FakeUpdater();
    updater.answer = async (fake) => fake.say({ type: 'available', version: '1.2.0' });
    const { service } = setUp(updater);

    expect(service.restartToUpdate()).toEqual({ restarting: false });
    await service.check();
    expect(service.restartToUpdate()).toEqual({ restarting: false });
    expect(updater.installs).toBe(0);

    updater.say({ type: 'downloaded', version: '1.2.0' });
    expect(service.restartToUpdate()).toEqual({ restarting: true });
    expect(service.restartToUpdate()).toEqual({ restarting: true });
    expect(updater.installs).toBe(1);
  });

  it('checks a while after start, then every six hours, until stopped', async () => {
    const updater = new FakeUpdater();
    const { service, timers } = setUp(updater);

    service.start();
    service.start();
    expect(timers.pending.map((entry) => entry.delayMs)).toEqual([FIRST_CHECK_DELAY_MS]);
    expect(updater.checks).toBe(0);

    timers.runNext();
    await settled();
    expect(updater.checks).toBe(1);
    expect(timers.pending.map((entry) => entry.delayMs)).toEqual([CHECK_INTERVAL_MS]);
    expect(CHECK_INTERVAL_MS).toBe(6 * 60 * 60 * 1000);

    // A failed check does not end the schedule.
    updater.answer = async () => {
      throw new Error('net::ERR_NAME_NOT_RESOLVED');
    };
    timers.runNext();
    await settled();
    expect(updater.checks).toBe(2);
    expect(timers.pending.map((entry) => entry.delayMs)).toEqual([CHECK_INTERVAL_MS]);

    service.stop();
    expect(timers.pending).toEqual([]);
  });
});
