import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../stores/session-store.ts';
import { BackendLabel } from './backend-label.tsx';
import { MockInboxDialog } from './mock-inbox-dialog.tsx';

/**
 * The footer of the signed-out screens: which backend is in use and, with the embedded mock's tools,
 * the Mock inbox (a dialog, so the screen behind it keeps what was typed). Left out until `app.info`
 * answers.
 */
export function SignedOutFooter() {
  const { t } = useTranslation();
  const appInfo = useSessionStore((state) => state.appInfo);
  const [inboxOpen, setInboxOpen] = useState(false);

  if (!appInfo) return null;
  return (
    <footer className="sign-in-footer">
      <BackendLabel backend={appInfo.backend} variant="full" />
      {appInfo.mockTools && (
        <button type="button" className="button-link" aria-haspopup="dialog" onClick={() => setInboxOpen(true)}>
          {t('shell.mockInbox')}
        </button>
      )}
      {appInfo.mockTools && inboxOpen && <MockInboxDialog onClose={() => setInboxOpen(false)} />}
    </footer>
  );
}
