import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { withNamespace } from '../i18n/i18n.ts';
import { ToolDialog } from './tool-dialog.tsx';

// The panel itself, with its strings, is fetched on first use.
const MockBackendScreen = lazy(() => withNamespace('account', import('../screens/mock-backend-screen.tsx')));

/** The Mock backend panel (scenarios, reset) over a signed-out screen. */
export function MockBackendDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  return (
    <ToolDialog label={t('shell.mockBackend')} onClose={onClose}>
      <MockBackendScreen variant="dialog" onBack={onClose} />
    </ToolDialog>
  );
}
