/** The languages main speaks in what it shows itself (the menu, its dialogs, the browser's callback pages). */
export type MainLanguage = 'en' | 'ru';

/** Russian for a Russian OS locale (`ru`, `ru-RU`…), English for any other. */
export const mainLanguage = (locale: string): MainLanguage => (locale.toLowerCase().startsWith('ru') ? 'ru' : 'en');
