import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../src-preload/contract.ts';
import { LoadNotices } from '../account/load-notices.tsx';
import { LoginSection } from '../account/login-section.tsx';
import { PasswordSection } from '../account/password-section.tsx';
import { QrApproveSection } from '../account/qr-approve-section.tsx';
import { AppPasswordsSection } from '../account/app-passwords-section.tsx';
import { LimitedSessionNotice, useLimitedSession } from '../account/limited-session-notice.tsx';
import { SessionsPanel } from '../account/sessions-panel.tsx';
import { SocialSection } from '../account/social-section.tsx';
import { TwoFactorSection } from '../account/two-factor-section.tsx';
import { fullName, initialsOf } from '../components/avatar-menu.tsx';
import { useProfileStore } from '../stores/profile-store.ts';
import '../account/account.css';

const tabs = ['profile', 'passwords'] as const;
type Tab = (typeof tabs)[number];

interface ProfileScreenProps {
  /** The signed-in person, so the heading is there before the profile loads. */
  user: UserSummary;
  onBack(): void;
  onForgotPassword(): void;
}

/** The Bitrix24 Network profile: logins, password, social networks; and the account's sessions. */
export default function ProfileScreen({ user, onBack, onForgotPassword }: ProfileScreenProps) {
  const { t } = useTranslation('account');
  const profile = useProfileStore((state) => state.profile);
  const refreshProfile = useProfileStore((state) => state.refreshProfile);
  const reloadProfile = useProfileStore((state) => state.reloadProfile);
  const [tab, setTab] = useState<Tab>('profile');
  const limited = useLimitedSession();
  const baseId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

  useEffect(() => {
    // Opened again, the profile shown is the one loaded before while a fresh one is asked for.
    void refreshProfile();
    // A new view: tell screen readers where they are.
    headingRef.current?.focus();
  }, [refreshProfile]);

  const person = profile.value ?? user;
  const name = profile.value?.displayName.trim() || fullName(person);
  const tabId = (id: Tab) => `${baseId}-tab-${id}`;
  const panelId = (id: Tab) => `${baseId}-panel-${id}`;

  // Tabs follow focus (automatic activation), as the WAI-ARIA tabs pattern suggests for light panels.
  const onTabKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.indexOf(tab);
    const to =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : null;
    if (to === null) return;
    event.preventDefault();
    const next = tabs[to] ?? 'profile';
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <section className="profile" aria-labelledby={`${baseId}-heading`}>
      <button type="button" className="button-link back-link" onClick={onBack}>
        {t('profile.back')}
      </button>
      <div className="profile-header">
        <span className="avatar avatar-large" aria-hidden="true">
          {initialsOf(person)}
        </span>
        <h1 id={`${baseId}-heading`} ref={headingRef} tabIndex={-1}>
          {name}
        </h1>
      </div>

      <LimitedSessionNotice />
      <div role="tablist" aria-label={t('profile.tabs')} className="tabs" onKeyDown={onTabKeyDown}>
        {tabs.map((id) => (
          <button
            key={id}
            ref={(element) => {
              tabRefs.current[id] = element;
            }}
            type="button"
            role="tab"
            id={tabId(id)}
            aria-selected={tab === id}
            aria-controls={panelId(id)}
            tabIndex={tab === id ? 0 : -1}
            className="tab"
            onClick={() => setTab(id)}
          >
            {id === 'profile' ? t('profile.profileTab') : t('profile.passwordsTab')}
          </button>
        ))}
      </div>

      <div role="tabpanel" id={panelId('profile')} aria-labelledby={tabId('profile')} hidden={tab !== 'profile'} className="tab-panel">
        {tab === 'profile' && (
          <>
            <LoadNotices
              loadable={profile}
              loadingText={t('profile.loading')}
              offlineText={t('profile.offline')}
              failedText={t('profile.loadFailed')}
              onRetry={() => void reloadProfile()}
            />
            {profile.value && (
              <>
                <LoginSection channel="email" profile={profile.value} onForgotPassword={onForgotPassword} />
                <LoginSection channel="phone" profile={profile.value} onForgotPassword={onForgotPassword} />
                <PasswordSection profile={profile.value} onForgotPassword={onForgotPassword} />
                <SocialSection accounts={profile.value.socialAccounts} />
                <TwoFactorSection profile={profile.value} />
                <QrApproveSection />
              </>
            )}
          </>
        )}
      </div>
      <div role="tabpanel" id={panelId('passwords')} aria-labelledby={tabId('passwords')} hidden={tab !== 'passwords'} className="tab-panel">
        {tab === 'passwords' && (
          <>
            <AppPasswordsSection limited={limited} />
            <SessionsPanel />
          </>
        )}
      </div>
    </section>
  );
}
