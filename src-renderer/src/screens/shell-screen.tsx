import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TokenPersistence, UserSummary } from '../../../src-preload/contract.ts';
import { AvatarMenu } from '../components/avatar-menu.tsx';
import { BackendLabel } from '../components/backend-label.tsx';
import { LoadingScreen } from '../components/loading-screen.tsx';
import { Notice } from '../components/notice.tsx';
import { NoticeArea } from '../components/notice-area.tsx';
import { useDescribeError } from '../i18n/describe-error.ts';
import { withNamespace } from '../i18n/i18n.ts';
import { HideOutcomeStatus } from '../portals/hide-outcome-status.tsx';
import { LinkedNotice } from '../portals/linked-notice.tsx';
import { PortalsWorkspace } from '../portals/portals-workspace.tsx';
import { SettingsScreen } from '../settings/settings-screen.tsx';
import { useSettingsShortcut } from '../settings/use-settings-shortcut.ts';
import { useProfileStore } from '../stores/profile-store.ts';
import { useServerStore } from '../stores/server-store.ts';
import { useSessionStore } from '../stores/session-store.ts';

// Each view beyond the portals is its own chunk, fetched with its strings on first use.
const ProfileScreen = lazy(() => withNamespace('account', import('./profile-screen.tsx')));
const RecoveryScreen = lazy(() => withNamespace('account', import('./recovery-screen.tsx')));
const MockInboxScreen = lazy(() => withNamespace('account', import('./mock-inbox-screen.tsx')));
const MockBackendScreen = lazy(() => withNamespace('account', import('./mock-backend-screen.tsx')));
const ServerScreen = lazy(() => withNamespace('account', import('./server-screen.tsx')));

type View = 'portals' | 'profile' | 'recovery' | 'inbox' | 'mock' | 'server' | 'settings' | 'server-from-settings';

interface ShellScreenProps {
  user: UserSummary;
  persistence: TokenPersistence;
}

/**
 * The signed-in window: header and notice area, then the portals (sidebar and content) or another view.
 * The portals stay mounted, hidden, behind the other views. Loaded lazily.
 */
export default function ShellScreen({ user, persistence }: ShellScreenProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const appInfo = useServerStore((state) => state.appInfo);
  const signingOut = useSessionStore((state) => state.signOutBusy);
  const signOutError = useSessionStore((state) => state.signOutError);
  const signOut = useSessionStore((state) => state.signOut);
  const dismissSignOutError = useSessionStore((state) => state.dismissSignOutError);
  const [view, setView] = useState<View>('portals');
  const [menuOpen, setMenuOpen] = useState(false);
  // The profile follows a confirmed login change at once; the session's summary may lag behind.
  const accountLogin = useProfileStore((state) => state.profile.value?.email ?? state.profile.value?.phone ?? null);
  const backToPortals = () => setView('portals');
  useSettingsShortcut(useCallback(() => setView('settings'), []));

  return (
    <div className="shell">
      <header className="shell-header">
        <span className="app-name">{t('app.name')}</span>
        {appInfo && <BackendLabel backend={appInfo.backend} variant="badge" />}
        <span className="spacer" />
        <AvatarMenu
          user={user}
          signingOut={signingOut}
          onSignOut={() => void signOut()}
          onOpenProfile={() => setView('profile')}
          onOpenServer={() => setView('server')}
          onOpenSettings={() => setView('settings')}
          onOpenInbox={appInfo?.mockTools ? () => setView('inbox') : undefined}
          onOpenMockBackend={appInfo?.mockTools ? () => setView('mock') : undefined}
          onOpenChange={setMenuOpen}
        />
      </header>
      <NoticeArea>
        {persistence === 'memory' && <Notice variant="warning">{t('shell.memoryOnly')}</Notice>}
        {signOutError && (
          <Notice variant="error" onDismiss={dismissSignOutError}>
            {t('shell.signOutFailed')} {describeError(signOutError)}
          </Notice>
        )}
        <LinkedNotice login={user.email ?? user.phone ?? ''} />
        <HideOutcomeStatus />
      </NoticeArea>
      <PortalsWorkspace kind="api" visible={view === 'portals'} covered={menuOpen} />
      {view !== 'portals' && (
        <div className="shell-body">
          <main className="content content-wide">
            <Suspense fallback={<LoadingScreen />}>
              {view === 'profile' && (
                <ProfileScreen user={user} onBack={backToPortals} onForgotPassword={() => setView('recovery')} />
              )}
              {view === 'recovery' && (
                <RecoveryScreen
                  variant="embedded"
                  initialLogin={accountLogin ?? user.email ?? user.phone ?? ''}
                  onBack={() => setView('profile')}
                />
              )}
              {view === 'inbox' && <MockInboxScreen onBack={backToPortals} />}
              {view === 'mock' && <MockBackendScreen onBack={backToPortals} />}
              {view === 'server' && <ServerScreen variant="embedded" onBack={backToPortals} />}
              {view === 'settings' && (
                <SettingsScreen variant="embedded" onBack={backToPortals} onChangeServer={() => setView('server-from-settings')} />
              )}
              {view === 'server-from-settings' && (
                <ServerScreen variant="embedded" fromSettings onBack={() => setView('settings')} />
              )}
            </Suspense>
          </main>
        </div>
      )}
    </div>
  );
}
