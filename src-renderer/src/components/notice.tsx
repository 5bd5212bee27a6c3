import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SUCCESS_NOTE_MS, useLeavesByItself } from './use-leaves-by-itself.ts';

export type NoticeVariant = 'info' | 'success' | 'warning' | 'error';

/** How long an Undo stays on offer: long enough to notice the mistake, short enough not to linger. */
export const UNDO_NOTE_MS = 10_000;

interface NoticeProps {
  variant: NoticeVariant;
  /** The message, one or two sentences. */
  children: ReactNode;
  /** Buttons that act on the notice (Undo, Retry, Restart), before Dismiss. */
  actions?: ReactNode | undefined;
  /** Shows Dismiss; for success notes, also what leaving by itself does. */
  onDismiss?: (() => void) | undefined;
  /** A success note leaves by itself after this long (default `SUCCESS_NOTE_MS`); others never do. */
  leavesAfterMs?: number | undefined;
}

/**
 * One notice: info and warnings stay while what they say is true, errors until acted on, and
 * success notes leave by themselves, waiting while the pointer or the focus is on them. Errors are
 * alerts; the rest are polite statuses.
 */
export function Notice({ variant, children, actions, onDismiss, leavesAfterMs }: NoticeProps) {
  const { t } = useTranslation();
  const leaves = variant === 'success' && onDismiss !== undefined;
  const pauseHandlers = useLeavesByItself(leaves ? onDismiss : undefined, leavesAfterMs ?? SUCCESS_NOTE_MS);

  return (
    <div
      className={`notice-item notice-item-${variant}`}
      role={variant === 'error' ? 'alert' : 'status'}
      aria-live={variant === 'error' ? 'assertive' : 'polite'}
      {...pauseHandlers}
    >
      <p className="notice-item-text">{children}</p>
      {(actions || onDismiss) && (
        <div className="notice-item-actions">
          {actions}
          {onDismiss && (
            <button type="button" className="button-secondary button-small" onClick={onDismiss}>
              {t('notices.dismiss')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
