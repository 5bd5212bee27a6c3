import { useEffect, useEffectEvent } from 'react';
import type { Portal, PortalShortcut } from '../../../src-preload/contract.ts';
import { bitrixId } from '../bridge/bitrix-id.ts';
import type { ListedPortal } from './portal-order.ts';

/**
 * Ctrl+1…9 (Cmd on a Mac) and Ctrl+Tab / Ctrl+Shift+Tab, or null for any other key. The digit is
 * read from the key's position (`code`), so layouts that type digits with Shift work too.
 */
function shortcutOf(event: KeyboardEvent): PortalShortcut | null {
  if (event.altKey) return null;
  if (event.key === 'Tab' && event.ctrlKey && !event.metaKey) return { kind: event.shiftKey ? 'previous' : 'next' };
  const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
  if (digit && (event.ctrlKey || event.metaKey) && !event.shiftKey) return { kind: 'index', index: Number(digit) - 1 };
  return null;
}

/** The portal a shortcut goes to in the list as shown, or undefined if there is none. */
function targetOf(shortcut: PortalShortcut, listed: ListedPortal[], chosenId: string | null): Portal | undefined {
  if (shortcut.kind === 'index') return listed[shortcut.index]?.portal;
  if (listed.length === 0) return undefined;
  const at = listed.findIndex((entry) => entry.portal.id === chosenId);
  // With nothing chosen (or the chosen one filtered out), "next" is the first and "previous" the last.
  const next = shortcut.kind === 'next' ? (at + 1) % listed.length : at <= 0 ? listed.length - 1 : at - 1;
  return listed[next]?.portal;
}

/**
 * Switches portals from the keyboard, counting them as the list shows them (search and sort
 * applied): pressed in this window, or in a portal's view (main forwards those as `portals.shortcut`).
 */
export function usePortalShortcuts(
  enabled: boolean,
  listed: ListedPortal[],
  chosenId: string | null,
  open: (portal: Portal) => void,
): void {
  const go = useEffectEvent((shortcut: PortalShortcut): boolean => {
    const target = targetOf(shortcut, listed, chosenId);
    if (target) open(target);
    return target !== undefined;
  });

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = shortcutOf(event);
      if (shortcut && go(shortcut)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = bitrixId().on('portals.shortcut', (shortcut) => void go(shortcut));
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, [enabled]);
}
