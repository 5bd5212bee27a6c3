import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppPassword, BridgeError } from '../../../src-preload/contract.ts';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { useDescribeError } from '../i18n/describe-error.ts';
import { useAppPasswordsStore } from '../stores/app-passwords-store.ts';
import { showsValue } from '../stores/loadable.ts';
import { CreateAppPasswordDialog } from './create-app-password-dialog.tsx';
import { formatDate, formatRelative } from './format.ts';
import { LoadNotices } from './load-notices.tsx';

interface AppPasswordsSectionProps {
  /** Signed in with an application password: the server refuses to list or make them. */
  limited: boolean;
}

/** Passwords for programs that cannot do two-step: create (shown once), list, revoke. */
export function AppPasswordsSection({ limited }: AppPasswordsSectionProps) {
  const { t, i18n } = useTranslation('account');
  const describeError = useDescribeError();
  const appPasswords = useAppPasswordsStore((state) => state.appPasswords);
  const refresh = useAppPasswordsStore((state) => state.refresh);
  const reload = useAppPasswordsStore((state) => state.reload);
  const revoking = useAppPasswordsStore((state) => state.revoking);
  const revoke = useAppPasswordsStore((state) => state.revoke);
  const headingId = useId();
  const [creating, setCreating] = useState(false);
  const [toRevoke, setToRevoke] = useState<AppPassword | null>(null);
  const [revokeError, setRevokeError] = useState<BridgeError | null>(null);
  const loading = !limited && (appPasswords.status === 'idle' || appPasswords.status === 'loading');

  useEffect(() => {
    if (!limited) void refresh();
  }, [limited, refresh]);
  const showList = !limited && showsValue(appPasswords);

  const confirmRevoke = async (appPassword: AppPassword) => {
    setRevokeError(null);
    const error = await revoke(appPassword.id);
    if (error) setRevokeError(error);
    else setToRevoke(null);
  };

  return (
    <section className="account-section" aria-labelledby={headingId} aria-busy={loading}>
      <h2 id={headingId}>{t('appPasswords.heading')}</h2>
      <p className="muted">{t('appPasswords.intro')}</p>
      {/* Limited, the profile's notice says why there is nothing to manage here. */}
      {!limited && (
        <>
          <LoadNotices
            loadable={appPasswords}
            loadingText={t('appPasswords.loading')}
            offlineText={t('appPasswords.offline')}
            failedText={t('appPasswords.loadFailed')}
            onRetry={() => void reload()}
          />
          {showList && appPasswords.value.length === 0 && <p className="muted">{t('appPasswords.empty')}</p>}
          {showList && appPasswords.value.length > 0 && (
            <ul className="session-list" aria-labelledby={headingId}>
              {appPasswords.value.map((appPassword) => (
                <li key={appPassword.id} className="session">
                  <span className="session-device">{appPassword.name}</span>
                  <span className="session-time muted">
                    {t('appPasswords.created', { when: formatDate(appPassword.createdAt, i18n.language) })}
                    {' · '}
                    {appPassword.lastUsedAt === null
                      ? t('appPasswords.neverUsed')
                      : t('appPasswords.lastUsed', { when: formatRelative(appPassword.lastUsedAt, i18n.language) })}
                  </span>
                  <button
                    type="button"
                    className="button-secondary button-small"
                    aria-label={t('appPasswords.revokeLabel', { name: appPassword.name })}
                    onClick={() => {
                      setRevokeError(null);
                      setToRevoke(appPassword);
                    }}
                  >
                    {t('appPasswords.revoke')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="form-actions">
            <button type="button" className="button-primary" onClick={() => setCreating(true)}>
              {t('appPasswords.create')}
            </button>
          </div>
        </>
      )}
      {creating && <CreateAppPasswordDialog onClose={() => setCreating(false)} />}
      {toRevoke && (
        <ConfirmDialog
          title={t('appPasswords.revokeTitle', { name: toRevoke.name })}
          text={t('appPasswords.revokeText')}
          confirmLabel={t('appPasswords.revokeConfirm')}
          busyLabel={t('appPasswords.revoking')}
          cancelLabel={t('common.cancel')}
          busy={revoking === toRevoke.id}
          error={revokeError ? `${t('appPasswords.revokeFailed')} ${describeError(revokeError)}` : null}
          onConfirm={() => void confirmRevoke(toRevoke)}
          onCancel={() => setToRevoke(null)}
        />
      )}
    </section>
  );
}
