import type { Configuration } from 'electron-builder';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pngName, pngSizes } from '../../scripts/generate-icons.ts';
import { builderConfig, root } from './packaging-support.ts';

const config = builderConfig();
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  desktopName?: string;
};

/** The target names and architectures configured for one OS. */
function targets(platform: 'mac' | 'win' | 'linux'): { target: string; arch: unknown }[] {
  const list = config[platform]?.target;
  if (!Array.isArray(list)) throw new Error(`${platform}.target should be a list`);
  return list.map((entry) => (typeof entry === 'string' ? { target: entry, arch: undefined } : { target: entry.target, arch: entry.arch }));
}

/** electron-builder's own loader, validator and hook resolver (they live in app-builder-lib). */
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: null, fromOptions: null): Promise<Configuration>;
  validateConfiguration(config: Configuration, logger: unknown): Promise<void>;
};
const { resolveFunction } = require('app-builder-lib/out/util/resolve.js') as {
  resolveFunction(type: string, executor: unknown, name: string, rootSearchDir: string): Promise<unknown>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

describe('electron-builder configuration (electron-builder.yml)', () => {
  it('names the app, and leaves the version to package.json', () => {
    expect(config.appId).toBe('ru.bitrix24.id.desktop');
    expect(config.productName).toBe('Bitrix ID Desktop');
    expect(config.extraMetadata).toBeUndefined();
    expect(config.buildVersion).toBeUndefined();
  });

  it('packs only the built app into an asar archive', () => {
    expect(config.files).toEqual(['out/**', '!out/harness/**', 'package.json']);
    expect(config.asar).toBe(true);
  });

  it('registers bitrixid:// in every installer', () => {
    expect(config.protocols).toEqual([{ name: 'Bitrix ID', schemes: ['bitrixid'] }]);
    // Electron's app.setAsDefaultProtocolClient on Linux names the desktop file the installers write.
    expect(packageJson.desktopName).toBe('bitrix-id-desktop.desktop');
  });

  it('builds a dmg (and the zip updates come from) for both Mac architectures, an NSIS installer, an AppImage and a deb', () => {
    expect(targets('mac')).toEqual([
      { target: 'dmg', arch: ['x64', 'arm64'] },
      { target: 'zip', arch: ['x64', 'arm64'] },
    ]);
    expect(targets('win')).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(targets('linux')).toEqual([
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ]);
  });

  it('writes update metadata for a generic feed', () => {
    expect(config.publish).toMatchObject({ provider: 'generic' });
  });

  it('points every OS at an icon that exists', () => {
    expect([config.mac?.icon, config.win?.icon, config.linux?.icon]).toEqual(['build/icon.icns', 'build/icon.ico', 'build/icons']);
    for (const icon of ['build/icon.icns', 'build/icon.ico']) expect(existsSync(join(root, icon)), icon).toBe(true);
    for (const size of pngSizes) expect(existsSync(join(root, 'build/icons', pngName(size))), pngName(size)).toBe(true);
  });

  it('is what npm run package uses, and electron-builder accepts it', async () => {
    expect(packageJson.scripts['package']).toBe('node scripts/require-node.mjs && npm run build && electron-builder --publish never');

    // With no --config, electron-builder finds electron-builder.yml itself.
    const loaded = await getConfig(root, null, null);

    expect([loaded.appId, loaded.afterPack]).toEqual([config.appId, config.afterPack]);
    await expect(validateConfiguration(loaded, new DebugLogger(false))).resolves.toBeUndefined();
  }, 30_000);

  it("wires scripts/after-pack.ts's afterPack as the afterPack hook", async () => {
    expect(config.afterPack).toBe('./scripts/after-pack.ts');

    const hook = await resolveFunction('module', config.afterPack, 'afterPack', root);

    expect(hook).toBeTypeOf('function');
    expect((hook as () => unknown).name).toBe('afterPack');
  });
});
