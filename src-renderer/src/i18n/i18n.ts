import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isUiLanguage, languageForLocale, uiLanguages, type UiLanguage } from '../../../src-preload/languages.ts';
import { en, type Catalogue } from './en.ts';
import { pseudoLocale, pseudoLocaleRequested, startPseudoLocale } from './pseudo-locale.ts';

export const languages = uiLanguages;
export type Language = UiLanguage;

/**
 * Not secret: the language the window showed last, so that the next start paints in it before main
 * answers. The choice itself lives in main's settings (main's menu and pages follow it too).
 */
const cacheKey = 'bitrix-id.ui-language';
/** Where the choice lived before main kept it: handed to main once, then forgotten (`takeLegacyChoice`). */
const legacyChoiceKey = 'bitrix-id.language';

/** English ships in the initial chunk; other catalogues are fetched when first needed. */
const loaders: Record<Exclude<Language, 'en'>, () => Promise<Catalogue>> = {
  ru: () => import('./ru.ts').then((module) => module.ru),
  de: () => import('./de.ts').then((module) => module.de),
  es: () => import('./es.ts').then((module) => module.es),
  'pt-BR': () => import('./pt-BR.ts').then((module) => module.ptBr),
  pl: () => import('./pl.ts').then((module) => module.pl),
  fr: () => import('./fr.ts').then((module) => module.fr),
  uk: () => import('./uk.ts').then((module) => module.uk),
};

/** Strings of the lazy screens, in every language: fetched with those screens, never up front. */
export type LazyNamespace = 'account' | 'web';
const namespaceLoaders: Record<LazyNamespace, Record<Language, () => Promise<object>>> = {
  account: {
    en: () => import('./account-en.ts').then((module) => module.accountEn),
    ru: () => import('./account-ru.ts').then((module) => module.accountRu),
    de: () => import('./account-de.ts').then((module) => module.accountDe),
    es: () => import('./account-es.ts').then((module) => module.accountEs),
    'pt-BR': () => import('./account-pt-BR.ts').then((module) => module.accountPtBr),
    pl: () => import('./account-pl.ts').then((module) => module.accountPl),
    fr: () => import('./account-fr.ts').then((module) => module.accountFr),
    uk: () => import('./account-uk.ts').then((module) => module.accountUk),
  },
  web: {
    en: () => import('./web-en.ts').then((module) => module.webEn),
    ru: () => import('./web-ru.ts').then((module) => module.webRu),
    de: () => import('./web-de.ts').then((module) => module.webDe),
    es: () => import('./web-es.ts').then((module) => module.webEs),
    'pt-BR': () => import('./web-pt-BR.ts').then((module) => module.webPtBr),
    pl: () => import('./web-pl.ts').then((module) => module.webPl),
    fr: () => import('./web-fr.ts').then((module) => module.webFr),
    uk: () => import('./web-uk.ts').then((module) => module.webUk),
  },
};
/** Namespaces some screen has asked for; a language switch fetches them too before it applies. */
const wantedNamespaces = new Set<LazyNamespace>();

async function ensureNamespace(language: Language, namespace: LazyNamespace): Promise<void> {
  if (i18n.hasResourceBundle(language, namespace)) return;
  const strings = await namespaceLoaders[namespace][language]();
  if (!i18n.hasResourceBundle(language, namespace)) i18n.addResourceBundle(language, namespace, strings);
}

export const i18n: I18n = i18next.createInstance();
i18n.use(initReactI18next);

export const isLanguage = isUiLanguage;

/** The language shown last wins; otherwise the OS language if we have it; otherwise English. */
export function detectLanguage(stored: string | null, osLanguage: string | undefined): Language {
  return isLanguage(stored) ? stored : languageForLocale(osLanguage);
}

function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    // Storage can be disabled; the OS language is a fine fallback.
    return null;
  }
}

/** The choice an earlier version kept in this window's storage, once: main keeps it from now on. */
export function takeLegacyChoice(): Language | null {
  const stored = readStored(legacyChoiceKey);
  try {
    localStorage.removeItem(legacyChoiceKey);
  } catch {
    // Nothing was stored, then.
  }
  return isLanguage(stored) ? stored : null;
}

async function apply(language: Language): Promise<void> {
  if (language !== 'en' && !i18n.hasResourceBundle(language, 'translation')) {
    i18n.addResourceBundle(language, 'translation', await loaders[language]());
  }
  await Promise.all([...wantedNamespaces].map((namespace) => ensureNamespace(language, namespace)));
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

/**
 * Initialises i18next synchronously with the English catalogue, which ships inline. Resolves to null
 * when the person's language is English (nothing to wait for, so the first render need not wait a
 * tick), or to a promise for the other catalogue's arrival.
 */
export function initI18n(): Promise<void> | null {
  if (!i18n.isInitialized) {
    void i18n.init({
      lng: 'en',
      fallbackLng: 'en',
      supportedLngs: [...languages, pseudoLocale],
      // "pt-BR" is a language of its own here: never look for a bare "pt".
      load: 'currentOnly',
      resources: { en: { translation: en } },
      // With inline resources this completes before init returns.
      initAsync: false,
      // React escapes output itself.
      interpolation: { escapeValue: false },
      // A namespace that arrives after its screen rendered (a language switch racing a lazy load) re-renders it.
      react: { useSuspense: false, bindI18nStore: 'added' },
    });
  }
  if (pseudoLocaleRequested()) return startPseudoLocale(i18n);
  const language = detectLanguage(readStored(cacheKey) ?? readStored(legacyChoiceKey), navigator.language);
  if (language === 'en') {
    document.documentElement.lang = 'en';
    return null;
  }
  return apply(language).catch((error: unknown) => {
    console.warn('Could not load the preferred language; staying in English', error);
  });
}

/** Shows the UI in the language main says is in effect, and remembers it for the next start's first paint. */
export async function setLanguage(language: Language): Promise<void> {
  // A tester's pseudo-locale stays on whatever main's setting says.
  if (pseudoLocaleRequested()) return;
  if (language !== currentLanguage() || document.documentElement.lang !== language) await apply(language);
  try {
    localStorage.setItem(cacheKey, language);
  } catch {
    // Not remembering it costs the next start a moment in the OS language.
  }
}

export const currentLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : 'en');

/**
 * Fetches a lazy namespace for the current language. If the language changes while it loads, the
 * new language's strings are fetched as well, so a screen is never left in the wrong language.
 */
async function loadNamespace(namespace: LazyNamespace): Promise<void> {
  wantedNamespaces.add(namespace);
  let language: Language;
  do {
    language = currentLanguage();
    await ensureNamespace(language, namespace);
  } while (language !== currentLanguage());
}

/** For `React.lazy`: a screen's module, resolved once its strings are here too. */
export const withNamespace = <M>(namespace: LazyNamespace, module: Promise<M>): Promise<M> =>
  Promise.all([module, loadNamespace(namespace)]).then(([loaded]) => loaded);
