import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DesktopSettings } from '../../src-preload/contract.ts';
import { plainDesktopHost, type DesktopHost } from '../../src-main/config/desktop-host.ts';
import { SettingsStore } from '../../src-main/config/settings-store.ts';
import { silentLogger } from '../../src-main/logging/logger.ts';
import { SettingsService } from '../../src-main/services/settings-service.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'settings-service-'));
  dirs.push(dir);
  return dir;
}

/** A desktop with a tray and login items, as Electron's is; `loginItems` says whether the OS takes a change. */
function desktopHost(platform: 'darwin' | 'win32', loginItems = true): DesktopHost & { loginCalls: boolean[] } {
  const loginCalls: boolean[] = [];
  return {
    capabilities: { tray: true, startAtLogin: true },
    closeToTrayByDefault: platform !== 'darwin',
    loginCalls,
    async setStartAtLogin(enabled) {
      loginCalls.push(enabled);
      return loginItems;
    },
  };
}

function service(desktop: DesktopHost, dataDir = tempDir(), osLocale = 'de-AT') {
  const changes: DesktopSettings[] = [];
  const settings = new SettingsService({ store: new SettingsStore(dataDir), desktop, osLocale, log: silentLogger });
  settings.onChanged.subscribe((changed) => changes.push(changed));
  return { settings, changes, dataDir };
}

const savedFile = (dataDir: string): unknown => JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'));

describe('SettingsService', () => {
  it('starts from the defaults: the OS language, the system theme, the tray on closing except on macOS', () => {
    const windows = service(desktopHost('win32')).settings.current();
    expect(windows).toEqual({
      language: 'system',
      resolvedLanguage: 'de',
      systemLanguage: 'de',
      theme: 'system',
      closeToTray: true,
      startAtLogin: false,
      maxLivePortalViews: 5,
      capabilities: { tray: true, startAtLogin: true },
    });
    expect(service(desktopHost('darwin')).settings.current().closeToTray).toBe(false);
    // The harness has neither a tray nor login items: both read as off.
    expect(service(plainDesktopHost).settings.current()).toMatchObject({ closeToTray: false, startAtLogin: false });
  });

  it('saves a change, says so, and resolves the chosen language', async () => {
    const { settings, changes, dataDir } = service(desktopHost('win32'));

    const result = await settings.update({ language: 'ru', theme: 'dark', maxLivePortalViews: 12 });

    expect(result).toMatchObject({ ok: true, value: { language: 'ru', resolvedLanguage: 'ru', systemLanguage: 'de', theme: 'dark' } });
    expect(changes.map((changed) => changed.maxLivePortalViews)).toEqual([12]);
    expect(savedFile(dataDir)).toMatchObject({ language: 'ru', theme: 'dark', maxLivePortalViews: 12 });
    expect(new SettingsService({ store: new SettingsStore(dataDir), desktop: desktopHost('win32'), osLocale: 'en-US', log: silentLogger }).current())
      .toMatchObject({ language: 'ru', resolvedLanguage: 'ru', systemLanguage: 'en' });
  });

  it('refuses what this desktop cannot do, and saves nothing of that change', async () => {
    const { settings, changes, dataDir } = service(plainDesktopHost);

    expect(await settings.update({ theme: 'dark', closeToTray: true })).toEqual({ ok: false, error: expect.objectContaining({ code: 'unsupported' }) });
    expect(await settings.update({ startAtLogin: true })).toEqual({ ok: false, error: expect.objectContaining({ code: 'unsupported' }) });

    expect(changes).toEqual([]);
    expect(settings.current()).toMatchObject({ theme: 'system', closeToTray: false, startAtLogin: false });
    expect(() => savedFile(dataDir)).toThrow();
  });

  it('turns start at login on in the OS before saving it', async () => {
    const desktop = desktopHost('win32');
    const { settings, dataDir } = service(desktop);

    expect(await settings.update({ startAtLogin: true })).toMatchObject({ ok: true, value: { startAtLogin: true } });
    expect(desktop.loginCalls).toEqual([true]);
    expect(savedFile(dataDir)).toMatchObject({ startAtLogin: true });
    // Nothing to ask the OS when nothing changes.
    await settings.update({ startAtLogin: true });
    expect(desktop.loginCalls).toEqual([true]);
  });

  it('saves nothing when the OS refuses start at login, not even the rest of the change', async () => {
    const desktop = desktopHost('win32', false);
    const { settings, changes, dataDir } = service(desktop);

    expect(await settings.update({ startAtLogin: true, theme: 'dark' })).toEqual({ ok: false, error: expect.objectContaining({ code: 'internal' }) });

    expect(desktop.loginCalls).toEqual([true]);
    expect(changes).toEqual([]);
    expect(settings.current()).toMatchObject({ startAtLogin: false, theme: 'system' });
    expect(() => savedFile(dataDir)).toThrow();
  });

  it('lets this run’s live-view override win until the person sets a number', async () => {
    const dataDir = tempDir();
    const settings = new SettingsService({
      store: new SettingsStore(dataDir),
      desktop: plainDesktopHost,
      osLocale: 'en-US',
      maxLivePortalViewsOverride: 2,
      log: silentLogger,
    });
    expect(settings.current().maxLivePortalViews).toBe(2);
    await settings.update({ theme: 'light' });
    expect(settings.current().maxLivePortalViews).toBe(2);
    await settings.update({ maxLivePortalViews: 9 });
    expect(settings.current().maxLivePortalViews).toBe(9);
  });
});
