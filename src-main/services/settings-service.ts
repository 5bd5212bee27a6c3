import { ok, type DesktopSettings, type ParsedRequestOf, type Result } from '../../src-preload/contract.ts';
import { languageForLocale, resolveLanguage } from '../../src-preload/languages.ts';
import { failWith } from '../api/public-error.ts';
import type { DesktopHost } from '../config/desktop-host.ts';
import type { SettingsStore } from '../config/settings-store.ts';
import { Signal } from '../events/signal.ts';
import type { Logger } from '../logging/logger.ts';

export type SettingsChange = ParsedRequestOf<'settings.update'>;

export interface SettingsServiceOptions {
  store: SettingsStore;
  desktop: DesktopHost;
  /** The OS locale: the language when the person has not chosen one. */
  osLocale: string;
  /** `BITRIX_ID_MAX_LIVE_PORTALS` for this run: it wins over the saved number until the person sets one. */
  maxLivePortalViewsOverride?: number;
  log: Logger;
}

/** The Settings screen's choices: read from settings.json, changed only once they applied. */
export class SettingsService {
  /** Fires after every change, with the settings now in effect. */
  readonly onChanged = new Signal<DesktopSettings>();
  private readonly options: SettingsServiceOptions;
  private liveViewsOverride: number | undefined;

  constructor(options: SettingsServiceOptions) {
    this.options = options;
    this.liveViewsOverride = options.maxLivePortalViewsOverride;
  }

  current(): DesktopSettings {
    const saved = this.options.store.read();
    const { desktop } = this.options;
    return {
      language: saved.language ?? 'system',
      resolvedLanguage: resolveLanguage(saved.language ?? 'system', this.options.osLocale),
      systemLanguage: languageForLocale(this.options.osLocale),
      theme: saved.theme ?? 'system',
      closeToTray: desktop.capabilities.tray && (saved.closeToTray ?? desktop.closeToTrayByDefault),
      startAtLogin: desktop.capabilities.startAtLogin && (saved.startAtLogin ?? false),
      maxLivePortalViews: this.liveViewsOverride ?? saved.maxLivePortalViews,
      capabilities: desktop.capabilities,
    };
  }

  async update(change: SettingsChange): Promise<Result<DesktopSettings>> {
    const { desktop, store, log } = this.options;
    const unsupported =
      (change.closeToTray !== undefined && !desktop.capabilities.tray) ||
      (change.startAtLogin !== undefined && !desktop.capabilities.startAtLogin);
    if (unsupported) return failWith('unsupported');
    if (change.startAtLogin !== undefined && change.startAtLogin !== this.current().startAtLogin) {
      if (!(await desktop.setStartAtLogin(change.startAtLogin))) {
        log.warn('The OS did not take the start-at-login change');
        return failWith('internal');
      }
    }
    if (change.maxLivePortalViews !== undefined) this.liveViewsOverride = undefined;
    store.write(change);
    const settings = this.current();
    this.onChanged.fire(settings);
    return ok(settings);
  }
}
