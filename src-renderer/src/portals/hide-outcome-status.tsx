import { useTranslation } from 'react-i18next';
import { Notice, UNDO_NOTE_MS } from '../components/notice.tsx';
import { useDescribeError } from '../i18n/describe-error.ts';
import { usePortalsStore } from '../stores/portal-list-store.ts';

/**
 * "<title> hidden. Undo" after hiding a portal: it leaves by itself once Undo has had its time (or
 * at the next hide); "shown again" leaves sooner; why either failed stays until dismissed.
 */
export function HideOutcomeStatus() {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const outcome = usePortalsStore((state) => state.lastHide);
  const setHidden = usePortalsStore((state) => state.setHidden);
  const dismiss = usePortalsStore((state) => state.dismissHideOutcome);
  if (!outcome) return null;
  const { portal, hidden, error } = outcome;
  const title = portal.title;
  // A new outcome is a new note, with its own time to leave.
  const key = `${portal.id}:${String(hidden)}:${error ? 'failed' : 'done'}`;

  if (error) {
    return (
      <Notice key={key} variant="error" onDismiss={dismiss}>
        {hidden ? t('portals.hideFailed', { title }) : t('portals.showFailed', { title })} {describeError(error)}
      </Notice>
    );
  }
  return (
    <Notice
      key={key}
      variant="success"
      onDismiss={dismiss}
      leavesAfterMs={hidden ? UNDO_NOTE_MS : undefined}
      actions={
        hidden && (
          <button type="button" className="button-secondary button-small" onClick={() => void setHidden(portal, false)}>
            {t('portals.undo')}
          </button>
        )
      }
    >
      {hidden ? t('portals.hiddenDone', { title }) : t('portals.shownDone', { title })}
    </Notice>
  );
}
