import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeError } from '../../../src-preload/contract.ts';
import { useDescribeError } from '../i18n/describe-error.ts';
import { useLogOutEverywhereStore } from '../stores/log-out-everywhere-store.ts';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';

/** "Log out on all devices": a button, a confirmation, then main ends every session, this one too. */
export function LogOutEverywhere() {
  const { t } = useTranslation('account');
  const describeError = useDescribeError();
  const busy = useLogOutEverywhereStore((state) => state.busy);
  const logOutEverywhere = useLogOutEverywhereStore((state) => state.logOutEverywhere);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<BridgeError | null>(null);

  const confirm = async () => {
    setError(null);
    // On success the session ends and the whole shell, this dialog with it, goes away.
    setError(await logOutEverywhere());
  };

  const close = () => {
    setOpen(false);
    setError(null);
  };

  return (
    <>
      <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
        {t('logOutEverywhere.button')}
      </button>
      {open && (
        <ConfirmDialog
          title={t('logOutEverywhere.title')}
          text={t('logOutEverywhere.text')}
          confirmLabel={t('logOutEverywhere.confirm')}
          busyLabel={t('logOutEverywhere.busy')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          error={error ? `${t('logOutEverywhere.failed')} ${describeError(error)}` : null}
          onConfirm={() => void confirm()}
          onCancel={close}
        />
      )}
    </>
  );
}
