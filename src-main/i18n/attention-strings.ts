import { mainLanguage } from './language.ts';

// What the Windows taskbar's unread overlay says to a screen reader; `count` is the badge's text ("3", "99+").
const catalogue = {
  en: { unread: (count: string) => `${count} unread` },
  ru: { unread: (count: string) => `Непрочитанных: ${count}` },
};
export type AttentionStrings = (typeof catalogue)['en'];

export const attentionStrings = (locale: string): AttentionStrings => catalogue[mainLanguage(locale)];
