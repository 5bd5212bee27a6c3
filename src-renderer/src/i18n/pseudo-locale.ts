/**
 * The pseudo-locale en-XA, for testers and the overflow spec (tests/e2e/pseudo-locale.spec.ts), never
 * offered in the language select: every English string with accented look-alike letters, about 40%
 * longer (German's length), inside [ ] so that a clipped end shows. Turned on by a flag in local
 * storage, read once at start; the English catalogues are transformed as they arrive.
 */
import type { i18n as I18n } from 'i18next';

export const pseudoLocale = 'en-XA';

/** Not secret: set by a tester (or the e2e harness) to see the app in the pseudo-locale. */
export const pseudoLocaleFlag = 'bitrix-id.pseudo-locale';

export function pseudoLocaleRequested(): boolean {
  try {
    return localStorage.getItem(pseudoLocaleFlag) === pseudoLocale;
  } catch {
    return false;
  }
}

const lookAlikes: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index] ?? letter,
  ]),
);
const vowels = /[aeiouAEIOU]/;

/** Words appended when doubled vowels alone fall short of the growth. */
const padding = ['ŵûñ', 'ţŵö', 'ţĥŕéé', 'ƒöûŕ', 'ƒîṽé', 'šîẋ', 'šéṽéñ', 'éîĝĥţ', 'ñîñé', 'ţéñ'];

/** How much longer German runs than English in a product UI. */
const growth = 0.4;

/**
 * What must reach i18next untouched: `{{variable}}` and `{{variable, format}}`, `$t(nested.key)`,
 * and markup a `<Trans>` would fill (`<0>`, `</0>`, `<br/>`).
 */
const kept = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\w*\/?>)/;

function stretch(text: string): string {
  return [...text].map((letter) => (vowels.test(letter) ? `${lookAlikes[letter]}${lookAlikes[letter]}` : (lookAlikes[letter] ?? letter))).join('');
}

/** One English string in the pseudo-locale. */
export function pseudoLocalize(english: string): string {
  const parts = english.split(kept);
  // Split with a capturing group: the odd parts are the kept tokens.
  const words = parts.filter((_, index) => index % 2 === 0).join('');
  const target = Math.ceil(words.length * (1 + growth));
  const stretched = parts.map((part, index) => (index % 2 === 0 ? stretch(part) : part));
  let grown = stretched.filter((_, index) => index % 2 === 0).join('').length;
  const extra: string[] = [];
  for (let next = 0; grown < target; next += 1) {
    const word = padding[next % padding.length] ?? '';
    extra.push(word);
    grown += word.length + 1;
  }
  return `[${stretched.join('')}${extra.length ? ` ${extra.join(' ')}` : ''}]`;
}

/** A catalogue with every string in the pseudo-locale and every key (plural suffixes too) as it was. */
export function pseudoCatalogue(catalogue: object): object {
  return Object.fromEntries(
    Object.entries(catalogue).map(([key, value]: [string, unknown]) => [
      key,
      typeof value === 'string' ? pseudoLocalize(value) : typeof value === 'object' && value !== null ? pseudoCatalogue(value) : value,
    ]),
  );
}

/**
 * Switches the app to the pseudo-locale: the English strings already here now, and each English
 * namespace a lazy screen brings later as soon as it is added.
 */
export async function startPseudoLocale(i18n: I18n): Promise<void> {
  const mirror = (namespace: string) => {
    const english: unknown = i18n.getResourceBundle('en', namespace);
    if (typeof english === 'object' && english !== null) i18n.addResourceBundle(pseudoLocale, namespace, pseudoCatalogue(english));
  };
  i18n.store.on('added', (language: string, namespace: string) => {
    if (language === 'en') mirror(namespace);
  });
  for (const namespace of Object.keys(i18n.store.data['en'] ?? {})) mirror(namespace);
  await i18n.changeLanguage(pseudoLocale);
  document.documentElement.lang = pseudoLocale;
}
