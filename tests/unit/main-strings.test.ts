import { describe, expect, it } from 'vitest';
import { mainStrings } from '../../src-main/i18n/main-strings.ts';
import { uiLanguages } from '../../src-preload/languages.ts';

describe.each(uiLanguages.filter((language) => language !== 'en'))("main's %s strings", (language) => {
  it('have the English keys, each with the same placeholders', () => {
    const marker = (index: number) => `⟦${index}⟧`;
    const rendered = (catalogue: object): Map<string, string> => {
      const out = new Map<string, string>();
      const walk = (value: unknown, path: string) => {
        if (typeof value === 'function') {
          const result: unknown = (value as (...args: string[]) => unknown)(...Array.from({ length: value.length }, (_, index) => marker(index)));
          walk(result, `${path}()`);
        } else if (typeof value === 'string') out.set(path, value);
        else if (typeof value === 'object' && value !== null) for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
      };
      walk(catalogue, '');
      return out;
    };
    const source = rendered(mainStrings('en'));
    const translated = rendered(mainStrings(language));
    expect([...translated.keys()].sort()).toEqual([...source.keys()].sort());
    const markers = (text: string) => [...text.matchAll(/⟦\d+⟧/g)].map((match) => match[0]).sort().join();
    expect([...source].filter(([key, text]) => markers(translated.get(key) ?? '') !== markers(text)).map(([key]) => key)).toEqual([]);
  });
});
