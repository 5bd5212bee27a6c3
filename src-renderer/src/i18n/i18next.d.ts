import type { accountEn } from './account-en.ts';
import type { en } from './en.ts';
import type { webEn } from './web-en.ts';

// Types `t()` keys and interpolation variables from the English catalogues (one per namespace).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en; account: typeof accountEn; web: typeof webEn };
  }
}
