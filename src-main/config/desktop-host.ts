import type { DesktopCapabilities } from '../../src-preload/contract.ts';

/**
 * What the settings need from the desktop they run on: Electron's tray and login items, or the
 * browser harness, which has neither. Everything else a change touches (the menu's language, the
 * theme, the tray) follows `SettingsService.onChanged`.
 */
export interface DesktopHost {
  readonly capabilities: DesktopCapabilities;
  /** Whether closing the window keeps the app in the tray until the person chooses (off on macOS, where the dock does it). */
  readonly closeToTrayByDefault: boolean;
  /** Turns starting at login on or off in the OS; false when the OS refused (its entry could not be written). */
  setStartAtLogin(enabled: boolean): Promise<boolean>;
}

/** A desktop without a tray or login items: the browser harness, and tests that do not need them. */
export const plainDesktopHost: DesktopHost = {
  capabilities: { tray: false, startAtLogin: false },
  closeToTrayByDefault: false,
  setStartAtLogin: async () => false,
};
