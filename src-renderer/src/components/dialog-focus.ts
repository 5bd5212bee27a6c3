import type { KeyboardEvent } from 'react';

/** What Tab may land on inside a dialog. */
export const dialogFocusable =
  'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * For a modal dialog's mount effect: focuses `target` and returns the clean-up that gives the focus
 * back to what had it before (the dialog's opener), if that is still on the page.
 */
export function focusInsideDialog(target: HTMLElement | null | undefined): () => void {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  target?.focus();
  return () => {
    if (opener?.isConnected) opener.focus();
  };
}

/**
 * A modal dialog's keys: Escape calls `onEscape` (and goes no further), and Tab wraps around the
 * dialog's `focusable` elements so the focus stays inside.
 */
export function onDialogKeyDown(
  event: KeyboardEvent<HTMLElement>,
  dialog: HTMLElement | null,
  focusable: string,
  onEscape: () => void,
): void {
  if (event.key === 'Escape') {
    event.preventDefault();
    event.stopPropagation();
    onEscape();
    return;
  }
  if (event.key !== 'Tab') return;
  const all = Array.from(dialog?.querySelectorAll<HTMLElement>(focusable) ?? []);
  const first = all[0];
  const last = all.at(-1);
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = document.activeElement;
  // From the dialog itself (when it has the focus), the browser would leave it on Shift+Tab.
  const outside = active === dialog || !dialog?.contains(active);
  if (event.shiftKey && (active === first || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault();
    first.focus();
  }
}
