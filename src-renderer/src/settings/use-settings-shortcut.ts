import { useEffect } from 'react';
import { bitrixId } from '../bridge/bitrix-id.ts';

/**
 * Ctrl+, (⌘, on macOS): the usual way to a desktop app's settings, where the window's page sees the
 * key; and the app menu's "Settings…", which also covers the key pressed while a portal's page has focus.
 */
export function useSettingsShortcut(open: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== ',' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = bitrixId().on('shell.openSettings', open);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, [open]);
}
