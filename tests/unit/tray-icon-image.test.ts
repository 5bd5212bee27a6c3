import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { TRAY_ICON_PNG_DATA_URL, TRAY_TEMPLATE_PNG_DATA_URL } from '../../src-main/electron/tray-icon-image.ts';

const build = join(import.meta.dirname, '..', '..', 'build');
const PREFIX = 'data:image/png;base64,';

function decoded(dataUrl: string): PNG {
  expect(dataUrl.startsWith(PREFIX)).toBe(true);
  return PNG.sync.read(Buffer.from(dataUrl.slice(PREFIX.length), 'base64'));
}

describe("the tray's icons", () => {
  it('on macOS: build/tray-template.svg rendered at 32×32, black on transparent (edit the SVG, then paste its rendering)', () => {
    const svg = readFileSync(join(build, 'tray-template.svg'));
    const rendered = PNG.sync.read(new Resvg(svg, { fitTo: { mode: 'width', value: 32 }, font: { loadSystemFonts: false } }).render().asPng());
    const png = decoded(TRAY_TEMPLATE_PNG_DATA_URL);
    expect([png.width, png.height]).toEqual([32, 32]);
    expect(Buffer.compare(rendered.data, png.data)).toBe(0);
    // A template image is only black and alpha: macOS draws it in the menu bar's colour.
    for (let offset = 0; offset < png.data.length; offset += 4) expect([...png.data.subarray(offset, offset + 3)]).toEqual([0, 0, 0]);
  });

  it('elsewhere: the app icon at 32×32, as npm run icons renders it', () => {
    const png = decoded(TRAY_ICON_PNG_DATA_URL);
    expect([png.width, png.height]).toEqual([32, 32]);
    expect(Buffer.from(TRAY_ICON_PNG_DATA_URL.slice(PREFIX.length), 'base64').equals(readFileSync(join(build, 'icons', '32x32.png')))).toBe(true);
  });
});
