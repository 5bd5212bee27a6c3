/**
 * `npm run icons`: renders build/icon.svg into every icon the installers use — build/icons/NxN.png
 * (Linux, and the sources of the rest), build/icon.ico (Windows) and build/icon.icns (macOS). The
 * results are committed, so packaging needs no extra step; run this after changing the SVG
 * (tests/unit/packaging-icons.test.ts fails until you do).
 */
import { Resvg } from '@resvg/resvg-js';
import { IconIcns, IconIco } from '@shockpkg/icon-encoder';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const pngSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
export type PngSize = (typeof pngSizes)[number];

/** Windows picks from these; 256 is the largest an .ico holds. */
export const icoSizes = [16, 24, 32, 48, 64, 128, 256] as const satisfies readonly PngSize[];

/** macOS's current ICNS types and the pixel size each holds (the @2x types hold twice their point size). */
export const icnsTypes = [
  ['ic04', 16],
  ['ic05', 32],
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256],
  ['ic09', 512],
  ['ic14', 512],
  ['ic10', 1024],
] as const satisfies readonly (readonly [string, PngSize])[];

export const pngName = (size: number) => `${size}x${size}.png`;

export function renderPng(svg: Buffer, size: PngSize): Buffer {
  // The icon has no text, so no fonts: loading the system's would only cost time.
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
}

/*
 * Both containers embed the PNGs as they are (raw), so encoding the same PNGs always gives the same
 * bytes, on any machine: the test checks the committed containers that way.
 */

/** The .ico from the PNGs, laid out as Windows' own icons are: bitmaps, and PNG for 256 only, which
 * every reader takes (NSIS and older tools refuse PNG at smaller sizes). */
export async function encodeIco(pngs: ReadonlyMap<PngSize, Buffer>): Promise<Uint8Array> {
  const ico = new IconIco();
  for (const size of icoSizes) await ico.addFromPng(pngOf(pngs, size), size === 256, true);
  return ico.encode();
}

export async function encodeIcns(pngs: ReadonlyMap<PngSize, Buffer>): Promise<Uint8Array> {
  const icns = new IconIcns();
  for (const [type, size] of icnsTypes) await icns.addFromPng(pngOf(pngs, size), [type], true);
  return icns.encode();
}

function pngOf(pngs: ReadonlyMap<PngSize, Buffer>, size: PngSize): Buffer {
  const png = pngs.get(size);
  if (!png) throw new Error(`no ${pngName(size)}`);
  return png;
}

/** Writes outDir/icons/NxN.png, outDir/icon.ico and outDir/icon.icns; returns the files written. */
export async function generateIcons(svgFile: string, outDir: string): Promise<string[]> {
  const svg = readFileSync(svgFile);
  const pngs = new Map(pngSizes.map((size) => [size, renderPng(svg, size)] as const));
  mkdirSync(join(outDir, 'icons'), { recursive: true });
  const files = new Map<string, Uint8Array>([
    ...[...pngs].map(([size, png]) => [join(outDir, 'icons', pngName(size)), png] as const),
    [join(outDir, 'icon.ico'), await encodeIco(pngs)],
    [join(outDir, 'icon.icns'), await encodeIcns(pngs)],
  ]);
  for (const [file, data] of files) writeFileSync(file, data);
  return [...files.keys()];
}

if (import.meta.main) {
  const build = fileURLToPath(new URL('../build', import.meta.url));
  const files = await generateIcons(join(build, 'icon.svg'), build);
  console.log(`Wrote ${files.length} icons into build/ from build/icon.svg.`);
}
