import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languageForLocale, languageNames, type LanguageSetting } from '../../../src-preload/languages.ts';
import { currentLanguage, isLanguage, languages } from '../i18n/i18n.ts';
import { useSettingsStore } from '../stores/settings-store.ts';
import { SettingStatus } from './setting-status.tsx';

interface LanguageSelectProps {
  /** A visible label (the Settings screen); the signed-out page's header has a hidden one. */
  label?: string;
  hint?: string;
}

const isLanguageSetting = (value: string): value is LanguageSetting => value === 'system' || isLanguage(value);

/**
 * The app's language, kept by main (its menu and pages follow it too): "System language (…)" or
 * one of the languages by its own name. A native select: keyboard and screen-reader behaviour
 * come for free.
 */
export function LanguageSelect({ label, hint }: LanguageSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const statusId = `${id}-status`;
  const settings = useSettingsStore((state) => state.settings);
  const pending = useSettingsStore((state) => state.pending.language);
  const change = useSettingsStore((state) => state.change);
  // Until main answers, the language the window shows is the best guess of the choice.
  const value = pending ?? settings?.language ?? currentLanguage();
  const systemLanguage = settings?.systemLanguage ?? languageForLocale(navigator.language);
  return (
    <div className={label ? 'language-select language-select-labelled' : 'language-select'}>
      <label htmlFor={id} className={label ? undefined : 'visually-hidden'}>
        {label ?? t('language.label')}
      </label>
      <select
        id={id}
        value={value}
        aria-describedby={hint ? `${hintId} ${statusId}` : statusId}
        aria-busy={pending !== undefined}
        onChange={(event) => {
          const next = event.target.value;
          if (isLanguageSetting(next)) void change('language', next);
        }}
      >
        <option value="system">{t('settings.systemLanguage', { language: languageNames[systemLanguage] })}</option>
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageNames[language]}
          </option>
        ))}
      </select>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <SettingStatus setting="language" id={statusId} />
    </div>
  );
}
