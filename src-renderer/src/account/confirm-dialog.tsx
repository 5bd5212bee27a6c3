import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { focusInsideDialog, onDialogKeyDown } from '../components/dialog-focus.ts';

interface ConfirmDialogProps {
  title: string;
  text: string;
  confirmLabel: string;
  busyLabel: string;
  cancelLabel: string;
  busy: boolean;
  /** A failure of the confirmed action, shown inside the dialog. */
  error: string | null;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A modal confirmation (WAI-ARIA alertdialog): focus moves to Cancel when it opens and stays
 * inside while it is open; Escape cancels; focus goes back to what opened it when it closes.
 */
export function ConfirmDialog({ title, text, confirmLabel, busyLabel, cancelLabel, busy, error, onConfirm, onCancel }: ConfirmDialogProps) {
  const titleId = useId();
  const textId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  // The safe choice has the focus first.
  useEffect(() => focusInsideDialog(cancelRef.current), []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys here are this dialog's alone: a dialog it opened over (the Mock backend panel) must not
    // close on the same Escape, nor move focus out of this one on Tab.
    if (event.key === 'Tab') event.stopPropagation();
    onDialogKeyDown(event, dialogRef.current, 'button:not(:disabled)', () => {
      if (!busy) onCancel();
    });
  };

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialogRef}
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={textId}
        aria-busy={busy}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{title}</h2>
        <p id={textId}>{text}</p>
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button ref={cancelRef} type="button" className="button-secondary" disabled={busy} onClick={onCancel}>
            {cancelLabel}
          </button>
          <button type="button" className="button-danger" disabled={busy} onClick={onConfirm}>
            {busy ? busyLabel : confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
