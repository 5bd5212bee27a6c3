import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languageNames } from '../../../src-preload/languages.ts';
import { currentLanguage, isLanguage, languages, setLanguage } from '../i18n/i18n.ts';

/** A native select: keyboard and screen-reader behaviour come for free. */
export function LanguageSelect() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="language-select">
      <label htmlFor={id} className="visually-hidden">
        {t('language.label')}
      </label>
      <select
        id={id}
        value={currentLanguage()}
        onChange={(event) => {
          const next = event.target.value;
          if (isLanguage(next)) void setLanguage(next);
        }}
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageNames[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
