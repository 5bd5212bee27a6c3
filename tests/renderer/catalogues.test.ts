import { describe, expect, it } from 'vitest';
import { uiLanguages, type UiLanguage } from '../../src-preload/languages.ts';
import { accountEn } from '../../src-renderer/src/i18n/account-en.ts';
import { en } from '../../src-renderer/src/i18n/en.ts';
import { i18n, initI18n, setLanguage, withNamespace } from '../../src-renderer/src/i18n/i18n.ts';
import { webEn } from '../../src-renderer/src/i18n/web-en.ts';
import { catalogueStrings } from './catalogue-strings.ts';

type Namespace = 'translation' | 'account' | 'web';
const english: Record<Namespace, object> = { translation: en, account: accountEn, web: webEn };
const otherLanguages = uiLanguages.filter((language) => language !== 'en');

/** `{{name}}` or, formatted, `{{name, number}}`: each with its format, so a count is formatted in every language. */
const variables = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{\{(\w+)(?:,\s*([^}]*?))?\s*\}\}/g)].map((match) => [match[1], match[2]].filter(Boolean).join(', ')))].sort();

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** A language's catalogue of one namespace, as the app loads it. */
async function catalogueOf(language: UiLanguage, namespace: Namespace): Promise<object> {
  await initI18n();
  await setLanguage(language);
  if (namespace !== 'translation') await withNamespace(namespace, Promise.resolve(null));
  const bundle: unknown = i18n.getResourceBundle(language, namespace);
  expect(bundle, `${language} has no ${namespace} strings`).toBeTypeOf('object');
  return bundle as object;
}

/** Names that read the same in every language: the product, the services, the Network. */
const sameEverywhere = /^(app\.name|backend\.bitrix24Badge|providers\..+|account:inbox\.sms|web:network\.(name|heading))$/;
/** Words a language's own UI writes as English does ("Server" in German, "Extranet" in Bitrix24's own pages). */
const sameInLanguage: Partial<Record<UiLanguage, string[]>> = {
  de: [
    'account:appPasswords.nameLabel',
    'account:inbox.code',
    'account:inbox.link',
    'account:proof.code',
    'account:server.heading',
    'account:sessions.app',
    'account:sessions.browser',
    'backend.url',
    'backend.urlBadge',
    'createPortal.zone',
    'portals.roles.extranet',
    'portals.sortName',
    'proxy.heading',
    'qrSignIn.code',
    'settings.server',
    'web:profiles.name',
    'web:profiles.newName',
  ],
  es: ['portals.roles.extranet', 'proxy.heading'],
  fr: ['account:inbox.code', 'account:inbox.messages', 'account:proof.code', 'createPortal.zone', 'portals.roles.extranet', 'proxy.heading'],
  pl: ['account:inbox.link'],
  'pt-BR': ['account:inbox.link', 'portals.roles.extranet', 'proxy.heading'],
};

describe.each(otherLanguages)('the %s catalogues', (language) => {
  it.each(['translation', 'account', 'web'] as const)(
    'have exactly the English keys of %s, each with the same variables',
    async (namespace) => {
      const source = catalogueStrings(english[namespace]);
      const translated = catalogueStrings(await catalogueOf(language, namespace));
      expect([...translated.keys()].sort()).toEqual([...source.keys()].sort());
      const mismatched = [...source].filter(([key, text]) => {
        const theirs = translated.get(key) ?? '';
        // A plural form may leave the number out ("one more portal"); the group's "other" may not.
        if (pluralSuffix.test(key) && !key.endsWith('_other')) return variables(theirs).some((name) => !variables(text).includes(name));
        return variables(theirs).join() !== variables(text).join();
      });
      expect(mismatched.map(([key]) => key)).toEqual([]);
      const empty = [...translated].filter(([, text]) => text.trim() === '');
      expect(empty.map(([key]) => key)).toEqual([]);
    },
  );

  it('leave nothing in English but names and the loanwords the language uses', async () => {
    const left: string[] = [];
    for (const namespace of ['translation', 'account', 'web'] as const) {
      const translated = catalogueStrings(await catalogueOf(language, namespace));
      const prefix = namespace === 'translation' ? '' : `${namespace}:`;
      for (const [key, text] of catalogueStrings(english[namespace])) {
        if (translated.get(key) === text && !sameEverywhere.test(prefix + key)) left.push(prefix + key);
      }
    }
    expect(left.filter((key) => !(sameInLanguage[language] ?? []).includes(key))).toEqual([]);
  });

  it('have every plural form the language needs', () => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const englishKeys = new Set([...catalogueStrings(en).keys(), ...catalogueStrings(accountEn).keys(), ...catalogueStrings(webEn).keys()]);
    const groups = [...englishKeys].filter((key) => key.endsWith('_other')).map((key) => key.replace(/_other$/, ''));
    expect(groups.length).toBeGreaterThan(0);
    const missing = groups.flatMap((group) =>
      categories.filter((category) => !englishKeys.has(`${group}_${category}`)).map((category) => `${group}_${category}`),
    );
    expect(missing).toEqual([]);
  });
});
