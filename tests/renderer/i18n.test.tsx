import { act, renderHook, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accountEn, type AccountCatalogue } from '../../src-renderer/src/i18n/account-en.ts';
import { accountRu } from '../../src-renderer/src/i18n/account-ru.ts';
import { useDescribeError } from '../../src-renderer/src/i18n/describe-error.ts';
import { en, type Catalogue } from '../../src-renderer/src/i18n/en.ts';
import { detectLanguage, i18n, initI18n } from '../../src-renderer/src/i18n/i18n.ts';
import { ru } from '../../src-renderer/src/i18n/ru.ts';
import { FakeBridge, ok, signedIn } from './fake-bridge.ts';
import { chooseFromAccountMenu, findSignInHeading, openProfile, renderApp, renderSignedIn } from './render-app.tsx';

/** Every leaf of a catalogue as "path: {{placeholders}}", so keys and variables are compared together. */
function leaves(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]: [string, unknown]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      // `{{name}}` or, formatted, `{{name, number}}`.
      const variables = [...value.matchAll(/\{\{(\w+)(?:,[^}]*)?\}\}/g)].map((match) => match[1]).sort();
      return [`${path}: ${variables.join(',')}`];
    }
    return typeof value === 'object' && value !== null ? leaves(value, path) : [`${path}: not a string`];
  });
}

/** Main, with Russian chosen on the Settings screen earlier. */
function russianMain(): FakeBridge {
  const bridge = new FakeBridge();
  bridge.settings = { ...bridge.settings, language: 'ru', resolvedLanguage: 'ru' };
  return bridge;
}

/** Main tells the window of a language chosen elsewhere (its tray menu, another window). */
const mainChoosesRussian = (bridge: FakeBridge) =>
  act(() => {
    bridge.settings = { ...bridge.settings, language: 'ru', resolvedLanguage: 'ru' };
    bridge.emit('settings.changed', structuredClone(bridge.settings));
  });

describe('languages', () => {
  it('switches the sign-in screen to Russian and has main remember the choice', async () => {
    const { bridge, user } = renderApp();
    await findSignInHeading();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Русский');

    expect(await screen.findByRole('heading', { name: 'Вход в Bitrix ID' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Войти' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Язык' })).toBeTruthy();
    expect(bridge.settings.language).toBe('ru');
    // The window's own note of it, for the next start's first paint.
    expect(localStorage.getItem('bitrix-id.ui-language')).toBe('ru');
    expect(document.documentElement.lang).toBe('ru');
  });

  it('offers the system language first, by the language’s own name, then every language in its own', async () => {
    const bridge = new FakeBridge();
    // A German system, English chosen.
    bridge.settings = { ...bridge.settings, language: 'en', systemLanguage: 'de' };
    renderApp(bridge);
    const select = await screen.findByRole('combobox', { name: 'Language' });
    await waitFor(() => expect((select as HTMLSelectElement).value).toBe('en'));

    const options = within(select).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'System language (Deutsch)',
      'English',
      'Русский',
      'Deutsch',
      'Español',
      'Português (Brasil)',
      'Polski',
      'Français',
      'Українська',
    ]);
    expect(options.slice(1).map((option) => option.getAttribute('lang'))).toEqual(['en', 'ru', 'de', 'es', 'pt-BR', 'pl', 'fr', 'uk']);
  });

  it('switches from the Settings screen of the signed-in shell, whose header has no language select', async () => {
    const { user } = renderApp(new FakeBridge().respond('session.get', () => ok(signedIn())));
    await screen.findByRole('heading', { name: 'Choose a portal' });
    expect(within(screen.getByRole('banner')).queryByRole('combobox')).toBeNull();

    await chooseFromAccountMenu(user, 'Settings…');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Language of the app' }), 'ru');

    expect(await screen.findByRole('heading', { level: 1, name: 'Настройки' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'К порталам' }));
    expect(await screen.findByRole('heading', { name: 'Выберите портал' })).toBeTruthy();
    expect(await screen.findByText('Администратор')).toBeTruthy();
  });

  it('starts in the language shown last, then follows main', async () => {
    localStorage.setItem('bitrix-id.ui-language', 'ru');
    await act(async () => initI18n());
    expect(i18n.language).toBe('ru');

    renderApp(russianMain());

    expect(await screen.findByRole('heading', { name: 'Вход в Bitrix ID' })).toBeTruthy();
  });

  it('follows main when the language shown last is no longer the choice', async () => {
    localStorage.setItem('bitrix-id.ui-language', 'ru');
    await act(async () => initI18n());

    const { bridge } = renderApp();

    expect(await screen.findByRole('heading', { name: 'Sign in to Bitrix ID' })).toBeTruthy();
    expect(localStorage.getItem('bitrix-id.ui-language')).toBe('en');
    expect(bridge.callsTo('settings.update')).toEqual([]);
  });

  it('hands a choice an earlier version kept in the window to main, once', async () => {
    localStorage.setItem('bitrix-id.language', 'ru');
    await act(async () => initI18n());

    const { bridge } = renderApp();

    expect(await screen.findByRole('heading', { name: 'Вход в Bitrix ID' })).toBeTruthy();
    await waitFor(() => expect(bridge.settings.language).toBe('ru'));
    expect(localStorage.getItem('bitrix-id.language')).toBeNull();
  });

  it('says when to try again for the errors that carry a wait, and only for those', () => {
    const { result } = renderHook(() => useDescribeError());
    const describe = result.current;

    expect(describe({ code: 'rate_limited', retryAfterMs: 90_000 })).toBe('Too many attempts. Try again in 2 minutes.');
    expect(describe({ code: 'rate_limited' })).toBe('Too many attempts. Wait a little and try again.');
    expect(describe({ code: 'sms_unavailable', retryAfterMs: 30_000 })).toBe(
      'Text messages cannot be sent right now; email still works. Try again in 30 seconds.',
    );
    expect(describe({ code: 'sms_unavailable' })).toBe(
      'Text messages cannot be sent right now; email still works. Try again later.',
    );
    // A wait on another error is not a reason to invent a sentence.
    expect(describe({ code: 'network', retryAfterMs: 5000 })).toContain('Could not connect to Bitrix ID.');
  });

  it('follows the OS language unless a choice was remembered', () => {
    expect(detectLanguage(null, 'ru-RU')).toBe('ru');
    expect(detectLanguage(null, 'RU')).toBe('ru');
    expect(detectLanguage(null, 'de-DE')).toBe('de');
    expect(detectLanguage(null, 'it-IT')).toBe('en');
    expect(detectLanguage(null, undefined)).toBe('en');
    expect(detectLanguage('en', 'ru-RU')).toBe('en');
    expect(detectLanguage('klingon', 'ru-RU')).toBe('ru');
  });

  it('has every English key, with the same variables, in Russian', () => {
    expect(leaves(ru).sort()).toEqual(leaves(en).sort());
    expect(leaves(en).length).toBeGreaterThan(40);
  });

  it('has every English key of the lazy screens’ strings, with the same variables, in Russian', () => {
    expect(leaves(accountRu).sort()).toEqual(leaves(accountEn).sort());
    expect(leaves(accountEn).length).toBeGreaterThan(100);
  });

  it('rejects a Russian account catalogue with a missing key at type level', () => {
    type RecoveryWithoutHeading = Omit<AccountCatalogue['recovery'], 'heading'>;
    const recoveryWithoutHeading = Object.fromEntries(
      Object.entries(accountRu.recovery).filter(([key]) => key !== 'heading'),
    ) as RecoveryWithoutHeading;
    // @ts-expect-error a catalogue without recovery.heading is not an AccountCatalogue
    const incomplete: AccountCatalogue = { ...accountRu, recovery: recoveryWithoutHeading };
    expect(leaves(incomplete)).not.toEqual(leaves(accountEn));
  });

  it('shows the profile in Russian, switching while it is open', async () => {
    const { bridge, user } = renderSignedIn();
    await openProfile(user);
    await screen.findByRole('region', { name: 'Email' });

    mainChoosesRussian(bridge);

    const email = await screen.findByRole('region', { name: 'Эл. почта' });
    expect(within(email).getByRole('button', { name: 'Изменить эл. почту' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Пароли' })).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Пароль' })).getByText(/^Последнее изменение: 3 марта 2025/)).toBeTruthy();
  });

  it('opens the profile in Russian when that is the starting language', async () => {
    localStorage.setItem('bitrix-id.ui-language', 'ru');
    await act(async () => initI18n());
    const { user } = renderSignedIn(russianMain());

    await chooseFromAccountMenu(user, 'Профиль и безопасность');

    expect(await screen.findByRole('region', { name: 'Социальные сети' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Назад к порталам' })).toBeTruthy();
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
