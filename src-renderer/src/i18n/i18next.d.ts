import type { en } from './en.ts';

// Types `t()` keys and interpolation variables from the English catalogue.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
