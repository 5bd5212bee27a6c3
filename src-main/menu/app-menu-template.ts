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
}

/**
 * The View menu: Electron's own, less "Toggle Developer Tools" (and its shortcut) in a packaged build,
 * where the tools would let anyone at the keyboard read the page's state and call the bridge.
 */
function viewMenu(packaged: boolean): MenuTemplateItem {
  return {
    role: 'viewMenu',
    submenu: [
      { role: 'reload' },
      { role: 'forceReload' },
      ...(packaged ? [] : [{ role: 'toggleDevTools' as const }]),
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
    viewMenu(options.packaged),
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
