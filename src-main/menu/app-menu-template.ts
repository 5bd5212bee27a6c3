import type { MenuStrings } from '../i18n/menu-strings.ts';

/** The roles the menu uses: Electron's names, so the template goes to Menu.buildFromTemplate as it is. */
type MenuRole =
  | 'appMenu'
  | 'fileMenu'
  | 'editMenu'
  | 'viewMenu'
  | 'windowMenu'
  | 'help'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'close'
  | 'quit';

/** The part of Electron's MenuTemplateItem the menu uses (main's logic imports no electron). */
export interface MenuTemplateItem {
  role?: MenuRole;
  type?: 'separator';
  label?: string;
  /** Electron's accelerator syntax, e.g. `CmdOrCtrl+Shift+S`. */
  accelerator?: string;
  enabled?: boolean;
  click?: () => void;
  submenu?: MenuTemplateItem[];
}

export interface AppMenuOptions {
  /** `app.isPackaged`: an installed build offers no developer tools. */
  packaged: boolean;
  platform: NodeJS.Platform;
  strings: MenuStrings;
  updatesEnabled: boolean;
  checkForUpdates(): void;
  showLogs(): void;
  /** Shows or hides the portals sidebar (the renderer keeps the state and remembers it). */
  toggleSidebar(): void;
  /** Shows the window and its Settings screen. */
  openSettings(): void;
}

/** The usual shortcut to a desktop app's settings; the window's page handles the same keys itself (`use-settings-shortcut.ts`). */
export const SETTINGS_ACCELERATOR = 'CmdOrCtrl+,';

/**
 * "Settings…" where each platform's people look for it: in the app menu on macOS (where other apps
 * have Settings… or Preferences…), in the File menu elsewhere. The rest of each menu is Electron's own.
 */
function settingsMenu(options: AppMenuOptions): MenuTemplateItem {
  const settings: MenuTemplateItem = { label: options.strings.settings, accelerator: SETTINGS_ACCELERATOR, click: options.openSettings };
  if (options.platform === 'darwin') {
    return {
      role: 'appMenu',
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        settings,
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    };
  }
  return { role: 'fileMenu', submenu: [settings, { type: 'separator' }, { role: 'quit' }] };
}

/** The sidebar's shortcut; the renderer handles the same keys itself (`use-sidebar-collapsed.ts`). */
export const TOGGLE_SIDEBAR_ACCELERATOR = 'CmdOrCtrl+Shift+S';

/**
 * The View menu: "Toggle sidebar", then Electron's own, less "Toggle Developer Tools" (and its
 * shortcut) in a packaged build, where the tools would let anyone at the keyboard read the page's
 * state and call the bridge.
 */
function viewMenu(options: AppMenuOptions): MenuTemplateItem {
  return {
    role: 'viewMenu',
    submenu: [
      { label: options.strings.toggleSidebar, accelerator: TOGGLE_SIDEBAR_ACCELERATOR, click: options.toggleSidebar },
      { type: 'separator' },
      { role: 'reload' },
      { role: 'forceReload' },
      ...(options.packaged ? [] : [{ role: 'toggleDevTools' as const }]),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

/** The standard menus, plus Help → Check for updates… and Help → Show logs (the app's log folder). */
export function appMenuTemplate(options: AppMenuOptions): MenuTemplateItem[] {
  return [
    settingsMenu(options),
    ...(options.platform === 'darwin' ? [{ role: 'fileMenu' as const, submenu: [{ role: 'close' as const }] }] : []),
    { role: 'editMenu' },
    viewMenu(options),
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        // Greyed out, not hidden, when updates are off (development, no feed configured): the
        // person can see that this build does not update itself.
        { label: options.strings.checkForUpdates, enabled: options.updatesEnabled, click: options.checkForUpdates },
        { label: options.strings.showLogs, click: options.showLogs },
      ],
    },
  ];
}
