import { useCallback, useEffect, useState } from 'react';
import { bitrixId } from '../bridge/bitrix-id.ts';

/** Where the choice is kept: a layout preference, nothing secret, so the renderer's own storage will do. */
const STORAGE_KEY = 'bitrix-id:sidebar-collapsed';

function readCollapsed(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'true';
  } catch {
    // Storage can be disabled: the sidebar then starts shown.
    return false;
  }
}

function storeCollapsed(collapsed: boolean): void {
  try {
    localStorage.setItem(STORAGE_KEY, String(collapsed));
  } catch {
    // Not remembering the choice is harmless.
  }
}

/**
 * Ctrl+Shift+S (Cmd+Shift+S on a Mac), read from the key's position (`code`) so that it works in
 * every keyboard layout. Either modifier is taken, as the portal shortcuts do.
 */
export const isToggleSidebarKey = (event: KeyboardEvent): boolean =>
  event.code === 'KeyS' && event.shiftKey && !event.altKey && event.ctrlKey !== event.metaKey;

/**
 * Whether the portals sidebar is collapsed, remembered across restarts, and the ways to toggle it
 * besides its button: the keyboard shortcut in this window, and the app menu's item (main sends
 * `shell.toggleSidebar`, which also covers the shortcut pressed while a portal's page has focus).
 */
export function useSidebarCollapsed(enabled: boolean): [collapsed: boolean, toggle: () => void] {
  const [collapsed, setCollapsed] = useState(readCollapsed);

  const toggle = useCallback(() => setCollapsed((was) => !was), []);

  useEffect(() => storeCollapsed(collapsed), [collapsed]);

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isToggleSidebarKey(event)) return;
      // Handled here, so the menu's accelerator does not toggle it a second time.
      event.preventDefault();
      toggle();
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = bitrixId().on('shell.toggleSidebar', toggle);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, [enabled, toggle]);

  return [collapsed, toggle];
}
