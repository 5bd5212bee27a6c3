import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Portal } from '../../../src-preload/contract.ts';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { useDescribeError } from '../i18n/describe-error.ts';
import { usePortalsStore } from '../stores/portal-list-store.ts';

/** Bitrix24 mode's "Remove from list", asked first; on success main's new list replaces the old. */
export function RemovePortalDialog({ portal, onDone }: { portal: Portal; onDone(): void }) {
  const { t } = useTranslation('web');
  const describeError = useDescribeError();
  const remove = usePortalsStore((state) => state.remove);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    const failure = await remove(portal);
    setBusy(false);
    if (failure) setError(`${t('portals.removeFailed', { title: portal.title })} ${describeError(failure)}`);
    else onDone();
  };

  return (
    <ConfirmDialog
      title={t('portals.removeTitle', { title: portal.title })}
      text={t('portals.removeText')}
      confirmLabel={t('portals.removeConfirm')}
      busyLabel={t('portals.removing')}
      cancelLabel={t('portals.cancel')}
      busy={busy}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={onDone}
    />
  );
}
