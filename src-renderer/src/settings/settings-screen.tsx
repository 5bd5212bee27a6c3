import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemeSetting } from '../../../src-preload/contract.ts';
import { BackendLabel } from '../components/backend-label.tsx';
import { LanguageSelect } from '../components/language-select.tsx';
import { LoadingScreen } from '../components/loading-screen.tsx';
import { SettingStatus } from '../components/setting-status.tsx';
import { SignedOutPage } from '../components/signed-out-page.tsx';
import { useServerStore } from '../stores/server-store.ts';
import { useSessionStore } from '../stores/session-store.ts';
import { useSettingsStore, type SettingKey } from '../stores/settings-store.ts';
import { LiveViewsSetting } from './live-views-setting.tsx';
import { ProxySection } from './proxy-section.tsx';

interface SettingsScreenProps {
  /** `page` when signed out (a screen of its own); `embedded` inside a signed-in shell. */
  variant: 'page' | 'embedded';
  /** Back to sign-in (page) or to the portals (embedded). */
  onBack(): void;
  /** Opens the server screen, whose way back leads here. */
  onChangeServer(): void;
}

const themes = ['system', 'light', 'dark'] as const satisfies readonly ThemeSetting[];
const themeLabelKeys = {
  system: 'settings.themeSystem',
  light: 'settings.themeLight',
  dark: 'settings.themeDark',
} as const satisfies Record<ThemeSetting, string>;

/**
 * The Settings screen: every choice applies as it is made (main applies it, then the window
 * follows), with its busy line and, when main refuses, the reason beside the value it kept.
 * The window's section shows only what this runtime can do.
 */
export function SettingsScreen({ variant, onBack, onChangeServer }: SettingsScreenProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const settings = useSettingsStore((state) => state.settings);
  const pending = useSettingsStore((state) => state.pending);
  const change = useSettingsStore((state) => state.change);
  const backend = useServerStore((state) => state.appInfo?.backend);

  useEffect(() => headingRef.current?.focus(), []);

  const content = (
    <section className="settings-screen" aria-labelledby={headingId}>
      <button type="button" className="button-link back-link" onClick={onBack}>
        {variant === 'page' ? t('settings.backToSignIn') : t('settings.backToPortals')}
      </button>
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('settings.heading')}
      </h1>
      {settings === null ? (
        <LoadingScreen />
      ) : (
        <>
          <SettingsSection title={t('settings.language')}>
            <LanguageSelect label={t('settings.languageLabel')} hint={t('settings.languageHint')} />
          </SettingsSection>

          <SettingsSection title={t('settings.appearance')}>
            <ThemeChoice
              value={pending.theme ?? settings.theme}
              busy={'theme' in pending}
              onChange={(theme) => void change('theme', theme)}
            />
          </SettingsSection>

          {(settings.capabilities.tray || settings.capabilities.startAtLogin) && (
            <SettingsSection title={t('settings.window')}>
              {settings.capabilities.tray && (
                <Toggle
                  setting="closeToTray"
                  label={t('settings.closeToTray')}
                  hint={t('settings.closeToTrayHint')}
                  checked={pending.closeToTray ?? settings.closeToTray}
                  busy={'closeToTray' in pending}
                  onChange={(on) => void change('closeToTray', on)}
                />
              )}
              {settings.capabilities.startAtLogin && (
                <Toggle
                  setting="startAtLogin"
                  label={t('settings.startAtLogin')}
                  hint={t('settings.startAtLoginHint')}
                  checked={pending.startAtLogin ?? settings.startAtLogin}
                  busy={'startAtLogin' in pending}
                  onChange={(on) => void change('startAtLogin', on)}
                />
              )}
            </SettingsSection>
          )}

          <SettingsSection title={t('settings.portals')}>
            <LiveViewsSetting current={settings.maxLivePortalViews} />
          </SettingsSection>

          <SettingsSection title={t('settings.server')}>
            {backend && (
              <p className="settings-server">
                <BackendLabel backend={backend} variant="full" />
              </p>
            )}
            <ServerChange onChangeServer={onChangeServer} />
          </SettingsSection>

          <ProxySection />
        </>
      )}
    </section>
  );

  return variant === 'page' ? (
    <SignedOutPage cardClassName="settings-card" languageSelect={false}>
      {content}
    </SignedOutPage>
  ) : (
    content
  );
}

function SettingsSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="settings-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function ThemeChoice({ value, busy, onChange }: { value: ThemeSetting; busy: boolean; onChange(theme: ThemeSetting): void }) {
  const { t } = useTranslation();
  const statusId = useId();
  return (
    <fieldset className="settings-choice" aria-describedby={statusId} aria-busy={busy}>
      <legend>{t('settings.theme')}</legend>
      {themes.map((theme) => (
        <label key={theme} className="settings-option">
          <input
            type="radio"
            name="theme"
            value={theme}
            checked={value === theme}
            onChange={() => {
              if (!busy) onChange(theme);
            }}
          />
          {t(themeLabelKeys[theme])}
        </label>
      ))}
      <SettingStatus setting="theme" id={statusId} />
    </fieldset>
  );
}

interface ToggleProps {
  setting: Extract<SettingKey, 'closeToTray' | 'startAtLogin'>;
  label: string;
  hint: string;
  checked: boolean;
  busy: boolean;
  onChange(on: boolean): void;
}

function Toggle({ setting, label, hint, checked, busy, onChange }: ToggleProps) {
  const id = useId();
  return (
    <div className="settings-toggle">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-busy={busy}
        aria-describedby={`${id}-hint ${id}-status`}
        onChange={(event) => {
          if (!busy) onChange(event.target.checked);
        }}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
        <SettingStatus setting={setting} id={`${id}-status`} />
      </div>
    </div>
  );
}

function ServerChange({ onChangeServer }: { onChangeServer(): void }) {
  const { t } = useTranslation();
  const hintId = useId();
  const signedIn = useSessionStore((state) => state.session?.status === 'signed_in');
  return (
    <div className="settings-server-change">
      <button type="button" className="button-secondary" aria-describedby={signedIn ? hintId : undefined} onClick={onChangeServer}>
        {t('settings.changeServer')}
      </button>
      {signedIn && (
        <p id={hintId} className="field-hint">
          {t('settings.changeServerHint')}
        </p>
      )}
    </div>
  );
}
