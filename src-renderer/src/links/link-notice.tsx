import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { Notice } from '../components/notice.tsx';
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

/** Asks whether to confirm the new login a `bitrixid://` link would make the person's, over any screen. */
export function LinkConfirmQuestion() {
  const link = useLinkStore((state) => state.link);
  if (link?.kind !== 'confirm-login' || link.state !== 'asking') return null;
  return <ConfirmLoginDialog key={link.login} login={link.login} />;
}

/**
 * What became of a login confirmation link the OS handed to the app, in the notice area: waiting
 * for a sign-in, under way, done (which leaves by itself), or refused (which stays until dismissed).
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

  if (link?.kind !== 'confirm-login' || link.state === 'asking') return null;
  const onDismiss = () => void dismiss();
  switch (link.state) {
    case 'confirming':
      return <Notice variant="info">{t('links.confirming')}</Notice>;
    case 'needs_sign_in':
      return (
        <Notice variant="info" onDismiss={onDismiss}>
          {t('links.needs_sign_in')}
        </Notice>
      );
    case 'confirmed':
      return (
        <Notice variant="success" onDismiss={onDismiss}>
          {t('links.confirmed')}
        </Notice>
      );
    case 'failed':
      return (
        <Notice variant="error" onDismiss={onDismiss}>
          {t('links.failed')}
          {link.error ? ` ${describeError(link.error)}` : ''}
        </Notice>
      );
  }
}
