import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkPage } from '../../../src-preload/contract.ts';
import { Bitrix24AccountMenu } from '../account/bitrix24-account-menu.tsx';
import { ProfileSwitcher } from '../account/profile-switcher.tsx';
import { bitrixId } from '../bridge/bitrix-id.ts';
import { BackendLabel } from '../components/backend-label.tsx';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { LoadingScreen } from '../components/loading-screen.tsx';
import { NoticeArea } from '../components/notice-area.tsx';
import { useDescribeError } from '../i18n/describe-error.ts';
import { withNamespace } from '../i18n/i18n.ts';
import { HideOutcomeStatus } from '../portals/hide-outcome-status.tsx';
import { PortalsWorkspace } from '../portals/portals-workspace.tsx';
import { SettingsScreen } from '../settings/settings-screen.tsx';
import { useSettingsShortcut } from '../settings/use-settings-shortcut.ts';
import { UnreadTotal } from '../portals/unread-badge.tsx';
import { useNetworkViewStore } from '../stores/network-view-store.ts';
import { useServerStore } from '../stores/server-store.ts';
import { useWebProfilesStore } from '../stores/web-profiles-store.ts';

const ServerScreen = lazy(() => withNamespace('account', import('./server-screen.tsx')));

type View = 'portals' | 'server' | 'settings' | 'server-from-settings';

/**
 * The window in Bitrix24 (web) mode: the profile is "the person", always signed in as far as the
 * app is concerned (the Network's and the portals' own pages ask for passwords, never the app).
 * The header has the profile switcher, the unread total and the account menu, whose screens are
 * the Network's own pages in the content area. Loaded lazily, like the API mode's shell.
 */
export default function Bitrix24ShellScreen() {
  const { t } = useTranslation();
  const web = useTranslation('web').t;
  const describeError = useDescribeError();
  const appInfo = useServerStore((state) => state.appInfo);
  const signingOut = useWebProfilesStore((state) => state.busy === 'signOut');
  const openNetwork = useNetworkViewStore((state) => state.open);
  const [view, setView] = useState<View>('portals');
  const [menuOpen, setMenuOpen] = useState(false);
  const [switcherCovers, setSwitcherCovers] = useState(false);
  const [confirmingSignOut, setConfirmingSignOut] = useState(false);
  const [signOutError, setSignOutError] = useState<string | null>(null);
  const onSwitcherCover = useCallback((covered: boolean) => setSwitcherCovers(covered), []);
  useSettingsShortcut(useCallback(() => setView('settings'), []));

  useEffect(() => useWebProfilesStore.getState().start(), []);
  // A portal the Network's page opened is seen even from the server settings.
  useEffect(() => bitrixId().on('portals.activate', () => setView('portals')), []);

  const openPage = (page: NetworkPage) => {
    setView('portals');
    void openNetwork(page);
  };

  const signOut = async () => {
    setSignOutError(null);
    const error = await useWebProfilesStore.getState().signOut();
    if (error) setSignOutError(`${web('account.signOutFailed')} ${describeError(error)}`);
    else setConfirmingSignOut(false);
  };

  return (
    <div className="shell">
      <header className="shell-header">
        <span className="app-name">{t('app.name')}</span>
        {appInfo && <BackendLabel backend={appInfo.backend} variant="badge" />}
        <UnreadTotal />
        <span className="spacer" />
        <ProfileSwitcher onCoverChange={onSwitcherCover} />
        <Bitrix24AccountMenu
          signingOut={signingOut}
          onOpenPage={openPage}
          onOpenServer={() => setView('server')}
          onOpenSettings={() => setView('settings')}
          onSignOut={() => setConfirmingSignOut(true)}
          onOpenChange={setMenuOpen}
        />
      </header>
      <NoticeArea>
        <HideOutcomeStatus />
      </NoticeArea>
      <PortalsWorkspace
        kind="bitrix24"
        visible={view === 'portals'}
        covered={menuOpen || switcherCovers || confirmingSignOut}
      />
      {view !== 'portals' && (
        <div className="shell-body">
          <main className="content content-wide">
            <Suspense fallback={<LoadingScreen />}>
              {view === 'server' && <ServerScreen variant="embedded" onBack={() => setView('portals')} />}
              {view === 'settings' && (
                <SettingsScreen
                  variant="embedded"
                  onBack={() => setView('portals')}
                  onChangeServer={() => setView('server-from-settings')}
                />
              )}
              {view === 'server-from-settings' && (
                <ServerScreen variant="embedded" fromSettings onBack={() => setView('settings')} />
              )}
            </Suspense>
          </main>
        </div>
      )}
      {confirmingSignOut && (
        <ConfirmDialog
          title={web('account.signOutTitle')}
          text={web('account.signOutText')}
          confirmLabel={web('account.signOutConfirm')}
          busyLabel={web('account.signingOut')}
          cancelLabel={web('account.cancel')}
          busy={signingOut}
          error={signOutError}
          onConfirm={() => void signOut()}
          onCancel={() => {
            setConfirmingSignOut(false);
            setSignOutError(null);
          }}
        />
      )}
    </div>
  );
}
