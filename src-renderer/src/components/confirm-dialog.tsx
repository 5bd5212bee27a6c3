import { useId, useRef } from 'react';
import { DialogFrame } from './dialog-frame.tsx';

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
  // The safe choice has the focus first.
  const cancelRef = useRef<HTMLButtonElement>(null);

  return (
    <DialogFrame
      role="alertdialog"
      labelledBy={titleId}
      describedBy={textId}
      busy={busy}
      focusable="button:not(:disabled)"
      initialFocus={cancelRef}
      onEscape={() => {
        if (!busy) onCancel();
      }}
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
    </DialogFrame>
  );
}
