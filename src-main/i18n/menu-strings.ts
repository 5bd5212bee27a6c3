import { mainStrings } from './main-strings.ts';
import type { MainStrings } from './main-en.ts';

export type MenuStrings = MainStrings['menu'];

export const menuStrings = (language: string): MenuStrings => mainStrings(language).menu;
