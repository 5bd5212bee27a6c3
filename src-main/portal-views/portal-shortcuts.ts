import type { PortalShortcut } from '../../src-preload/contract.ts';

/** The parts of a key press the shortcuts depend on (Electron's `Input` has them). */
export interface KeyPress {
  type: string;
  key: string;
  control: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
}

/**
 * Ctrl+1…9 (Cmd on macOS) for the first nine portals (`index` 0…8), Ctrl+Tab and Ctrl+Shift+Tab for
 * the next and previous one. Portal views swallow keys, so main forwards these to the renderer.
 */
export function portalShortcut(press: KeyPress, platform: NodeJS.Platform): PortalShortcut | null {
  if (press.type !== 'keyDown' || press.alt) return null;
  const command = platform === 'darwin' ? press.meta && !press.control : press.control && !press.meta;
  if (command && !press.shift && /^[1-9]$/.test(press.key)) return { kind: 'index', index: Number(press.key) - 1 };
  if (press.control && !press.meta && press.key === 'Tab') return { kind: press.shift ? 'previous' : 'next' };
  return null;
}
