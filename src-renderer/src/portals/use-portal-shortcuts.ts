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

/**
 * A shortcut a portal frame of the browser harness posted (its page would swallow the keys): only from
 * one of the app's own portal frames, and only a shortcut's name; anything else is ignored.
 */
function shortcutFromFrame(event: MessageEvent<unknown>): PortalShortcut | null {
  const fromPortalFrame = [...document.querySelectorAll<HTMLIFrameElement>('iframe.portal-frame')].some(
    (frame) => frame.contentWindow !== null && frame.contentWindow === event.source,
  );
  if (!fromPortalFrame || event.origin !== 'null') return null;
  const { data } = event;
  if (typeof data !== 'object' || data === null || !('portalShortcut' in data)) return null;
  const name = data.portalShortcut;
  if (name === 'next' || name === 'previous') return { kind: name };
  if (typeof name === 'string' && /^[1-9]$/.test(name)) return { kind: 'index', index: Number(name) - 1 };
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
 * applied): pressed in this window, or in a portal's view (main forwards those as `portals.shortcut`;
 * the harness's portal frames post them).
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
    const onMessage = (event: MessageEvent<unknown>) => {
      const shortcut = shortcutFromFrame(event);
      if (shortcut) go(shortcut);
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('message', onMessage);
    const unsubscribe = bitrixId().on('portals.shortcut', (shortcut) => void go(shortcut));
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('message', onMessage);
      unsubscribe();
    };
  }, [enabled]);
}
