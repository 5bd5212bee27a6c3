import { listPackage } from '@electron/asar';
import { Arch, build, Platform, type AfterPackContext, type LinuxPackager } from 'electron-builder';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFuses, root, shippedFuses, wantedFuses, writeFakeElectron } from './packaging-support.ts';

/**
 * electron-builder packs this repository's build for Linux as it would for an installer, up to the
 * installer itself: the Electron download and the AppImage/deb tools need the internet, so a fake
 * Electron (just its fuse wire) stands in and the target is the unpacked directory.
 */
const built = existsSync(join(root, 'out/main/index.js'));

describe.skipIf(!built)('packing the built app (needs npm run build)', () => {
  const work = mkdtempSync(join(tmpdir(), 'bitrix-id-pack-'));
  const appOutDir = join(work, 'dist', 'linux-unpacked');
  let desktopEntry = '';

  beforeAll(async () => {
    writeFakeElectron(join(work, 'electron', 'electron'));
    // electron-builder reads electron-builder.yml itself, as `npm run package` does; these are merged over it.
    await build({
      projectDir: root,
      targets: Platform.LINUX.createTarget('dir', Arch.x64),
      publish: 'never',
      config: {
        electronDist: join(work, 'electron'),
        electronVersion: (createRequire(import.meta.url)('electron/package.json') as { version: string }).version,
        directories: { output: join(work, 'dist') },
        // What the AppImage and deb targets write as the app's .desktop file (electron-builder's own code).
        async afterExtract(context: AfterPackContext) {
          const { LinuxTargetHelper } = createRequire(import.meta.url)('app-builder-lib/out/targets/LinuxTargetHelper.js') as {
            LinuxTargetHelper: new (packager: LinuxPackager) => { computeDesktopEntry(options: object): Promise<string> };
          };
          const linux = context.packager as LinuxPackager;
          desktopEntry = await new LinuxTargetHelper(linux).computeDesktopEntry(linux.platformSpecificBuildOptions);
        },
      },
    });
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("flips the fuses in the packed app's binary", async () => {
    expect(await readFuses(join(appOutDir, 'bitrix-id-desktop'))).toEqual({ ...shippedFuses, ...wantedFuses });
  });

  it('puts the built app, package.json and the production dependencies into app.asar, and nothing else', () => {
    const entries = listPackage(join(appOutDir, 'resources', 'app.asar'), { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
    const topLevel = new Set(entries.map((entry) => entry.split('/').slice(1, 3).join('/')).filter((entry) => !entry.startsWith('node_modules/')));

    expect([...topLevel].sort()).toEqual(['node_modules', 'out', 'out/main', 'out/preload', 'out/renderer', 'package.json']);
    for (const dependency of ['axios', 'pino', 'zod', '@github/keytar']) expect(entries).toContain(`/node_modules/${dependency}/package.json`);
    expect(entries).not.toContain('/node_modules/vitest');
    expect(entries).not.toContain('/node_modules/electron');
  });

  it("leaves the keychain module's native code outside the archive, where it can be loaded", () => {
    expect(existsSync(join(appOutDir, 'resources', 'app.asar.unpacked', 'node_modules', '@github', 'keytar', 'prebuilds', 'linux-x64'))).toBe(true);
  });

  it('writes a desktop file that handles bitrixid:// links', () => {
    expect(desktopEntry).toMatch(/^MimeType=x-scheme-handler\/bitrixid;$/m);
    expect(desktopEntry).toMatch(/^Exec="\/opt\/Bitrix ID Desktop\/bitrix-id-desktop" %U$/m);
    expect(desktopEntry).toMatch(/^StartupWMClass=bitrix-id-desktop$/m);
  });
});
