import { app, dialog, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import { menuStrings, type MenuStrings } from '../i18n/menu-strings.ts';
import { updateCheckDialog } from '../updates/update-dialog.ts';
import type { UpdateService } from '../updates/update-service.ts';

/** Answers "Check for updates…" with what the check found; a ready update can be installed from here. */
async function checkForUpdates(updates: UpdateService, strings: MenuStrings): Promise<void> {
  const answer = updateCheckDialog(await updates.check(), strings);
  if (!answer) return;
  const { response } = await dialog.showMessageBox(answer.dialog);
  if (response === answer.restartButton) updates.restartToUpdate();
}

/** The standard menus, plus Help → Check for updates… and Help → Show logs (the app's log folder). */
export function installAppMenu(updates: UpdateService): void {
  const strings = menuStrings(app.getLocale());
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
