import type { BackendStatus } from '../../src-preload/contract.ts';

export interface ConnectivityMonitorOptions {
  /** Asks the server whether it is there (its health endpoint); true when it answered at all. */
  probe(): Promise<boolean>;
  onChange(status: BackendStatus): void;
  /** How often to probe while unreachable. */
  probeIntervalMs?: number;
}

/**
 * Knows whether the backend can be reached, from what every API call experiences: no answer at all
 * means unreachable; any HTTP answer means reachable. While unreachable it probes by itself, so the
 * app notices the server is back without the person doing anything.
 */
export class ConnectivityMonitor {
  private reachable = true;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private readonly options: Required<ConnectivityMonitorOptions>;

  constructor(options: ConnectivityMonitorOptions) {
    this.options = { probeIntervalMs: 5000, ...options };
  }

  get status(): BackendStatus {
    return { reachable: this.reachable };
  }

  report(reachable: boolean): void {
    if (this.stopped || reachable === this.reachable) return;
    this.reachable = reachable;
    this.options.onChange(this.status);
    if (!reachable) this.scheduleProbe();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private scheduleProbe(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      void this.options.probe().then((answered) => {
        if (this.stopped || this.reachable) return;
        if (answered) this.report(true);
        else this.scheduleProbe();
      });
    }, this.options.probeIntervalMs);
    // A pending probe must not keep a Node process (the harness, a test) alive.
    this.timer.unref?.();
  }
}
