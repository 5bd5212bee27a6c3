import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron';

// The only strings main shows itself; the role menus are translated by Electron and the OS.
const menuStrings = {
  en: { showLogs: 'Show logs' },
  ru: { showLogs: 'Показать журналы' },
} as const;

/** The standard menus, plus Help → Show logs, which opens the app's log folder. */
export function installAppMenu(): void {
  const strings = app.getLocale().toLowerCase().startsWith('ru') ? menuStrings.ru : menuStrings.en;
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: strings.showLogs, click: () => void shell.openPath(app.getPath('logs')) }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
