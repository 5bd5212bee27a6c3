import { describe, expect, it } from 'vitest';
import { portalShortcut, type KeyPress } from '../../src-main/portal-views/portal-shortcuts.ts';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  type: 'keyDown',
  key,
  control: false,
  meta: false,
  shift: false,
  alt: false,
  ...modifiers,
});

describe('portal shortcuts pressed inside a portal view', () => {
  it('Ctrl+1…9 on Windows and Linux, Cmd+1…9 on macOS, open portals 1…9 (index 0…8)', () => {
    expect(portalShortcut(press('1', { control: true }), 'win32')).toEqual({ kind: 'index', index: 0 });
    expect(portalShortcut(press('9', { control: true }), 'linux')).toEqual({ kind: 'index', index: 8 });
    expect(portalShortcut(press('3', { meta: true }), 'darwin')).toEqual({ kind: 'index', index: 2 });
  });

  it('Ctrl+Tab and Ctrl+Shift+Tab go to the next and previous portal on every system', () => {
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      expect(portalShortcut(press('Tab', { control: true }), platform)).toEqual({ kind: 'next' });
      expect(portalShortcut(press('Tab', { control: true, shift: true }), platform)).toEqual({ kind: 'previous' });
    }
  });

  it('leaves every other key to the portal', () => {
    expect(portalShortcut(press('1'), 'linux')).toBeNull();
    expect(portalShortcut(press('0', { control: true }), 'linux')).toBeNull();
    expect(portalShortcut(press('1', { meta: true }), 'linux')).toBeNull();
    expect(portalShortcut(press('1', { control: true }), 'darwin')).toBeNull();
    expect(portalShortcut(press('1', { control: true, alt: true }), 'linux')).toBeNull();
    expect(portalShortcut(press('1', { control: true, shift: true }), 'linux')).toBeNull();
    expect(portalShortcut(press('Tab'), 'linux')).toBeNull();
    expect(portalShortcut({ ...press('1', { control: true }), type: 'keyUp' }, 'linux')).toBeNull();
  });
});
