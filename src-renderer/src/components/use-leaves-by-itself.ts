import { useEffect, useRef, useState, type FocusEvent } from 'react';

/** How long a success note stays on show, not counting the time it is hovered or focused. */
export const SUCCESS_NOTE_MS = 6_000;

/**
 * A note that leaves by itself: `leave` runs after `delayMs` of the note being on show, the clock
 * stopped while the pointer or the focus is on it. Spread the handlers on the note's element.
 */
export function useLeavesByItself(leave: (() => void) | undefined, delayMs = SUCCESS_NOTE_MS) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  // The latest callback, so a parent's re-render does not restart the countdown.
  const latest = useRef(leave);
  useEffect(() => {
    latest.current = leave;
  }, [leave]);
  const leaves = leave !== undefined;

  useEffect(() => {
    if (!leaves || hovered || focused) return;
    const timer = setTimeout(() => latest.current?.(), delayMs);
    return () => clearTimeout(timer);
  }, [leaves, hovered, focused, delayMs]);

  return {
    onMouseEnter: () => setHovered(true),
    onMouseLeave: () => setHovered(false),
    onFocus: () => setFocused(true),
    onBlur: (event: FocusEvent<HTMLElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
    },
  };
}
