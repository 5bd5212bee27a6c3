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
  | 'togglefullscreen';

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
    ...(options.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
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
