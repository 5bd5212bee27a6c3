import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { accountEn } from '../../src-renderer/src/i18n/account-en.ts';
import { en } from '../../src-renderer/src/i18n/en.ts';
import { i18n, initI18n, withNamespace } from '../../src-renderer/src/i18n/i18n.ts';
import { pseudoCatalogue, pseudoLocaleFlag, pseudoLocalize } from '../../src-renderer/src/i18n/pseudo-locale.ts';
import { webEn } from '../../src-renderer/src/i18n/web-en.ts';
import { catalogueStrings } from './catalogue-strings.ts';

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\w*\/?>/g)].map((match) => match[0]);
const withoutPlaceholders = (text: string): string => text.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\w*\/?>/g, '');

describe('the pseudo-locale transform', () => {
  it('accents every letter, grows the text by at least 40% and marks both ends', () => {
    const pseudo = pseudoLocalize('Sign in to Bitrix ID');
    expect(pseudo).toMatch(/^\[Šîîĝñ îîñ ţöö Ɓîîţŕîîẋ ÎÎÐ .+\]$/);
    expect(pseudo.length - 2).toBeGreaterThanOrEqual(Math.ceil('Sign in to Bitrix ID'.length * 1.4));
  });

  it('keeps interpolation variables, their formats, nesting and markup as they are', () => {
    const pseudo = pseudoLocalize('Loading <0>portals</0>: {{loaded, number}} of {{total, number}} $t(portals.heading)');
    expect(placeholders(pseudo)).toEqual(['<0>', '</0>', '{{loaded, number}}', '{{total, number}}', '$t(portals.heading)']);
  });

  it.each([
    ['translation', en],
    ['account', accountEn],
    ['web', webEn],
  ] as const)('turns every %s string and keeps every key, plural suffixes too', (_, catalogue) => {
    const english = catalogueStrings(catalogue);
    const pseudo = catalogueStrings(pseudoCatalogue(catalogue));
    expect([...pseudo.keys()]).toEqual([...english.keys()]);
    for (const [key, text] of english) {
      const turned = pseudo.get(key) ?? '';
      expect(placeholders(turned), key).toEqual(placeholders(text));
      expect(withoutPlaceholders(turned), key).not.toMatch(/[A-Za-z]/);
      expect(withoutPlaceholders(turned).length, key).toBeGreaterThanOrEqual(withoutPlaceholders(text).length * 1.4);
    }
  });
});

describe('the pseudo-locale in the app', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('is what the app starts in when the flag is set, lazy screens included, with plurals and numbers still working', async () => {
    localStorage.setItem(pseudoLocaleFlag, 'en-XA');
    await initI18n();
    expect(i18n.language).toBe('en-XA');
    expect(document.documentElement.lang).toBe('en-XA');
    expect(i18n.t('signIn.submit')).toBe(pseudoLocalize(en.signIn.submit));
    expect(i18n.t('portals.progress', { loaded: 1200, total: 3400 })).toContain('1,200');

    await withNamespace('web', Promise.resolve(null));
    expect(i18n.t('web:unread', { count: 1 })).toBe(pseudoLocalize(webEn.unread_one).replace('{{count, number}}', '1').replace('{{count}}', '1'));
    expect(i18n.t('web:welcome.heading')).toBe(pseudoLocalize(webEn.welcome.heading));
  });
});

describe('plural forms', () => {
  it('follow Intl.PluralRules in Brazilian Portuguese, where zero takes the singular', async () => {
    const instance = i18next.createInstance();
    await instance.init({ lng: 'pt-BR', load: 'currentOnly', resources: { 'pt-BR': { translation: {} } } });
    const rules = new Intl.PluralRules('pt-BR');
    for (const count of [0, 1, 2, 1.5, 1_000_000]) {
      expect(instance.services.pluralResolver.getSuffix('pt-BR', count), `${count}`).toBe(`_${rules.select(count)}`);
    }
    expect(instance.services.pluralResolver.getSuffix('pt-BR', 0)).toBe('_one');
    expect(instance.services.pluralResolver.getSuffix('pt-PT', 0)).toBe('_other');
  });
});
