import { describe, expect, it } from 'vitest';
import type { UpdateStatus } from '../../src-preload/contract.ts';
import { languageForLocale } from '../../src-preload/languages.ts';
import { menuStrings } from '../../src-main/i18n/menu-strings.ts';
import { callbackPage } from '../../src-main/services/social/callback-pages.ts';
import { updateCheckDialog } from '../../src-main/updates/update-dialog.ts';

const en = menuStrings('en-US');

describe('what "Check for updates…" says', () => {
  it('says the app is up to date, or that a version is downloading, with no restart to offer', () => {
    expect(updateCheckDialog({ state: 'up_to_date' }, en)).toEqual({
      dialog: { type: 'info', message: 'You have the latest version.' },
      restartButton: null,
    });
    expect(updateCheckDialog({ state: 'downloading', version: '1.2.0' }, en)).toEqual({
      dialog: { type: 'info', message: expect.stringContaining('Version 1.2.0 is downloading') },
      restartButton: null,
    });
  });

  it('offers a restart into a ready update, which is also the default button; "Later" cancels', () => {
    const answer = updateCheckDialog({ state: 'ready', version: '1.2.0' }, en);
    expect(answer?.dialog).toMatchObject({ type: 'info', message: 'Version 1.2.0 is ready. Restart to update.' });
    const buttons = answer?.dialog.buttons ?? [];
    expect(buttons[answer?.restartButton ?? -1]).toBe('Restart to update');
    expect(answer?.dialog.defaultId).toBe(answer?.restartButton);
    expect(buttons[answer?.dialog.cancelId ?? -1]).toBe('Later');
  });

  it('warns when the check failed, without the error itself', () => {
    const failed: UpdateStatus = { state: 'failed', error: { code: 'network' } };
    expect(updateCheckDialog(failed, en)).toEqual({
      dialog: { type: 'warning', message: 'Could not check for updates. Try again later.' },
      restartButton: null,
    });
  });

  it.each(['disabled', 'idle', 'checking'] as const)('says nothing when the status is %s', (state) => {
    expect(updateCheckDialog({ state }, en)).toBeNull();
  });

  it('speaks Russian on a Russian system', () => {
    const answer = updateCheckDialog({ state: 'ready', version: '1.2.0' }, menuStrings('ru-RU'));
    expect(answer?.dialog.message).toBe('Версия 1.2.0 готова. Перезапустите приложение, чтобы обновить его.');
    expect(answer?.dialog.buttons).toEqual(['Перезапустить и обновить', 'Позже']);
  });
});

describe("main's own language", () => {
  it("is the OS locale's language when the app has it, Brazilian Portuguese for any Portuguese, and English otherwise", () => {
    expect(['ru', 'ru-RU', 'RU', 'ru_UA'].map(languageForLocale)).toEqual(['ru', 'ru', 'ru', 'ru']);
    expect(['de-AT', 'pt-PT', 'pt_BR', 'uk-UA', 'pl'].map(languageForLocale)).toEqual(['de', 'pt-BR', 'pt-BR', 'uk', 'pl']);
    expect(['en', 'en-GB', 'it-IT', 'zh-Hans-CN', ''].map(languageForLocale)).toEqual(['en', 'en', 'en', 'en', 'en']);
  });

  it("marks the browser's callback page with the language it is written in", () => {
    expect(callbackPage({ kind: 'signed_in' }, 'RU')).toContain('<html lang="ru">');
    expect(callbackPage({ kind: 'signed_in' }, 'RU')).toContain('<h1>Вы вошли в Bitrix ID</h1>');
    expect(callbackPage({ kind: 'denied' }, 'it-IT')).toContain('<html lang="en">');
    expect(callbackPage({ kind: 'denied' }, 'it-IT')).toContain('<h1>Cancelled in the browser</h1>');
  });
});
