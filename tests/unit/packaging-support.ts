import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import type { Configuration } from 'electron-builder';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

export const root = join(import.meta.dirname, '..', '..');

/** electron-builder.yml as data. */
export const builderConfig = () => parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Configuration;

/**
 * A stand-in for the Electron binary (the real one cannot be downloaded here): just the fuse wire
 * that @electron/fuses looks for — its sentinel, version 1, and one byte per fuse in FuseV1Options'
 * order, set as Electron 45 ships them ('1' on, '0' off).
 */
export const shippedFuses: Record<keyof typeof FuseV1Options, boolean> = {
  RunAsNode: true,
  EnableCookieEncryption: false,
  EnableNodeOptionsEnvironmentVariable: true,
  EnableNodeCliInspectArguments: true,
  EnableEmbeddedAsarIntegrityValidation: false,
  OnlyLoadAppFromAsar: false,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: true,
  WasmTrapHandlers: true,
};

/** What the issue asks of the packed app's fuses, written out here rather than read from scripts/fuses.ts. */
export const wantedFuses = {
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  OnlyLoadAppFromAsar: true,
  EnableEmbeddedAsarIntegrityValidation: true,
  EnableCookieEncryption: true,
  GrantFileProtocolExtraPrivileges: false,
};

const fuseNames = Object.keys(shippedFuses) as (keyof typeof FuseV1Options)[];

export function writeFakeElectron(file: string): void {
  const wire = Buffer.from(fuseNames.map((name) => (shippedFuses[name] ? '1' : '0')).join(''));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    Buffer.concat([Buffer.from('not really electron\n'), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, wire.length]), wire]),
  );
  chmodSync(file, 0o755);
}

/** The fuses as the binary (or .app bundle) at `path` now has them, by name. */
export async function readFuses(path: string): Promise<Record<string, boolean>> {
  const wire = await getCurrentFuseWire(path);
  return Object.fromEntries(fuseNames.map((name) => [name, wire[FuseV1Options[name]] === FuseState.ENABLE]));
}
