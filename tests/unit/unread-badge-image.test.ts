import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { UNREAD_BADGE_PNG_DATA_URL } from '../../src-main/electron/unread-badge-image.ts';

const svg = readFileSync(join(import.meta.dirname, '..', '..', 'build', 'unread-badge.svg'));
const PREFIX = 'data:image/png;base64,';

function decoded(): PNG {
  expect(UNREAD_BADGE_PNG_DATA_URL.startsWith(PREFIX)).toBe(true);
  return PNG.sync.read(Buffer.from(UNREAD_BADGE_PNG_DATA_URL.slice(PREFIX.length), 'base64'));
}

/** The RGBA of one pixel. */
const pixel = (png: PNG, x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4)];

describe("the Windows taskbar's unread overlay", () => {
  it('is a 32×32 PNG of an opaque red dot on a transparent ground', () => {
    const png = decoded();
    expect([png.width, png.height]).toEqual([32, 32]);
    expect(pixel(png, 16, 16)).toEqual([0xe5, 0x48, 0x4d, 255]);
    expect(pixel(png, 0, 0)[3]).toBe(0);
  });

  it('is build/unread-badge.svg rendered (edit the SVG, then paste its rendering into unread-badge-image.ts)', () => {
    const rendered = PNG.sync.read(new Resvg(svg, { fitTo: { mode: 'width', value: 32 }, font: { loadSystemFonts: false } }).render().asPng());
    const png = decoded();
    expect([rendered.width, rendered.height]).toEqual([png.width, png.height]);
    expect(Buffer.compare(rendered.data, png.data)).toBe(0);
  });
});
