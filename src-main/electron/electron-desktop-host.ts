import { app } from 'electron';
import type { DesktopHost } from '../config/desktop-host.ts';
import { autostartDir, autostartEntry, launchCommand, setLinuxAutostart, START_MINIMIZED_FLAG, startsMinimized } from '../desktop/start-at-login.ts';

/** macOS and Windows keep login items themselves; every other desktop (Linux, the BSDs) reads XDG autostart files. */
const hasLoginItems = (platform: NodeJS.Platform) => platform === 'darwin' || platform === 'win32';

/**
 * The desktop as Electron has it: a tray (the menu bar on macOS) and login items. Closing the window
 * keeps the app in the tray by default except on macOS, where the dock keeps it.
 */
export function createElectronDesktopHost(platform: NodeJS.Platform): DesktopHost {
  return {
    capabilities: { tray: true, startAtLogin: true },
    closeToTrayByDefault: platform !== 'darwin',
    async setStartAtLogin(enabled) {
      if (!hasLoginItems(platform)) {
        // A development run starts Electron on the project's folder; an installed one, itself.
        const command = launchCommand(process.execPath, process.env, app.isPackaged ? [] : [app.getAppPath()]);
        return setLinuxAutostart(autostartDir(process.env, app.getPath('home')), enabled, () => autostartEntry(command, app.getName()));
      }
      // Windows starts the app with the flag; macOS says so through wasOpenedAtLogin.
      const args = [START_MINIMIZED_FLAG];
      app.setLoginItemSettings({ openAtLogin: enabled, args });
      return app.getLoginItemSettings({ args }).openAtLogin === enabled;
    },
  };
}

/** This launch is the login item's: the window stays hidden and the tray is there. */
export const openedAtLogin = (platform: NodeJS.Platform, argv: readonly string[]): boolean =>
  startsMinimized(argv) || (platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin);
