/**
 * The languages of the app's window and of main's menu and dialogs: the Bitrix24 markets the app
 * serves. Shared by main, the preload and the renderer, so all three agree on the list.
 */
export const uiLanguages = ['en', 'ru', 'de', 'es', 'pt-BR', 'pl', 'fr', 'uk'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/** The person's choice: a language, or whatever the OS uses. */
export type LanguageSetting = UiLanguage | 'system';

export const isUiLanguage = (value: unknown): value is UiLanguage =>
  typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);

/**
 * The language for an OS locale ("de-AT", "pt_PT", "uk"): the exact tag if we have it, else its
 * base language (any Portuguese gets Brazilian Portuguese), else English.
 */
export function languageForLocale(locale: string | undefined): UiLanguage {
  const tag = (locale ?? '').replace('_', '-');
  const exact = uiLanguages.find((language) => language.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  const base = tag.toLowerCase().split('-')[0];
  return uiLanguages.find((language) => language.toLowerCase().split('-')[0] === base) ?? 'en';
}

/** The language in effect: the chosen one, or the OS locale's. */
export const resolveLanguage = (setting: LanguageSetting, osLocale: string | undefined): UiLanguage =>
  setting === 'system' ? languageForLocale(osLocale) : setting;

/** Each language's own name for itself, as a language menu shows it. */
export const languageNames: Record<UiLanguage, string> = {
  en: 'English',
  ru: 'Русский',
  de: 'Deutsch',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  pl: 'Polski',
  fr: 'Français',
  uk: 'Українська',
};
