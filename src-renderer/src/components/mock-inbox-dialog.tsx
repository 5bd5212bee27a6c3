import { lazy, Suspense, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { withNamespace } from '../i18n/i18n.ts';

// The inbox itself, with its strings, is fetched on first use.
const MockInboxScreen = lazy(() => withNamespace('account', import('../screens/mock-inbox-screen.tsx')));

/** What Tab may land on inside the dialog. */
const focusable = 'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), a[href], [tabindex]:not([tabindex="-1"])';

interface MockInboxDialogProps {
  onClose(): void;
}

/**
 * The Mock inbox as a modal dialog over whatever screen is showing, so that screen keeps its state
 * (a half-filled recovery form) while a tester reads a checkword. Focus moves in when it opens and
 * stays inside; Escape or Close shuts it and gives focus back to what opened it.
 */
export function MockInboxDialog({ onClose }: MockInboxDialogProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDivElement>(null);

  // A layout effect, so the opener is noted before the inbox's own effect (children's run first)
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
    // From the dialog itself (focused until the inbox loads), the browser would leave it on Shift+Tab.
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
        aria-label={t('shell.mockInbox')}
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
          <MockInboxScreen variant="dialog" onBack={onClose} />
        </Suspense>
      </div>
    </div>
  );
}
