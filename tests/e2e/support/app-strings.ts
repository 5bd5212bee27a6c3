/**
 * The app's own words in either language (or the pseudo-locale), read from the renderer's catalogues when a spec runs, so
 * a walk through the app in Russian finds the same controls by role and name as one in English and
 * follows copy edits without a second list of names. The catalogues belong to the renderer's
 * TypeScript project, so they are imported by path at run time, not statically.
 */
import i18next from 'i18next';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { uiLanguages, type UiLanguage } from '../../../src-preload/languages.ts';
import { repoRoot } from './paths.ts';

export const appLanguages = uiLanguages;
export type AppLanguage = UiLanguage;

/** "pt-BR" → "PtBr": how each language's catalogues name their exports (`ptBr`, `accountPtBr`, `webPtBr`). */
const exportSuffix = (language: AppLanguage): string =>
  language
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
    .join('');

/** Namespace → language → [file in src-renderer/src/i18n, its export]. */
const catalogues: Record<'translation' | 'account' | 'web', (language: AppLanguage) => [string, string]> = {
  translation: (language) => [`${language}.ts`, exportSuffix(language).charAt(0).toLowerCase() + exportSuffix(language).slice(1)],
  account: (language) => [`account-${language}.ts`, `account${exportSuffix(language)}`],
  web: (language) => [`web-${language}.ts`, `web${exportSuffix(language)}`],
};

async function loadCatalogue(file: string, exportName: string): Promise<object> {
  const module = (await import(pathToFileURL(join(repoRoot, 'src-renderer/src/i18n', file)).href)) as Record<string, unknown>;
  const strings = module[exportName];
  if (typeof strings !== 'object' || strings === null) throw new Error(`${file} exports no catalogue named ${exportName}.`);
  return strings;
}

/** Looks up `key` (`namespace:path`, or a path in the main catalogue) as the app shows it; throws on a key the catalogue lacks. */
export type AppStrings = (key: string, values?: Record<string, string | number>) => string;

export async function appStrings(language: AppLanguage): Promise<AppStrings> {
  const strings: Record<string, object> = {};
  for (const [namespace, files] of Object.entries(catalogues)) {
    const [file, exportName] = files(language);
    strings[namespace] = await loadCatalogue(file, exportName);
  }
  return lookUp(language, strings);
}

/** The app's strings in the pseudo-locale en-XA: the English catalogues through the renderer's own transform. */
export async function pseudoAppStrings(): Promise<AppStrings> {
  const transform = (await import(pathToFileURL(join(repoRoot, 'src-renderer/src/i18n/pseudo-locale.ts')).href)) as {
    pseudoLocale: string;
    pseudoCatalogue: (catalogue: object) => object;
  };
  const strings: Record<string, object> = {};
  for (const [namespace, files] of Object.entries(catalogues)) {
    const [file, exportName] = files('en');
    strings[namespace] = transform.pseudoCatalogue(await loadCatalogue(file, exportName));
  }
  return lookUp(transform.pseudoLocale, strings);
}

async function lookUp(language: string, strings: Record<string, object>): Promise<AppStrings> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    ns: Object.keys(catalogues),
    defaultNS: 'translation',
    resources: { [language]: strings },
    interpolation: { escapeValue: false },
  });
  return (key, values) => {
    const [namespace, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['translation', key];
    if (!instance.exists(path, { ns: namespace, ...values })) throw new Error(`The ${language} catalogues have no string ${key}.`);
    return instance.t(path, { ns: namespace, ...values });
  };
}
