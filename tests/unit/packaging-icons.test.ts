import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  encodeIcns,
  encodeIco,
  generateIcons,
  icnsTypes,
  icoSizes,
  pngName,
  pngSizes,
  renderPng,
  type PngSize,
} from '../../scripts/generate-icons.ts';

const root = join(import.meta.dirname, '..', '..');
const build = join(root, 'build');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngDimensions(data: Buffer): { width: number; height: number } {
  expect(data.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  expect(data.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

interface IcoEntry {
  width: number;
  height: number;
  data: Buffer;
}

/** The images of an .ico: its header, then one 16-byte directory entry per image. */
function readIco(file: Buffer): IcoEntry[] {
  expect(file.readUInt16LE(0)).toBe(0);
  expect(file.readUInt16LE(2)).toBe(1);
  return Array.from({ length: file.readUInt16LE(4) }, (_, index) => {
    const entry = 6 + index * 16;
    const size = file.readUInt32LE(entry + 8);
    const offset = file.readUInt32LE(entry + 12);
    expect(offset + size).toBeLessThanOrEqual(file.length);
    return { width: file[entry] || 256, height: file[entry + 1] || 256, data: file.subarray(offset, offset + size) };
  });
}

/** The chunks of an .icns: 'icns' and the file's length, then (type, length including this header, data). */
function readIcns(file: Buffer): Map<string, Buffer> {
  expect(file.toString('latin1', 0, 4)).toBe('icns');
  expect(file.readUInt32BE(4)).toBe(file.length);
  const chunks = new Map<string, Buffer>();
  for (let offset = 8; offset < file.length; offset += file.readUInt32BE(offset + 4)) {
    chunks.set(file.toString('latin1', offset, offset + 4), file.subarray(offset + 8, offset + file.readUInt32BE(offset + 4)));
  }
  return chunks;
}

describe('icon generation (npm run icons)', () => {
  let out: string;
  let written: string[];

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'bitrix-id-icons-'));
    written = await generateIcons(join(build, 'icon.svg'), out);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes a PNG of every size from 16 to 1024, and the .ico and .icns', () => {
    expect(written.sort()).toEqual(
      [...pngSizes.map((size) => join(out, 'icons', pngName(size))), join(out, 'icon.ico'), join(out, 'icon.icns')].sort(),
    );
    for (const size of pngSizes) {
      expect(pngDimensions(readFileSync(join(out, 'icons', pngName(size))))).toEqual({ width: size, height: size });
    }
  });

  it('writes an .ico of bitmaps from 16 to 128 and a PNG at 256', () => {
    const entries = readIco(readFileSync(join(out, 'icon.ico')));

    expect(entries.map((entry) => entry.width)).toEqual([...icoSizes]);
    for (const entry of entries) {
      expect(entry.height).toBe(entry.width);
      if (entry.width === 256) {
        expect(pngDimensions(entry.data)).toEqual({ width: 256, height: 256 });
      } else {
        // BITMAPINFOHEADER: its own size, the width, and twice the height (the image and its mask).
        expect([entry.data.readUInt32LE(0), entry.data.readInt32LE(4), entry.data.readInt32LE(8)]).toEqual([40, entry.width, entry.width * 2]);
      }
    }
  });

  it("writes an .icns with each of macOS's current types at its size", () => {
    const chunks = readIcns(readFileSync(join(out, 'icon.icns')));

    expect([...chunks.keys()].sort()).toEqual(icnsTypes.map(([type]) => type).sort());
    for (const [type, size] of icnsTypes) {
      const data = chunks.get(type) ?? Buffer.alloc(0);
      // The two smallest types hold run-length-encoded ARGB rather than PNG.
      if (type === 'ic04' || type === 'ic05') expect(data.toString('latin1', 0, 4)).toBe('ARGB');
      else expect(pngDimensions(data)).toEqual({ width: size, height: size });
    }
  });
});

describe('the committed icons', () => {
  const committed = new Map(pngSizes.map((size) => [size, readFileSync(join(build, 'icons', pngName(size)))] as const));

  it.each(pngSizes)('%ipx matches build/icon.svg (run npm run icons after changing it)', (size: PngSize) => {
    const fresh = PNG.sync.read(renderPng(readFileSync(join(build, 'icon.svg')), size));
    const kept = PNG.sync.read(committed.get(size) ?? Buffer.alloc(0));

    expect([kept.width, kept.height]).toEqual([size, size]);
    // Not byte for byte: the renderer may round an edge pixel differently on another processor.
    let largest = 0;
    for (let index = 0; index < fresh.data.length; index++) {
      largest = Math.max(largest, Math.abs((fresh.data[index] ?? 0) - (kept.data[index] ?? 0)));
    }
    expect(largest).toBeLessThanOrEqual(8);
  });

  it('.ico and .icns are built from the committed PNGs', async () => {
    expect(Buffer.from(await encodeIco(committed))).toEqual(readFileSync(join(build, 'icon.ico')));
    expect(Buffer.from(await encodeIcns(committed))).toEqual(readFileSync(join(build, 'icon.icns')));
  });
});
