import type { UpdateStatus } from '../../src-preload/contract.ts';
import type { EmitEvent } from '../events/event-sink.ts';
import type { Logger } from '../logging/logger.ts';
import { updateError, updateErrorFacts } from './update-error.ts';

/**
 * What the updater says as it works. Download progress is left out: the status has no progress to
 * show, and the renderer speaks up only once an update is ready.
 */
export type UpdaterEvent =
  | { type: 'checking' }
  | { type: 'available'; version: string }
  | { type: 'not-available' }
  | { type: 'downloaded'; version: string }
  | { type: 'error'; error: unknown };

/** The app's updater: electron-updater in the app (electron/auto-update.ts), a fake in tests. */
export interface Updater {
  /** Asks the feed for a newer version, which then downloads by itself; rejects when the check fails. */
  checkForUpdates(): Promise<void>;
  /** Quits the app and installs the downloaded update. */
  quitAndInstall(): void;
  onEvent(listener: (event: UpdaterEvent) => void): void;
}

/** Runs `run` once after `delayMs`; returns what cancels it. */
export type Schedule = (run: () => void, delayMs: number) => () => void;

/** Lets the window and the session come up before the first look at the feed. */
export const FIRST_CHECK_DELAY_MS = 10_000;
export const CHECK_INTERVAL_MS = 6 * 60 * 60 * 1000;

const scheduleWithTimer: Schedule = (run, delayMs) => {
  const timer = setTimeout(run, delayMs);
  // A pending check must not keep a Node process (the harness, a test) alive.
  timer.unref?.();
  return () => clearTimeout(timer);
};

export interface UpdateServiceOptions {
  /** Null when updates are off: in development, without a feed, in the browser harness. */
  updater: Updater | null;
  emit: EmitEvent;
  log: Logger;
  schedule?: Schedule;
}

const sameStatus = (a: UpdateStatus, b: UpdateStatus): boolean =>
  a.state === b.state &&
  ('version' in a ? a.version : null) === ('version' in b ? b.version : null) &&
  ('error' in a ? a.error.code : null) === ('error' in b ? b.error.code : null);

/**
 * The app's own updates: looks at the feed at start and every few hours (and when asked), lets the
 * updater download what it finds, and restarts into it only when the person says so. Every change
 * of status goes to the renderer as `app.update`.
 */
export class UpdateService {
  private readonly updater: Updater | null;
  private readonly emit: EmitEvent;
  private readonly log: Logger;
  private readonly schedule: Schedule;
  private current: UpdateStatus;
  private running: Promise<UpdateStatus> | null = null;
  private restarting = false;
  private cancelNextCheck: (() => void) | null = null;

  constructor(options: UpdateServiceOptions) {
    this.updater = options.updater;
    this.emit = options.emit;
    this.log = options.log;
    this.schedule = options.schedule ?? scheduleWithTimer;
    this.current = this.updater ? { state: 'idle' } : { state: 'disabled' };
    this.updater?.onEvent((event) => this.follow(event));
  }

  get enabled(): boolean {
    return this.updater !== null;
  }

  status(): UpdateStatus {
    return this.current;
  }

  /**
   * Looks for an update and resolves to the status once the look is over. A check already under way
   * is joined, not repeated; an update that is downloading or ready is not looked for again.
   */
  check(): Promise<UpdateStatus> {
    const updater = this.updater;
    if (!updater || this.current.state === 'downloading' || this.current.state === 'ready') {
      return Promise.resolve(this.current);
    }
    this.running ??= this.runCheck(updater).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Quits and installs the update, once, if one is ready; says whether the app is restarting. */
  restartToUpdate(): { restarting: boolean } {
    if (!this.updater || this.current.state !== 'ready') return { restarting: false };
    if (!this.restarting) {
      this.restarting = true;
      this.log.info('Restarting to install an update', { version: this.current.version });
      this.updater.quitAndInstall();
    }
    return { restarting: true };
  }

  /** Starts the periodic checks (nothing when updates are off). */
  start(): void {
    if (!this.updater || this.cancelNextCheck) return;
    this.checkLater(FIRST_CHECK_DELAY_MS);
  }

  stop(): void {
    this.cancelNextCheck?.();
    this.cancelNextCheck = null;
  }

  private checkLater(delayMs: number): void {
    this.cancelNextCheck = this.schedule(() => {
      this.checkLater(CHECK_INTERVAL_MS);
      void this.check();
    }, delayMs);
  }

  private async runCheck(updater: Updater): Promise<UpdateStatus> {
    this.change({ state: 'checking' });
    try {
      await updater.checkForUpdates();
    } catch (error) {
      // electron-updater also reports the failure as an `error` event, before rejecting.
      if (this.current.state !== 'failed') this.fail(error);
    }
    // An updater may finish without a word (electron-updater does when it thinks the app is not installed).
    if (this.current.state === 'checking') this.change({ state: 'idle' });
    return this.current;
  }

  private follow(event: UpdaterEvent): void {
    switch (event.type) {
      case 'checking':
        return this.change({ state: 'checking' });
      case 'available':
        return this.change({ state: 'downloading', version: event.version });
      case 'not-available':
        return this.change({ state: 'up_to_date' });
      case 'downloaded':
        this.log.info('An update is ready', { version: event.version });
        return this.change({ state: 'ready', version: event.version });
      case 'error':
        return this.fail(event.error);
    }
  }

  private fail(error: unknown): void {
    const mapped = updateError(error);
    this.log.warn('Updating failed', { code: mapped.code, ...updateErrorFacts(error) });
    this.change({ state: 'failed', error: mapped });
  }

  private change(next: UpdateStatus): void {
    if (sameStatus(this.current, next)) return;
    this.current = next;
    this.emit('app.update', next);
  }
}
