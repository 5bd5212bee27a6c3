import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerStore } from '../stores/server-store.ts';
import { useSignedOutViewStore } from '../stores/signed-out-view-store.ts';
import { BackendLabel } from './backend-label.tsx';
import { ToolDialog, type Tool } from './tool-dialog.tsx';

interface SignedOutFooterProps {
  /** The login typed on this screen so far, kept for the way back from the server settings. */
  login?: string | undefined;
}

/**
 * The footer of the signed-out screens: which backend is in use, the way to the server settings and
 * to the Settings screen (the language and the server before signing in) and,
 * with the embedded mock's tools, the Mock inbox and Mock backend panel (dialogs, so the screen
 * behind them keeps what was typed). Left out until `app.info` answers.
 */
export function SignedOutFooter({ login }: SignedOutFooterProps) {
  const { t } = useTranslation();
  const appInfo = useServerStore((state) => state.appInfo);
  const view = useSignedOutViewStore((state) => state.signedOutView);
  const showServerSettings = useSignedOutViewStore((state) => state.showServerSettings);
  const showSettings = useSignedOutViewStore((state) => state.showSettings);
  const [open, setOpen] = useState<Tool | null>(null);

  if (!appInfo) return null;
  return (
    <footer className="sign-in-footer">
      <BackendLabel backend={appInfo.backend} variant="full" />
      {view !== 'server' && view !== 'settings' && (
        <>
          <button type="button" className="button-link" onClick={() => showServerSettings(login)}>
            {t('shell.serverSettings')}
          </button>
          <button type="button" className="button-link" onClick={() => showSettings(login)}>
            {t('settings.link')}
          </button>
        </>
      )}
      {appInfo.mockTools && (
        <>
          <button type="button" className="button-link" aria-haspopup="dialog" onClick={() => setOpen('inbox')}>
            {t('shell.mockInbox')}
          </button>
          <button type="button" className="button-link" aria-haspopup="dialog" onClick={() => setOpen('backend')}>
            {t('shell.mockBackend')}
          </button>
          {open && <ToolDialog key={open} tool={open} onClose={() => setOpen(null)} />}
        </>
      )}
    </footer>
  );
}
