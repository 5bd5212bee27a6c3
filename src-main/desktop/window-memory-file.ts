import { join } from 'node:path';
import { readCheckedJsonFile, type JsonSchema } from '../files/checked-json-file.ts';
import { writeJsonFile } from '../files/json-file.ts';
import { emptyWindowMemory, MAX_REMEMBERED_DISPLAYS, type Rect, type SavedPlacement, type WindowMemory } from './window-placement.ts';

/** A few displays' rectangles: anything past this is not a file this app wrote. */
const MAX_FILE_BYTES = 64 * 1024;
/** Past any screen there is: a coordinate or size beyond this is damage, not a window. */
const MAX_COORDINATE = 100_000;
const MAX_KEY_LENGTH = 100;

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isInteger = (value: unknown, min: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= MAX_COORDINATE;
const isKey = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_KEY_LENGTH;

function rect(value: unknown): Rect | null {
  if (!isObject(value)) return null;
  const { x, y, width, height } = value;
  if (!isInteger(x, -MAX_COORDINATE) || !isInteger(y, -MAX_COORDINATE) || !isInteger(width, 1) || !isInteger(height, 1)) return null;
  return { x, y, width, height };
}

function placement(value: unknown): SavedPlacement | null {
  if (!isObject(value) || typeof value['maximized'] !== 'boolean') return null;
  const bounds = rect(value['bounds']);
  return bounds ? { bounds, maximized: value['maximized'] } : null;
}

/**
 * The file's schema, checked by hand: this file is read before the window exists, and zod would
 * cost that window more than a tenth of a second.
 */
const storedMemory: JsonSchema<WindowMemory> = {
  safeParse(value) {
    if (!isObject(value) || value['version'] !== 1 || !isObject(value['byDisplay'])) return { success: false };
    const entries = Object.entries(value['byDisplay']);
    if (entries.length > MAX_REMEMBERED_DISPLAYS) return { success: false };
    const byDisplay: Record<string, SavedPlacement> = {};
    for (const [key, saved] of entries) {
      const checked = placement(saved);
      if (!isKey(key) || !checked) return { success: false };
      byDisplay[key] = checked;
    }
    const lastDisplay = value['lastDisplay'];
    if (lastDisplay !== null && !isKey(lastDisplay)) return { success: false };
    return { success: true, data: { byDisplay, lastDisplay } };
  },
};

/**
 * Where the main window was left (window-state.json in the app's data folder). A missing or damaged
 * file means the default placement: a damaged one is set aside, never a reason not to start.
 */
export class WindowMemoryFile {
  readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'window-state.json');
  }

  load(): WindowMemory {
    const read = readCheckedJsonFile(this.file, storedMemory, { maxBytes: MAX_FILE_BYTES });
    return read.status === 'read' ? read.value : emptyWindowMemory();
  }

  save(memory: WindowMemory): void {
    writeJsonFile(this.file, { version: 1, byDisplay: memory.byDisplay, lastDisplay: memory.lastDisplay });
  }
}
