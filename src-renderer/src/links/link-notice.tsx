import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { useDescribeError } from '../i18n/describe-error.ts';
import { useProfileStore } from '../stores/profile-store.ts';
import { useLinkStore } from './link-store.ts';

/** A link changes the account only after the person confirms the new login it would make theirs. */
function ConfirmLoginDialog({ login }: { login: string }) {
  const { t } = useTranslation();
  const confirmLogin = useLinkStore((state) => state.confirmLogin);
  const dismiss = useLinkStore((state) => state.dismiss);
  const [busy, setBusy] = useState(false);

  return (
    <ConfirmDialog
      title={t('links.askTitle')}
      text={t('links.ask', { login })}
      confirmLabel={t('links.confirm')}
      busyLabel={t('links.confirmBusy')}
      cancelLabel={t('links.cancel')}
      busy={busy}
      error={null}
      onConfirm={() => {
        setBusy(true);
        void confirmLogin();
      }}
      onCancel={() => void dismiss()}
    />
  );
}

/**
 * What became of a login confirmation link the OS handed to the app: the question whether to
 * confirm, then waiting for a sign-in, under way, done, or refused. The outcome is shown above
 * whatever screen is up; it never blocks it.
 */
export function LinkNotice() {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const link = useLinkStore((state) => state.link);
  const dismiss = useLinkStore((state) => state.dismiss);
  const confirmed = link?.kind === 'confirm-login' && link.state === 'confirmed';

  // The profile on screen must show the new login at once, not at its next load.
  useEffect(() => {
    if (confirmed && useProfileStore.getState().profile.loaded) void useProfileStore.getState().reloadProfile();
  }, [confirmed]);

  if (link?.kind !== 'confirm-login') return null;
  if (link.state === 'asking') return <ConfirmLoginDialog key={link.login} login={link.login} />;
  const failed = link.state === 'failed';
  return (
    <div className={`banner link-notice${failed ? ' banner-error' : ''}`} role={failed ? 'alert' : 'status'}>
      <p>
        {t(`links.${link.state}`)}
        {failed && link.error ? ` ${describeError(link.error)}` : ''}
      </p>
      {link.state !== 'confirming' && (
        <button type="button" className="button-secondary" onClick={() => void dismiss()}>
          {t('links.dismiss')}
        </button>
      )}
    </div>
  );
}
