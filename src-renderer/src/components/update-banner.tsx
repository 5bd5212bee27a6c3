import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { offeredVersion, useUpdateStore } from '../stores/update-store.ts';

/**
 * "Version X is ready": a downloaded update of the app, with "Restart to update" and "Later". A
 * banner, not a dialog: the update also installs by itself when the app quits.
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
    <div className="banner" role="status">
      <p>{t('update.ready', { version })}</p>
      <div className="banner-actions">
        <button type="button" className="button-primary" disabled={restarting} onClick={() => void restart()}>
          {restarting ? t('update.restarting') : t('update.restart')}
        </button>
        <button type="button" className="button-secondary" onClick={dismiss}>
          {t('update.later')}
        </button>
      </div>
    </div>
  );
}
