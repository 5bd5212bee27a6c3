import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WindowMemoryFile } from '../../../src-main/desktop/window-memory-file.ts';
import { emptyWindowMemory, type WindowMemory } from '../../../src-main/desktop/window-placement.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bitrix-id-window-memory-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const memory: WindowMemory = {
  byDisplay: { '2@-2560,0,2560x1440': { bounds: { x: -2000, y: 100, width: 1400, height: 900 }, maximized: true } },
  lastDisplay: '2@-2560,0,2560x1440',
};

describe("the window's memory file", () => {
  it('gives back what it saved, negative coordinates included', () => {
    new WindowMemoryFile(dir).save(memory);
    expect(new WindowMemoryFile(dir).load()).toEqual(memory);
  });

  it('means the defaults when missing', () => {
    expect(new WindowMemoryFile(dir).load()).toEqual(emptyWindowMemory());
  });

  it.each([
    ['not JSON', '{"version": 1, "byDisp'],
    ['another version', JSON.stringify({ ...memory, version: 2 })],
    ['a size of zero', JSON.stringify({ version: 1, ...memory, byDisplay: { a: { bounds: { x: 0, y: 0, width: 0, height: 10 }, maximized: false } } })],
    ['a fraction', JSON.stringify({ version: 1, ...memory, byDisplay: { a: { bounds: { x: 0.5, y: 0, width: 10, height: 10 }, maximized: false } } })],
    ['a coordinate past any screen', JSON.stringify({ version: 1, ...memory, byDisplay: { a: { bounds: { x: 1e9, y: 0, width: 10, height: 10 }, maximized: false } } })],
    ['no maximized flag', JSON.stringify({ version: 1, ...memory, byDisplay: { a: { bounds: { x: 0, y: 0, width: 10, height: 10 } } } })],
    ['a list for the displays', JSON.stringify({ version: 1, byDisplay: [], lastDisplay: null })],
  ])('means the defaults when damaged (%s), and sets the file aside', (_what, text) => {
    const file = new WindowMemoryFile(dir);
    writeFileSync(file.file, text);
    expect(file.load()).toEqual(emptyWindowMemory());
    expect(existsSync(file.file)).toBe(false);
    expect(readdirSync(dir).some((name) => name.startsWith('window-state.json.damaged-'))).toBe(true);
  });
});
