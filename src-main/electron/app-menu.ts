import { app, dialog, Menu, shell } from 'electron';
import type { EmitEvent } from '../events/event-sink.ts';
import { menuStrings, type MenuStrings } from '../i18n/menu-strings.ts';
import { appMenuTemplate } from '../menu/app-menu-template.ts';
import { updateCheckDialog } from '../updates/update-dialog.ts';
import type { UpdateService } from '../updates/update-service.ts';

/** Answers "Check for updates…" with what the check found; a ready update can be installed from here. */
async function checkForUpdates(updates: UpdateService, strings: MenuStrings): Promise<void> {
  const answer = updateCheckDialog(await updates.check(), strings);
  if (!answer) return;
  const { response } = await dialog.showMessageBox(answer.dialog);
  if (response === answer.restartButton) updates.restartToUpdate();
}

/** Sets the app menu in the app's language; built again whenever the language changes. */
export function installAppMenu(updates: UpdateService, emit: EmitEvent, language: string, showWindow: () => void): void {
  const strings = menuStrings(language);
  const template = appMenuTemplate({
    packaged: app.isPackaged,
    platform: process.platform,
    strings,
    updatesEnabled: updates.enabled,
    checkForUpdates: () => void checkForUpdates(updates, strings),
    showLogs: () => void shell.openPath(app.getPath('logs')),
    toggleSidebar: () => emit('shell.toggleSidebar', null),
    openSettings: () => {
      // On macOS the menu stays while the window is hidden in the tray.
      showWindow();
      emit('shell.openSettings', null);
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
