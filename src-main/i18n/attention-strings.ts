import { mainStrings } from './main-strings.ts';
import type { MainStrings } from './main-en.ts';

/** What the Windows taskbar's unread overlay says to a screen reader; `count` is the badge's text ("3", "99+"). */
export type AttentionStrings = MainStrings['attention'];

export const attentionStrings = (language: string): AttentionStrings => mainStrings(language).attention;
