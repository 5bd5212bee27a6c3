import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../i18n/describe-error.ts';
import { isStale, type Loadable } from '../stores/loadable.ts';

interface LoadNoticesProps {
  loadable: Loadable<unknown>;
  /** What shows while the first load runs. */
  loadingText: string;
  /** The mark on the last loaded value when a reload could not reach the server. */
  offlineText: string;
  /** Heads a failed load with nothing loaded to show instead. */
  failedText: string;
  onRetry(): void;
}

/**
 * How loading something of the account goes: "loading" until the first value arrives, the
 * "offline, showing the last loaded" mark when a reload could not reach the server, or the failure;
 * the last two with Try again.
 */
export function LoadNotices({ loadable, loadingText, offlineText, failedText, onRetry }: LoadNoticesProps) {
  const { t } = useTranslation('account');
  const describeError = useDescribeError();
  const { status, loaded, error } = loadable;
  // A reload that could not reach the server leaves the last loaded value on show, marked.
  const stale = isStale(loadable);
  return (
    <>
      {(status === 'idle' || status === 'loading') && !loaded && (
        <p className="muted" role="status">
          {loadingText}
        </p>
      )}
      {stale && (
        <div className="notice notice-offline">
          <p role="status">{offlineText}</p>
          <button type="button" className="button-secondary" onClick={onRetry}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {status === 'error' && error && !stale && (
        <div className="notice notice-error" role="alert">
          <p>
            <strong>{failedText}</strong> {describeError(error)}
          </p>
          <button type="button" className="button-secondary" onClick={onRetry}>
            {t('common.retry')}
          </button>
        </div>
      )}
    </>
  );
}
