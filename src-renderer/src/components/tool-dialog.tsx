import { Suspense, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What Tab may land on inside the dialog. */
const focusable = 'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), a[href], [tabindex]:not([tabindex="-1"])';

interface ToolDialogProps {
  /** The dialog's accessible name. */
  label: string;
  onClose(): void;
  /** A lazily loaded screen; a loading note shows until it arrives. */
  children: ReactNode;
}

/**
 * A tester's tool (Mock inbox, Mock backend) as a modal dialog over whatever screen is showing, so
 * that screen keeps its state (a half-filled form) meanwhile. Focus moves in when it opens and stays
 * inside; Escape closes it and gives focus back to what opened it.
 */
export function ToolDialog({ label, onClose, children }: ToolDialogProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDivElement>(null);

  // A layout effect, so the opener is noted before the screen's own effect (children's run first)
  // moves focus on to its heading, as it does at once when its chunk is already loaded.
  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialogRef.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    const all = Array.from(dialogRef.current?.querySelectorAll<HTMLElement>(focusable) ?? []);
    const first = all[0];
    const last = all.at(-1);
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const active = document.activeElement;
    // From the dialog itself (focused until the screen loads), the browser would leave it on Shift+Tab.
    const dialog = dialogRef.current;
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
        className="dialog dialog-wide"
        role="dialog"
        aria-modal="true"
        aria-label={label}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <Suspense
          fallback={
            <p className="muted" role="status">
              {t('app.loading')}
            </p>
          }
        >
          {children}
        </Suspense>
      </div>
    </div>
  );
}
