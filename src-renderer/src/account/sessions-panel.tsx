import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeError, DeviceSession } from '../../../src-preload/contract.ts';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { useDescribeError } from '../i18n/describe-error.ts';
import { useDeviceSessionsStore } from '../stores/device-sessions-store.ts';
import { showsValue } from '../stores/loadable.ts';
import { formatRelative } from './format.ts';
import { LoadNotices } from './load-notices.tsx';
import { LogOutEverywhere } from './log-out-everywhere.tsx';

/** Every signed-in device and browser of the account, Sign out for each other one, and "Log out on all devices". */
export function SessionsPanel() {
  const { t, i18n } = useTranslation('account');
  const describeError = useDescribeError();
  const sessions = useDeviceSessionsStore((state) => state.sessions);
  const refreshSessions = useDeviceSessionsStore((state) => state.refreshSessions);
  const reloadSessions = useDeviceSessionsStore((state) => state.reloadSessions);
  const signingOut = useDeviceSessionsStore((state) => state.signingOut);
  const signOutSession = useDeviceSessionsStore((state) => state.signOutSession);
  const headingId = useId();
  const [toSignOut, setToSignOut] = useState<DeviceSession | null>(null);
  const [signOutError, setSignOutError] = useState<BridgeError | null>(null);
  const loading = sessions.status === 'idle' || sessions.status === 'loading';

  // Opened again, the list shown is the one loaded before while a fresh one is asked for.
  useEffect(() => {
    void refreshSessions();
  }, [refreshSessions]);
  const showList = showsValue(sessions);

  const confirmSignOut = async (session: DeviceSession) => {
    setSignOutError(null);
    const error = await signOutSession(session.id);
    if (error) setSignOutError(error);
    else setToSignOut(null);
  };

  return (
    <section className="account-section" aria-labelledby={headingId} aria-busy={loading}>
      <h2 id={headingId}>{t('sessions.heading')}</h2>
      <LoadNotices
        loadable={sessions}
        loadingText={t('sessions.loading')}
        offlineText={t('sessions.offline')}
        failedText={t('sessions.loadFailed')}
        onRetry={() => void reloadSessions()}
      />
      {showList && sessions.value.length === 0 && <p className="muted">{t('sessions.empty')}</p>}
      {showList && sessions.value.length > 0 && (
        <ul className="session-list" aria-labelledby={headingId}>
          {sessions.value.map((session) => (
            <li key={session.id} className="session">
              <span className="session-device">{session.deviceName}</span>
              <span className="badge">{session.client === 'app' ? t('sessions.app') : t('sessions.browser')}</span>
              {session.current && <span className="badge badge-current">{t('sessions.thisDevice')}</span>}
              <span className="session-time muted">
                <span>{session.location ?? t('sessions.locationUnknown')}</span>
                {' · '}
                {/* This very app is active as it is read; its last recorded activity would look stale. */}
                <span>
                  {session.current
                    ? t('sessions.activeNow')
                    : t('sessions.lastActive', { when: formatRelative(session.lastActiveAt, i18n.language) })}
                </span>
              </span>
              {!session.current && (
                <button
                  type="button"
                  className="button-secondary button-small"
                  aria-label={t('sessions.signOutLabel', { device: session.deviceName })}
                  onClick={() => {
                    setSignOutError(null);
                    setToSignOut(session);
                  }}
                >
                  {t('sessions.signOut')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <LogOutEverywhere />
      </div>
      {toSignOut && (
        <ConfirmDialog
          title={t('sessions.signOutTitle', { device: toSignOut.deviceName })}
          text={t('sessions.signOutText')}
          confirmLabel={t('sessions.signOutConfirm')}
          busyLabel={t('sessions.signingOut')}
          cancelLabel={t('common.cancel')}
          busy={signingOut === toSignOut.id}
          error={signOutError ? `${t('sessions.signOutFailed')} ${describeError(signOutError)}` : null}
          onConfirm={() => void confirmSignOut(toSignOut)}
          onCancel={() => setToSignOut(null)}
        />
      )}
    </section>
  );
}
