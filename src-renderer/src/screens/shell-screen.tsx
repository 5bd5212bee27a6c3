import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Portal, TokenPersistence, UserSummary } from '../../../src-preload/contract.ts';
import { AvatarMenu } from '../components/avatar-menu.tsx';
import { BackendLabel } from '../components/backend-label.tsx';
import { LanguageSelect } from '../components/language-select.tsx';
import { PortalList } from '../components/portal-list.tsx';
import { useDescribeError } from '../i18n/describe-error.ts';
import { usePortalsStore } from '../stores/portals-store.ts';
import { useSessionStore } from '../stores/session-store.ts';

interface ShellScreenProps {
  user: UserSummary;
  persistence: TokenPersistence;
}

/** The signed-in window: header, portal sidebar and content. Loaded lazily, after sign-in. */
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
  // Derived, so a portal that disappears from a reloaded list is no longer shown as selected.
  const selected: Portal | undefined = portals.find((portal) => portal.id === selectedId);

  useEffect(() => {
    void loadPortals();
  }, [loadPortals]);

  return (
    <div className="shell">
      <header className="shell-header">
        <span className="app-name">{t('app.name')}</span>
        {appInfo && <BackendLabel backend={appInfo.backend} variant="badge" />}
        <span className="spacer" />
        <LanguageSelect />
        <AvatarMenu user={user} signingOut={signingOut} onSignOut={() => void signOut()} />
      </header>
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
      <div className="shell-body">
        <PortalList selectedId={selected?.id ?? null} onSelect={(portal) => setSelectedId(portal.id)} />
        <main className="content">
          {selected ? (
            <section className="portal-details">
              <h1>{selected.title}</h1>
              <p>{selected.domain}</p>
              <p>
                <span className={`badge badge-role badge-${selected.role}`}>{t(`portals.roles.${selected.role}`)}</span>
              </p>
              <p className="muted">{t('shell.selectedHint')}</p>
            </section>
          ) : (
            <section className="welcome">
              <h1>{t('shell.welcome')}</h1>
              <p className="muted">{t('shell.welcomeHint')}</p>
            </section>
          )}
        </main>
      </div>
    </div>
  );
}
