import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../i18n/describe-error.ts';
import { usePortalsStore } from '../stores/portal-list-store.ts';

/** "<title> hidden. Undo" after hiding a portal (or why it failed), until dismissed or the next one. */
export function HideOutcomeStatus() {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const outcome = usePortalsStore((state) => state.lastHide);
  const setHidden = usePortalsStore((state) => state.setHidden);
  const dismiss = usePortalsStore((state) => state.dismissHideOutcome);
  if (!outcome) return null;
  const { portal, hidden, error } = outcome;
  const title = portal.title;

  if (error) {
    return (
      <div className="hide-outcome notice-error" role="alert">
        <p>
          {hidden ? t('portals.hideFailed', { title }) : t('portals.showFailed', { title })} {describeError(error)}
        </p>
        <button type="button" className="button-link" onClick={dismiss}>
          {t('shell.dismiss')}
        </button>
      </div>
    );
  }
  return (
    <div className="hide-outcome" role="status">
      <p>{hidden ? t('portals.hiddenDone', { title }) : t('portals.shownDone', { title })}</p>
      {hidden && (
        <button type="button" className="button-link" onClick={() => void setHidden(portal, false)}>
          {t('portals.undo')}
        </button>
      )}
      <button type="button" className="button-link" onClick={dismiss}>
        {t('shell.dismiss')}
      </button>
    </div>
  );
}
