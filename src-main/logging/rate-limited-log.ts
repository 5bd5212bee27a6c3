import type { Logger } from './logger.ts';

export interface LogRateLimitOptions {
  /** Occurrences logged one by one in each window. */
  limit: number;
  windowMs: number;
  now(): number;
}

/**
 * Counts occurrences of one event in fixed windows (a window opens at the first occurrence after the
 * previous one closed): the first `limit` of a window may be logged, the rest are only counted.
 */
export class LogRateLimit {
  private windowStart = Number.NEGATIVE_INFINITY;
  private inWindow = 0;
  private unlogged = 0;
  private readonly options: LogRateLimitOptions;

  constructor(options: LogRateLimitOptions) {
    this.options = options;
  }

  /**
   * One occurrence: whether to log it, and how many of the windows that just closed went unlogged (a
   * summary to write first; 0 for none).
   */
  take(): { log: boolean; unloggedBefore: number } {
    const now = this.options.now();
    let unloggedBefore = 0;
    if (now - this.windowStart >= this.options.windowMs) {
      unloggedBefore = this.drain();
      this.windowStart = now;
      this.inWindow = 0;
    }
    this.inWindow += 1;
    const log = this.inWindow <= this.options.limit;
    if (!log) this.unlogged += 1;
    return { log, unloggedBefore };
  }

  /** The occurrences not yet logged or summarised, now handed over (for a summary at shutdown). */
  drain(): number {
    const count = this.unlogged;
    this.unlogged = 0;
    return count;
  }
}

/**
 * A warning that may repeat in a flood (a page hammering the bridge): the first `limit` per window are
 * logged with their details, the rest become one summary line with their count, written when the next
 * window opens or at `flush()`.
 */
export function rateLimitedWarning(log: Logger, message: string, options: LogRateLimitOptions) {
  const limit = new LogRateLimit(options);
  const summarise = (count: number) => {
    if (count > 0) log.warn(`${message} (more of these, not logged one by one)`, { count, windowSeconds: options.windowMs / 1000 });
  };
  return {
    warn(details: Record<string, unknown>): void {
      const { log: logThis, unloggedBefore } = limit.take();
      summarise(unloggedBefore);
      if (logThis) log.warn(message, details);
    },
    flush(): void {
      summarise(limit.drain());
    },
  };
}
