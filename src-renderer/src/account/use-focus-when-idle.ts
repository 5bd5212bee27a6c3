import { useEffect, useRef, type RefObject } from 'react';

/**
 * Focuses an element after the next render in which `busy` is false: a submit button is disabled
 * while its request runs, and a disabled button cannot take focus; an element that is not on the
 * page yet (a button that comes back when a form closes) is there after that render. Callers always
 * change some state along with asking (errors, a message, what is shown), so that next render comes.
 */
export function useFocusWhenIdle(busy = false): (target: RefObject<HTMLElement | null>) => void {
  const pending = useRef<RefObject<HTMLElement | null> | null>(null);
  useEffect(() => {
    if (busy || pending.current === null) return;
    pending.current.current?.focus();
    pending.current = null;
  });
  return (target) => {
    pending.current = target;
  };
}
