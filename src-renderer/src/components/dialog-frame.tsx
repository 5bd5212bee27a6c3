import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';

/** What Tab may land on inside a dialog, unless the dialog says otherwise. */
const dialogFocusable =
  'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), a[href], [tabindex]:not([tabindex="-1"])';

interface DialogFrameProps {
  /** `alertdialog` for a confirmation that interrupts the person. */
  role?: 'dialog' | 'alertdialog';
  /** Extra class of the dialog box, for its width. */
  className?: string;
  /** The dialog's accessible name, as text or as the id of what shows it. */
  label?: string;
  labelledBy?: string;
  describedBy?: string;
  busy?: boolean;
  /** What Tab may land on inside. */
  focusable?: string;
  /** What has the focus when the dialog opens; without it, the dialog itself. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Escape was pressed inside. */
  onEscape(): void;
  children: ReactNode;
}

/**
 * The frame of a modal dialog: the backdrop and the box. Focus moves in when it opens and stays
 * inside (Tab and Shift+Tab wrap around); Escape calls `onEscape`; when it closes, the focus goes
 * back to what had it before (its opener), if that is still on the page.
 */
export function DialogFrame({
  role = 'dialog',
  className,
  label,
  labelledBy,
  describedBy,
  busy,
  focusable = dialogFocusable,
  initialFocus,
  onEscape,
  children,
}: DialogFrameProps) {
  const dialogRef = useRef<HTMLDivElement>(null);

  // A layout effect, so the opener is noted before the content's own effects (which run first, and
  // may move the focus on, e.g. to a heading) and before the first paint.
  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    (initialFocus ? initialFocus.current : dialogRef.current)?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [initialFocus]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys here are this dialog's alone: a dialog it opened over (the Mock backend panel) must not
    // close on the same Escape, nor move the focus out of this one on Tab.
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onEscape();
      return;
    }
    if (event.key !== 'Tab') return;
    event.stopPropagation();
    const dialog = dialogRef.current;
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
  };

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialogRef}
        className={className ? `dialog ${className}` : 'dialog'}
        role={role}
        aria-modal="true"
        aria-label={label}
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        aria-busy={busy}
        // Without a field to focus first, the dialog itself takes the focus (and Tab goes in from there).
        tabIndex={initialFocus ? undefined : -1}
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
    </div>
  );
}
