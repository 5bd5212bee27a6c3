import { create } from 'zustand';
import type { BridgeError, DesktopSettings, RequestOf } from '../../../src-preload/contract.ts';
import { bitrixId, call } from '../bridge/bitrix-id.ts';
import { setLanguage, takeLegacyChoice } from '../i18n/i18n.ts';
import { createRequestGuard } from './request-guard.ts';
import { applyTheme } from './theme.ts';

/** One change the Settings screen sends: a single setting at a time. */
export type SettingsChange = NonNullable<RequestOf<'settings.update'>>;
export type SettingKey = keyof SettingsChange;

interface SettingsStore {
  /** What main has applied; null until `settings.get` answers. */
  settings: DesktopSettings | null;
  /** The values main is applying now: the controls show them, busy, until main answers. */
  pending: SettingsChange;
  /** Why main refused the last change of a setting; the setting kept its value. */
  refused: Partial<Record<SettingKey, BridgeError>>;

  /** Asks main for the settings and follows `settings.changed`; returns the unsubscribe. */
  follow(): () => void;
  /** Sends one change; resolves once main applied it (and the window follows) or refused it. */
  change<K extends SettingKey>(key: K, value: Required<SettingsChange>[K]): Promise<void>;
}

const without = <T extends object>(record: T, key: keyof T): T =>
  Object.fromEntries(Object.entries(record).filter(([name]) => name !== key)) as T;

/** The window follows what main applied: its theme at once, its language once the catalogue is here. */
async function follow(settings: DesktopSettings): Promise<void> {
  applyTheme(settings.theme);
  await setLanguage(settings.resolvedLanguage);
}

export const useSettingsStore = create<SettingsStore>()((set, get) => {
  /** Invalidated by every start, so an earlier start's answers are dropped. */
  const starts = createRequestGuard();

  const shown = async (settings: DesktopSettings) => {
    set({ settings });
    await follow(settings);
  };

  return {
    settings: null,
    pending: {},
    refused: {},

    follow() {
      starts.invalidate();
      const current = starts.begin();
      set({ settings: null, pending: {}, refused: {} });
      const unsubscribe = bitrixId().on('settings.changed', (settings) => void shown(settings));
      void call((api) => api.settings.get()).then(async (result) => {
        if (!current() || !result.ok) return;
        // A language chosen before main kept the choice (the window shows it already) goes to main
        // once, unless main has one: the window stays in it rather than flashing the OS's first.
        const legacy = takeLegacyChoice();
        if (legacy === null || result.value.language !== 'system') {
          await shown(result.value);
          return;
        }
        set({ settings: result.value });
        applyTheme(result.value.theme);
        await get().change('language', legacy);
        // Refused, the window follows main's language after all.
        const settings = get().settings;
        if (settings && current()) await setLanguage(settings.resolvedLanguage);
      });
      return () => {
        if (current()) starts.invalidate();
        unsubscribe();
      };
    },

    async change(key, value) {
      if (key in get().pending) return;
      const current = starts.begin();
      set((state) => ({ pending: { ...state.pending, [key]: value }, refused: without(state.refused, key) }));
      const result = await call((api) => api.settings.update({ [key]: value }));
      if (result.ok && current()) await shown(result.value);
      if (!current()) return;
      set((state) => ({
        pending: without(state.pending, key),
        refused: result.ok ? state.refused : { ...state.refused, [key]: result.error },
      }));
    },
  };
});
