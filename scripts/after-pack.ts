import { flipFuses } from '@electron/fuses';
import { Arch, LinuxPackager, type AfterPackContext } from 'electron-builder';
import { join } from 'node:path';
import { fuseConfig } from './fuses.ts';

/** Where the packed app's Electron binary is: the .app bundle on macOS, the renamed executable elsewhere. */
export function electronBinaryPath(context: AfterPackContext): string {
  const { appOutDir, electronPlatformName: platform, packager } = context;
  const name = packager.appInfo.productFilename;
  if (platform === 'darwin' || platform === 'mas') return join(appOutDir, `${name}.app`);
  if (platform === 'win32') return join(appOutDir, `${name}.exe`);
  return join(appOutDir, packager instanceof LinuxPackager ? packager.executableName : name);
}

/** electron-builder's afterPack hook: flips scripts/fuses.ts's fuses after packing and before signing. */
export async function afterPack(context: AfterPackContext): Promise<void> {
  const target = { platform: context.electronPlatformName, arm64: context.arch === Arch.arm64 };
  await flipFuses(electronBinaryPath(context), fuseConfig(target));
}
