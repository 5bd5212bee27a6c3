import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { withNamespace } from '../i18n/i18n.ts';
import { ToolDialog } from './tool-dialog.tsx';

// The inbox itself, with its strings, is fetched on first use.
const MockInboxScreen = lazy(() => withNamespace('account', import('../screens/mock-inbox-screen.tsx')));

/** The Mock inbox over a signed-out screen, so a half-filled recovery form survives reading a checkword. */
export function MockInboxDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  return (
    <ToolDialog label={t('shell.mockInbox')} onClose={onClose}>
      <MockInboxScreen variant="dialog" onBack={onClose} />
    </ToolDialog>
  );
}
