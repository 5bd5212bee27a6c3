import { useEffect, useState } from 'react';

/** An ISO time as epoch ms for `useSecondsLeft`; 0 ("no wait") if main sent something unreadable. */
export const parseTime = (iso: string): number => {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? 0 : time;
};

const secondsUntil = (until: number | null): number =>
  until === null ? 0 : Math.max(0, Math.ceil((until - Date.now()) / 1000));

/**
 * Whole seconds left until a moment (epoch ms), re-rendering once a second until it arrives.
 * Null means "no wait".
 */
export function useSecondsLeft(until: number | null): number {
  const [left, setLeft] = useState(() => secondsUntil(until));
  const [tracked, setTracked] = useState(until);
  // A new deadline is taken at once, during render, not a tick later.
  if (tracked !== until) {
    setTracked(until);
    setLeft(secondsUntil(until));
  }
  const running = left > 0;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setLeft(secondsUntil(until)), 1000);
    return () => clearInterval(timer);
  }, [running, until]);
  return left;
}
