import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { withNamespace } from '../i18n/i18n.ts';
import { DialogFrame } from './dialog-frame.tsx';

// The tools themselves, with their strings, are fetched on first use.
const tools = {
  inbox: {
    label: 'shell.mockInbox',
    Screen: lazy(() => withNamespace('account', import('../screens/mock-inbox-screen.tsx'))),
  },
  backend: {
    label: 'shell.mockBackend',
    Screen: lazy(() => withNamespace('account', import('../screens/mock-backend-screen.tsx'))),
  },
} as const;

export type Tool = keyof typeof tools;

interface ToolDialogProps {
  tool: Tool;
  onClose(): void;
}

/**
 * A tester's tool (Mock inbox, Mock backend) as a modal dialog over a signed-out screen, so that
 * screen keeps its state (a half-filled recovery form survives reading a checkword) meanwhile.
 * Focus moves in when it opens and stays inside; Escape closes it and gives focus back to what
 * opened it.
 */
export function ToolDialog({ tool, onClose }: ToolDialogProps) {
  const { t } = useTranslation();
  const { label, Screen } = tools[tool];

  // Until the screen loads, the dialog itself has the focus: Tab and Shift+Tab go inside from there.
  return (
    <DialogFrame className="dialog-wide" label={t(label)} onEscape={onClose}>
      <Suspense
        fallback={
          <p className="muted" role="status">
            {t('app.loading')}
          </p>
        }
      >
        <Screen variant="dialog" onBack={onClose} />
      </Suspense>
    </DialogFrame>
  );
}
