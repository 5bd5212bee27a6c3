import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { Arch, type AfterPackContext } from 'electron-builder';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { afterPack, electronBinaryPath } from '../../scripts/after-pack.ts';
import { fuseConfig, fuses } from '../../scripts/fuses.ts';
import { readFuses, shippedFuses, wantedFuses, writeFakeElectron } from './packaging-support.ts';


const byName = (map: Partial<Record<FuseV1Options, boolean>>) =>
  Object.fromEntries(Object.entries(map).map(([index, value]) => [FuseV1Options[Number(index)], value]));

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** An afterPack context for a packed app in a fresh directory, as electron-builder passes it. */
function packedApp(electronPlatformName: string, arch: Arch): AfterPackContext {
  const appOutDir = mkdtempSync(join(tmpdir(), 'bitrix-id-fuses-'));
  dirs.push(appOutDir);
  const packager = { appInfo: { productFilename: 'Bitrix ID Desktop' } };
  return { appOutDir, electronPlatformName, arch, packager } as unknown as AfterPackContext;
}

describe('Electron fuses', () => {
  it('are exactly the seven the packaged app needs', () => {
    expect(byName(fuses)).toEqual(wantedFuses);
  });

  it('form a V1 config that re-signs ad hoc only for arm64 macOS', () => {
    expect(fuseConfig({ platform: 'linux', arm64: false })).toEqual({ version: FuseVersion.V1, resetAdHocDarwinSignature: false, ...fuses });
    expect(fuseConfig({ platform: 'darwin', arm64: true }).resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig({ platform: 'darwin', arm64: false }).resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfig({ platform: 'win32', arm64: true }).resetAdHocDarwinSignature).toBe(false);
  });

  it('finds the Electron binary of a packed macOS or Windows app', () => {
    const mac = packedApp('darwin', Arch.x64);
    expect(electronBinaryPath(mac)).toBe(join(mac.appOutDir, 'Bitrix ID Desktop.app'));
    const win = packedApp('win32', Arch.x64);
    expect(electronBinaryPath(win)).toBe(join(win.appOutDir, 'Bitrix ID Desktop.exe'));
  });

  it.each([
    ['win32', 'Bitrix ID Desktop.exe'],
    ['darwin', 'Bitrix ID Desktop.app/Contents/Frameworks/Electron Framework.framework/Electron Framework'],
  ])('the afterPack hook flips exactly these fuses in a packed %s app', async (platform, binary) => {
    const app = packedApp(platform, Arch.x64);
    writeFakeElectron(join(app.appOutDir, binary));

    await afterPack(app);

    expect(await readFuses(electronBinaryPath(app))).toEqual({ ...shippedFuses, ...wantedFuses });
  });
});
