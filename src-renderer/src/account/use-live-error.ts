import { useState } from 'react';
import type { BridgeError } from '../../../src-preload/contract.ts';
import { useSecondsLeft } from './use-seconds-left.ts';

const deadlineOf = (error: BridgeError | null): number | null =>
  error?.retryAfterMs !== undefined && error.retryAfterMs > 0 ? Date.now() + error.retryAfterMs : null;

export interface LiveError {
  /** The error with its wait as it stands now; null once a wait it asked for is over. */
  error: BridgeError | null;
  /** Whole seconds of the wait still to go; 0 when there is none. */
  secondsLeft: number;
}

/**
 * A refusal that asks the person to wait (`retryAfterMs`) counts down from when it arrived, so its
 * message says how long is left now, not how long was left then; once the wait is over it is gone.
 */
export function useLiveError(error: BridgeError | null): LiveError {
  const [tracked, setTracked] = useState(() => ({ error, until: deadlineOf(error) }));
  // A new error is taken at once, during render, not a tick later.
  if (tracked.error !== error) setTracked({ error, until: deadlineOf(error) });
  const until = tracked.error === error ? tracked.until : deadlineOf(error);
  const secondsLeft = useSecondsLeft(until);
  if (error === null || until === null) return { error, secondsLeft: 0 };
  if (secondsLeft === 0) return { error: null, secondsLeft: 0 };
  return { error: { ...error, retryAfterMs: secondsLeft * 1000 }, secondsLeft };
}
