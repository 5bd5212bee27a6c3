import { languageForLocale, type UiLanguage } from '../../src-preload/languages.ts';
import { mainStrings } from './main-strings.ts';
import type { MainStrings } from './main-en.ts';

export type { ResultText } from './result-text.ts';
export type BrowserResultStrings = MainStrings['browserResult'];

/** The pages the system browser shows after a social sign-in, once the app knows how it went. */
export const browserResultStrings = (language: string): { language: UiLanguage; strings: BrowserResultStrings } => ({
  language: languageForLocale(language),
  strings: mainStrings(language).browserResult,
});
