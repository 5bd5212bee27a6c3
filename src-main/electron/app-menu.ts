import { app, dialog, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import type { UpdateService } from '../updates/update-service.ts';

// The only strings main shows itself; the role menus are translated by Electron and the OS.
const menuStrings = {
  en: {
    showLogs: 'Show logs',
    checkForUpdates: 'Check for updates…',
    upToDate: 'You have the latest version.',
    downloading: (version: string) => `Version ${version} is downloading. You will be offered a restart when it is ready.`,
    ready: (version: string) => `Version ${version} is ready. Restart to update.`,
    failed: 'Could not check for updates. Try again later.',
    restart: 'Restart to update',
    later: 'Later',
  },
  ru: {
    showLogs: 'Показать журналы',
    checkForUpdates: 'Проверить обновления…',
    upToDate: 'У вас последняя версия.',
    downloading: (version: string) => `Версия ${version} загружается. Когда она будет готова, приложение предложит перезапуск.`,
    ready: (version: string) => `Версия ${version} готова. Перезапустите приложение, чтобы обновить его.`,
    failed: 'Не удалось проверить обновления. Попробуйте позже.',
    restart: 'Перезапустить и обновить',
    later: 'Позже',
  },
};
type MenuStrings = (typeof menuStrings)['en'];

/** Answers "Check for updates…" with what the check found; a ready update can be installed from here. */
async function checkForUpdates(updates: UpdateService, strings: MenuStrings): Promise<void> {
  const status = await updates.check();
  switch (status.state) {
    case 'up_to_date':
      await dialog.showMessageBox({ type: 'info', message: strings.upToDate });
      return;
    case 'downloading':
      await dialog.showMessageBox({ type: 'info', message: strings.downloading(status.version) });
      return;
    case 'ready': {
      const { response } = await dialog.showMessageBox({
        type: 'info',
        message: strings.ready(status.version),
        buttons: [strings.restart, strings.later],
        defaultId: 0,
        cancelId: 1,
      });
      if (response === 0) updates.restartToUpdate();
      return;
    }
    case 'failed':
      await dialog.showMessageBox({ type: 'warning', message: strings.failed });
      return;
    case 'disabled':
    case 'idle':
    case 'checking':
      // Off, or the updater said nothing: there is no finding to report.
      return;
  }
}

/** The standard menus, plus Help → Check for updates… and Help → Show logs (the app's log folder). */
export function installAppMenu(updates: UpdateService): void {
  const strings = app.getLocale().toLowerCase().startsWith('ru') ? menuStrings.ru : menuStrings.en;
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        // Greyed out, not hidden, when updates are off (development, no feed configured): the
        // person can see that this build does not update itself.
        { label: strings.checkForUpdates, enabled: updates.enabled, click: () => void checkForUpdates(updates, strings) },
        { label: strings.showLogs, click: () => void shell.openPath(app.getPath('logs')) },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
