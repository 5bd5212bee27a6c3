import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../i18n/describe-error.ts';
import { isStale, useAccountStore } from '../stores/account-store.ts';
import { formatRelative } from './format.ts';
import { LogOutEverywhere } from './log-out-everywhere.tsx';

/** Every signed-in device and browser of the account, and "Log out on all devices". */
export function SessionsPanel() {
  const { t, i18n } = useTranslation('account');
  const describeError = useDescribeError();
  const sessions = useAccountStore((state) => state.sessions);
  const refreshSessions = useAccountStore((state) => state.refreshSessions);
  const reloadSessions = useAccountStore((state) => state.reloadSessions);
  const headingId = useId();
  const loading = sessions.status === 'idle' || sessions.status === 'loading';

  // Opened again, the list shown is the one loaded before while a fresh one is asked for.
  useEffect(() => {
    void refreshSessions();
  }, [refreshSessions]);
  // A reload that could not reach the server leaves the last loaded list on show, marked.
  const stale = isStale(sessions);
  const showList = sessions.status === 'ready' || (sessions.loaded && (stale || sessions.status === 'loading'));

  return (
    <section className="account-section" aria-labelledby={headingId} aria-busy={loading}>
      <h2 id={headingId}>{t('sessions.heading')}</h2>
      {loading && !sessions.loaded && (
        <p className="muted" role="status">
          {t('sessions.loading')}
        </p>
      )}
      {stale && (
        <div className="notice notice-offline">
          <p role="status">{t('sessions.offline')}</p>
          <button type="button" className="button-secondary" onClick={() => void reloadSessions()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {sessions.status === 'error' && sessions.error && !stale && (
        <div className="notice notice-error" role="alert">
          <p>
            <strong>{t('sessions.loadFailed')}</strong> {describeError(sessions.error)}
          </p>
          <button type="button" className="button-secondary" onClick={() => void reloadSessions()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {showList && sessions.value.length === 0 && <p className="muted">{t('sessions.empty')}</p>}
      {showList && sessions.value.length > 0 && (
        <ul className="session-list" aria-labelledby={headingId}>
          {sessions.value.map((session) => (
            <li key={session.id} className="session">
              <span className="session-device">{session.deviceName}</span>
              <span className="badge">{session.client === 'app' ? t('sessions.app') : t('sessions.browser')}</span>
              {session.current && <span className="badge badge-current">{t('sessions.thisDevice')}</span>}
              <span className="session-time muted">
                {t('sessions.lastActive', { when: formatRelative(session.lastActiveAt, i18n.language) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <LogOutEverywhere />
      </div>
    </section>
  );
}
