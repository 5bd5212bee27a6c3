import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePortalsStore } from '../stores/portal-list-store.ts';

/** How far the background load has come, while later pages are still on their way. */
export function LoadProgress() {
  const { t } = useTranslation();
  const textId = useId();
  const loading = usePortalsStore((state) => state.loaded && !state.complete && state.pageError === null);
  const loaded = usePortalsStore((state) => state.portals.length);
  const total = usePortalsStore((state) => state.total);
  if (!loading) return null;
  // The server may not say how many there are: the bar then has no value (indeterminate).
  const max = total !== null && total >= loaded ? total : null;
  return (
    <div className="portal-progress">
      <p id={textId} className="muted">
        {max === null ? t('portals.progressSoFar', { loaded }) : t('portals.progress', { loaded, total: max })}
      </p>
      <div
        role="progressbar"
        aria-labelledby={textId}
        aria-valuemin={0}
        aria-valuemax={max ?? undefined}
        aria-valuenow={max === null ? undefined : loaded}
        className="portal-progress-track"
      >
        {max !== null && <div className="portal-progress-bar" style={{ width: `${(100 * loaded) / Math.max(max, 1)}%` }} />}
      </div>
    </div>
  );
}
