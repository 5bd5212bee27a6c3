import type { UpdateStatus } from '../../src-preload/contract.ts';
import type { MenuStrings } from '../i18n/menu-strings.ts';

/** A message box, as Electron's dialog takes it. */
export interface UpdateDialog {
  type: 'info' | 'warning';
  message: string;
  buttons?: string[];
  defaultId?: number;
  cancelId?: number;
}

/**
 * What "Check for updates…" tells the person once the check is over, and which button (if any)
 * restarts into a ready update; null when the check found nothing to report (updates are off, or
 * the updater said nothing).
 */
export function updateCheckDialog(status: UpdateStatus, strings: MenuStrings): { dialog: UpdateDialog; restartButton: number | null } | null {
  switch (status.state) {
    case 'up_to_date':
      return { dialog: { type: 'info', message: strings.upToDate }, restartButton: null };
    case 'downloading':
      return { dialog: { type: 'info', message: strings.downloading(status.version) }, restartButton: null };
    case 'ready':
      return {
        dialog: { type: 'info', message: strings.ready(status.version), buttons: [strings.restart, strings.later], defaultId: 0, cancelId: 1 },
        restartButton: 0,
      };
    case 'failed':
      return { dialog: { type: 'warning', message: strings.failed }, restartButton: null };
    case 'disabled':
    case 'idle':
    case 'checking':
      return null;
  }
}
