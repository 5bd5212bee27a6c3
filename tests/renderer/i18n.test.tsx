import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en, type Catalogue } from '../../src-renderer/src/i18n/en.ts';
import { detectLanguage, i18n, initI18n } from '../../src-renderer/src/i18n/i18n.ts';
import { ru } from '../../src-renderer/src/i18n/ru.ts';
import { FakeBridge, ok, signedIn } from './fake-bridge.ts';
import { findSignInHeading, renderApp } from './render-app.tsx';

/** Every leaf of a catalogue as "path: {{placeholders}}", so keys and variables are compared together. */
function leaves(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]: [string, unknown]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      const variables = [...value.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
      return [`${path}: ${variables.join(',')}`];
    }
    return typeof value === 'object' && value !== null ? leaves(value, path) : [`${path}: not a string`];
  });
}

describe('languages', () => {
  it('switches the sign-in screen to Russian and remembers the choice', async () => {
    const { user } = renderApp();
    await findSignInHeading();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Русский');

    expect(await screen.findByRole('heading', { name: 'Вход в Bitrix ID' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Войти' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Язык' })).toBeTruthy();
    expect(localStorage.getItem('bitrix-id.language')).toBe('ru');
    expect(document.documentElement.lang).toBe('ru');
  });

  it('switches from the header of the signed-in shell too', async () => {
    const { user } = renderApp(new FakeBridge().respond('session.get', () => ok(signedIn())));
    await screen.findByRole('heading', { name: 'Choose a portal' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ru');

    expect(await screen.findByRole('heading', { name: 'Выберите портал' })).toBeTruthy();
    expect(await screen.findByText('Администратор')).toBeTruthy();
  });

  it('starts in the remembered language', async () => {
    localStorage.setItem('bitrix-id.language', 'ru');
    await act(async () => initI18n());
    expect(i18n.language).toBe('ru');

    renderApp();

    expect(await screen.findByRole('heading', { name: 'Вход в Bitrix ID' })).toBeTruthy();
  });

  it('follows the OS language unless a choice was remembered', () => {
    expect(detectLanguage(null, 'ru-RU')).toBe('ru');
    expect(detectLanguage(null, 'RU')).toBe('ru');
    expect(detectLanguage(null, 'de-DE')).toBe('en');
    expect(detectLanguage(null, undefined)).toBe('en');
    expect(detectLanguage('en', 'ru-RU')).toBe('en');
    expect(detectLanguage('klingon', 'ru-RU')).toBe('ru');
  });

  it('has every English key, with the same variables, in Russian', () => {
    expect(leaves(ru).sort()).toEqual(leaves(en).sort());
    expect(leaves(en).length).toBeGreaterThan(40);
  });

  it('rejects a Russian catalogue with a missing key at type level', () => {
    type SignInWithoutHeading = Omit<Catalogue['signIn'], 'heading'>;
    const signInWithoutHeading = Object.fromEntries(
      Object.entries(ru.signIn).filter(([key]) => key !== 'heading'),
    ) as SignInWithoutHeading;
    // @ts-expect-error a catalogue without signIn.heading is not a Catalogue (tsc fails if this compiles)
    const incomplete: Catalogue = { ...ru, signIn: signInWithoutHeading };
    expect(leaves(incomplete)).not.toEqual(leaves(en));
  });
});
