import { Suspense, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dialogFocusable, focusInsideDialog, onDialogKeyDown } from './dialog-focus.ts';

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
  useLayoutEffect(() => focusInsideDialog(dialogRef.current), []);

  // Until the screen loads, the dialog itself has the focus: Tab and Shift+Tab go inside from there.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => onDialogKeyDown(event, dialogRef.current, dialogFocusable, onClose);

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
