import { languageForLocale, type UiLanguage } from '../../src-preload/languages.ts';
import { mainDe } from './main-de.ts';
import { mainEn, type MainStrings } from './main-en.ts';
import { mainEs } from './main-es.ts';
import { mainFr } from './main-fr.ts';
import { mainPl } from './main-pl.ts';
import { mainPtBr } from './main-pt-BR.ts';
import { mainRu } from './main-ru.ts';
import { mainUk } from './main-uk.ts';

const catalogues: Record<UiLanguage, MainStrings> = {
  en: mainEn,
  ru: mainRu,
  de: mainDe,
  es: mainEs,
  'pt-BR': mainPtBr,
  pl: mainPl,
  fr: mainFr,
  uk: mainUk,
};

/** Main's strings in a language of the app, or for an OS locale (its language, else English). */
export const mainStrings = (language: string): MainStrings => catalogues[languageForLocale(language)];
