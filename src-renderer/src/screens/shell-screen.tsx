import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Portal, TokenPersistence, UserSummary } from '../../../src-preload/contract.ts';
import { AvatarMenu } from '../components/avatar-menu.tsx';
import { BackendLabel } from '../components/backend-label.tsx';
import { LanguageSelect } from '../components/language-select.tsx';
import { LoadingScreen } from '../components/loading-screen.tsx';
import { OfflineBanner } from '../components/offline-banner.tsx';
import { PortalList } from '../components/portal-list.tsx';
import { useDescribeError } from '../i18n/describe-error.ts';
import { withNamespace } from '../i18n/i18n.ts';
import { useAccountStore } from '../stores/account-store.ts';
import { usePortalsStore } from '../stores/portals-store.ts';
import { useSessionStore } from '../stores/session-store.ts';

// Each view beyond the portals is its own chunk, fetched with its strings on first use.
const ProfileScreen = lazy(() => withNamespace('account', import('./profile-screen.tsx')));
const RecoveryScreen = lazy(() => withNamespace('account', import('./recovery-screen.tsx')));
const MockInboxScreen = lazy(() => withNamespace('account', import('./mock-inbox-screen.tsx')));
const MockBackendScreen = lazy(() => withNamespace('account', import('./mock-backend-screen.tsx')));
const ServerScreen = lazy(() => withNamespace('account', import('./server-screen.tsx')));

type View = 'portals' | 'profile' | 'recovery' | 'inbox' | 'mock' | 'server';

interface ShellScreenProps {
  user: UserSummary;
  persistence: TokenPersistence;
}

/** The signed-in window: header, then the portals (sidebar and content) or another view. Loaded lazily. */
export default function ShellScreen({ user, persistence }: ShellScreenProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const appInfo = useSessionStore((state) => state.appInfo);
  const signingOut = useSessionStore((state) => state.signOutBusy);
  const signOutError = useSessionStore((state) => state.signOutError);
  const signOut = useSessionStore((state) => state.signOut);
  const dismissSignOutError = useSessionStore((state) => state.dismissSignOutError);
  const loadPortals = usePortalsStore((state) => state.load);
  const portals = usePortalsStore((state) => state.portals);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [view, setView] = useState<View>('portals');
  // The profile follows a confirmed login change at once; the session's summary may lag behind.
  const accountLogin = useAccountStore((state) => state.profile.value?.email ?? state.profile.value?.phone ?? null);
  const contentHeadingRef = useRef<HTMLHeadingElement>(null);
  const returnedToPortals = useRef(false);
  // Derived, so a portal that disappears from a reloaded list is no longer shown as selected.
  const selected: Portal | undefined = portals.find((portal) => portal.id === selectedId);

  useEffect(() => {
    void loadPortals();
  }, [loadPortals]);

  // Coming back from another view, focus lands on the content's heading, not on the page body.
  useEffect(() => {
    if (view !== 'portals' || !returnedToPortals.current) return;
    returnedToPortals.current = false;
    contentHeadingRef.current?.focus();
  }, [view]);

  const backToPortals = () => {
    returnedToPortals.current = true;
    setView('portals');
  };

  return (
    <div className="shell">
      <header className="shell-header">
        <span className="app-name">{t('app.name')}</span>
        {appInfo && <BackendLabel backend={appInfo.backend} variant="badge" />}
        <span className="spacer" />
        <LanguageSelect />
        <AvatarMenu
          user={user}
          signingOut={signingOut}
          onSignOut={() => void signOut()}
          onOpenProfile={() => setView('profile')}
          onOpenServer={() => setView('server')}
          onOpenInbox={appInfo?.mockTools ? () => setView('inbox') : undefined}
          onOpenMockBackend={appInfo?.mockTools ? () => setView('mock') : undefined}
        />
      </header>
      <OfflineBanner />
      {persistence === 'memory' && (
        <p className="banner banner-warning" role="status">
          {t('shell.memoryOnly')}
        </p>
      )}
      {signOutError && (
        <div className="banner banner-error" role="alert">
          <p>
            {t('shell.signOutFailed')} {describeError(signOutError)}
          </p>
          <button type="button" className="button-secondary" onClick={dismissSignOutError}>
            {t('shell.dismiss')}
          </button>
        </div>
      )}
      {view === 'portals' ? (
        <div className="shell-body">
          <PortalList selectedId={selected?.id ?? null} onSelect={(portal) => setSelectedId(portal.id)} />
          <main className="content">
            {selected ? (
              <section className="portal-details">
                <h1 ref={contentHeadingRef} tabIndex={-1}>
                  {selected.title}
                </h1>
                <p>{selected.domain}</p>
                <p>
                  <span className={`badge badge-role badge-${selected.role}`}>{t(`portals.roles.${selected.role}`)}</span>
                </p>
                <p>{t('shell.signedInAs', { login: selected.login })}</p>
                <p className="muted">{t('shell.selectedHint')}</p>
              </section>
            ) : (
              <section className="welcome">
                <h1 ref={contentHeadingRef} tabIndex={-1}>
                  {t('shell.welcome')}
                </h1>
                <p className="muted">{t('shell.welcomeHint')}</p>
              </section>
            )}
          </main>
        </div>
      ) : (
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
            </Suspense>
          </main>
        </div>
      )}
    </div>
  );
}
