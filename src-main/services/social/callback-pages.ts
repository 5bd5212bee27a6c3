import { mainLanguage } from '../../i18n/language.ts';

/** The small pages the loopback listener answers in the system browser, in the OS language. */
const strings = {
  en: {
    title: 'Bitrix ID',
    done: 'You are signed in. You can close this tab and go back to Bitrix ID Desktop.',
    denied: 'Sign-in was cancelled. You can close this tab and go back to Bitrix ID Desktop.',
    foreign: 'This link does not belong to the sign-in Bitrix ID Desktop is waiting for.',
  },
  ru: {
    title: 'Bitrix ID',
    done: 'Вход выполнен. Закройте эту вкладку и вернитесь в Bitrix ID Desktop.',
    denied: 'Вход отменён. Закройте эту вкладку и вернитесь в Bitrix ID Desktop.',
    foreign: 'Эта ссылка не относится ко входу, которого ждёт Bitrix ID Desktop.',
  },
} as const;

export type CallbackPage = 'done' | 'denied' | 'foreign';

export function callbackPage(page: CallbackPage, locale: string): string {
  const language = mainLanguage(locale);
  const text = strings[language];
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${text.title}</title></head><body><main><h1>${text.title}</h1><p>${text[page]}</p></main></body></html>`;
}
