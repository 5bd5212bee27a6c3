import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { offeredVersion, useUpdateStore } from '../stores/update-store.ts';
import { Notice } from './notice.tsx';

/**
 * "Version X is ready": a downloaded update of the app, with "Restart to update" and "Later". A
 * notice, not a dialog: the update also installs by itself when the app quits.
 */
export function UpdateBanner() {
  const { t } = useTranslation();
  const follow = useUpdateStore((state) => state.follow);
  const version = useUpdateStore(offeredVersion);
  const restarting = useUpdateStore((state) => state.restarting);
  const restart = useUpdateStore((state) => state.restart);
  const dismiss = useUpdateStore((state) => state.dismiss);
  useEffect(() => follow(), [follow]);

  if (!version) return null;
  return (
    <Notice
      variant="info"
      actions={
        <>
          <button type="button" className="button-primary button-small" disabled={restarting} onClick={() => void restart()}>
            {restarting ? t('update.restarting') : t('update.restart')}
          </button>
          <button type="button" className="button-secondary button-small" onClick={dismiss}>
            {t('update.later')}
          </button>
        </>
      }
    >
      {t('update.ready', { version })}
    </Notice>
  );
}
