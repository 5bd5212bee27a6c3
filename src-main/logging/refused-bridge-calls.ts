import type { Logger } from './logger.ts';
import { rateLimitedWarning } from './rate-limited-log.ts';

/** Enough to see which channels a foreign frame tried; a flood adds one summary line a minute. */
export const REFUSED_CALLS_LOGGED_PER_MINUTE = 20;

/** The "refused a bridge call" warning, rate-limited: 22,880 refusals once added 2.8 MB to main.log. */
export function refusedBridgeCallLog(log: Logger, now: () => number = Date.now) {
  return rateLimitedWarning(log, 'Refused a bridge call from a foreign frame', {
    limit: REFUSED_CALLS_LOGGED_PER_MINUTE,
    windowMs: 60_000,
    now,
  });
}
