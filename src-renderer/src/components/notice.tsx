import { useEffect, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type NoticeVariant = 'info' | 'success' | 'warning' | 'error';

/** How long a success note stays on show, not counting the time it is hovered or focused. */
export const SUCCESS_NOTE_MS = 6_000;
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
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  // The latest callback, so a parent's re-render does not restart the countdown.
  const leave = useRef(onDismiss);
  useEffect(() => {
    leave.current = onDismiss;
  }, [onDismiss]);
  const leaves = variant === 'success' && onDismiss !== undefined;
  const delay = leavesAfterMs ?? SUCCESS_NOTE_MS;

  useEffect(() => {
    if (!leaves || hovered || focused) return;
    const timer = setTimeout(() => leave.current?.(), delay);
    return () => clearTimeout(timer);
  }, [leaves, hovered, focused, delay]);

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
  };

  return (
    <div
      className={`notice-item notice-item-${variant}`}
      role={variant === 'error' ? 'alert' : 'status'}
      aria-live={variant === 'error' ? 'assertive' : 'polite'}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={onBlur}
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
