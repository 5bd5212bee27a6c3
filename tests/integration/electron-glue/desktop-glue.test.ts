/**
 * The app on the desktop beyond its page, run: the built main under the recording stand-in, with
 * its tray, closing into the tray, starting at login, the window's placement and the settings'
 * menu language and theme.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../../src-preload/contract.ts';
import { eventChannel, invokeChannel } from '../../../src-preload/ipc-names.ts';
import { startMain, type MainUnderTest, type StartOptions } from './main-under-test.ts';
import { isFunctionRef, type CallRecord, type Described, type ObjectId } from './wire.ts';
import { argument, refOf, stopEachMainAfterItsTest } from './stand-in-records.ts';

const ACME = 'https://acme.bitrix24.com';
const running = stopEachMainAfterItsTest();

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'bitrix-id-desktop-glue-'));
  folders.push(folder);
  return folder;
}

interface MenuItem {
  label?: string;
  role?: string;
  type?: string;
  enabled?: boolean;
  click?: Described;
  submenu?: MenuItem[];
}

const on = (main: MainUnderTest, api: string, target: ObjectId) => main.calls(api).filter((record) => record.target === target);

async function boot(options: StartOptions = {}) {
  const main = await startMain(options);
  running.push(main);
  await main.ready();
  const created = await main.waitForCall('the main window', (record) => record.api === 'BrowserWindow.constructor');
  const window = refOf(created.result);
  const contents = refOf(await main.read(window, 'webContents'));
  const load = await main.waitForCall('the main window to load its page', (record) => record.api === 'BrowserWindow.loadURL' && record.target === window);
  const fromApp = { sender: contents, frameUrl: String(argument(load, 0)) };
  const invoke = (channel: ChannelName, request?: unknown) => main.invoke(invokeChannel(channel), request, fromApp);
  // The core follows the settings once it is built: the app menu is its first sign.
  await main.waitForCall('the app menu', (record) => record.api === 'Menu.setApplicationMenu');
  const update = async (change: Record<string, unknown>) => {
    const answer = (await invoke('settings.update', change)) as { ok: boolean };
    expect(answer.ok, JSON.stringify(answer)).toBe(true);
  };
  return { main, window, contents, created, invoke, update };
}

/** The tray's latest menu, as the app built it. */
function trayMenu(main: MainUnderTest): MenuItem[] {
  const menu = main.calls('Tray.setContextMenu').at(-1);
  if (!menu) throw new Error('The tray has no menu.');
  const ref = refOf(argument(menu, 0));
  const built = main.calls('Menu.buildFromTemplate').find((record) => record.result !== undefined && refOf(record.result) === ref);
  return argument(built as CallRecord, 0) as MenuItem[];
}

const labels = (items: MenuItem[]) => items.map((item) => item.label ?? item.role ?? item.type);

async function click(main: MainUnderTest, item: MenuItem | undefined) {
  if (!item || !isFunctionRef(item.click)) throw new Error(`${item?.label ?? 'The item'} has no click.`);
  await main.call(item.click);
}

const latestTooltip = (main: MainUnderTest) => argument(main.calls('Tray.setToolTip').at(-1) as CallRecord, 0);

/** Calls one of the stand-in window's own methods, as the OS would change the window. */
async function windowMethod(main: MainUnderTest, window: ObjectId, name: string, ...args: Record<string, number>[]) {
  const method = await main.read(window, name);
  if (!isFunctionRef(method)) throw new Error(`The window has no ${name}.`);
  await main.call(method, ...args);
}

/** What the window's 'close' listeners did with a close. */
async function closeWindow(main: MainUnderTest, window: ObjectId): Promise<'kept' | 'closed'> {
  const outcome = await main.emit(window, 'close', { $event: {} });
  return outcome.events[0]?.defaultPrevented ? 'kept' : 'closed';
}

describe('the tray, under the stand-in', { timeout: 120_000 }, () => {
  it('shows the unread total and the portals with unread items; choosing one shows the window and opens it', async () => {
    const { main, window, contents, invoke } = await boot({ args: ['--backend', 'bitrix24'] });
    await main.waitForCall('the tray', (record) => record.api === 'Tray.constructor');
    expect(latestTooltip(main)).toBe('Bitrix ID');
    expect(labels(trayMenu(main))).toEqual(['Open Bitrix ID', 'separator', 'Quit Bitrix ID']);

    expect(await invoke('portals.add', { address: 'acme.bitrix24.com' })).toMatchObject({ ok: true });
    expect(await invoke('portals.open', { portalId: ACME })).toMatchObject({ ok: true });
    const view = refOf((main.calls('WebContentsView.constructor').at(-1) as CallRecord).result);
    const viewContents = refOf(await main.read(view, 'webContents'));
    await main.emit(viewContents, 'page-title-updated', { $event: {} }, '(3) Acme', true);

    expect(latestTooltip(main)).toBe('Bitrix ID: 3 unread');
    const menu = trayMenu(main);
    expect(labels(menu)).toEqual(['Open Bitrix ID', 'separator', 'Unread in portals', 'Acme (3)', 'separator', 'Quit Bitrix ID']);

    const shownBefore = on(main, 'BrowserWindow.show', window).length;
    await click(main, menu.find((item) => item.label === 'Acme (3)'));
    expect(on(main, 'BrowserWindow.show', window).length).toBe(shownBefore + 1);
    const activated = on(main, 'WebContents.send', contents).filter((record) => argument(record, 0) === eventChannel('portals.activate'));
    expect(activated.map((record) => argument(record, 1))).toEqual([{ portal: expect.objectContaining({ id: ACME, title: 'Acme' }) }]);
  });

  it('keeps the app in the tray when the window closes, if the person chose so; Quit then really quits', async () => {
    const { main, window, update } = await boot();
    await update({ closeToTray: true });
    await main.waitForCall('the tray', (record) => record.api === 'Tray.constructor');

    expect(await closeWindow(main, window)).toBe('kept');
    expect(on(main, 'BrowserWindow.hide', window)).toHaveLength(1);
    // The tray's "Open Bitrix ID" brings it back.
    const shownBefore = on(main, 'BrowserWindow.show', window).length;
    await click(main, trayMenu(main)[0]);
    expect(on(main, 'BrowserWindow.show', window).length).toBe(shownBefore + 1);

    await click(main, trayMenu(main).at(-1));
    expect(main.calls('app.quit')).toHaveLength(1);
    // Electron then says the app is quitting, and closes its windows: this close is a real one.
    await main.emit('app', 'before-quit', { $event: {} });
    expect(await closeWindow(main, window)).toBe('closed');
  });

  it('closes the window (and so quits) when the person chose not to keep the app in the tray; the tray goes', async () => {
    const { main, window, update } = await boot();
    await update({ closeToTray: true });
    const tray = refOf((await main.waitForCall('the tray', (record) => record.api === 'Tray.constructor')).result);
    await update({ closeToTray: false });
    expect(on(main, 'Tray.destroy', tray)).toHaveLength(1);
    expect(await closeWindow(main, window)).toBe('closed');
    expect(on(main, 'BrowserWindow.hide', window)).toEqual([]);
  });

  it('lets the OS shut the app down, and a second launch bring the hidden window back', async () => {
    const { main, window, update } = await boot();
    await update({ closeToTray: true });
    expect(await closeWindow(main, window)).toBe('kept');
    await main.emit('app', 'second-instance', { $event: {} }, ['/usr/bin/bitrix-id'], '/', {});
    expect(on(main, 'BrowserWindow.show', window).length).toBeGreaterThan(0);
    await main.emit('powerMonitor', 'shutdown', { $event: {} });
    expect(await closeWindow(main, window)).toBe('closed');
  });
});

describe('starting at login, under the stand-in', { timeout: 120_000 }, () => {
  it.runIf(process.platform === 'linux')('writes the XDG autostart file that starts the app minimized, and removes it', async () => {
    const config = tempFolder();
    const { update } = await boot({ env: { XDG_CONFIG_HOME: config } });
    const file = join(config, 'autostart', 'bitrix-id-desktop.desktop');
    await update({ startAtLogin: true });
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('[Desktop Entry]');
    expect(text).toMatch(/^Exec=.+ --start-minimized$/mu);
    await update({ startAtLogin: false });
    expect(existsSync(file)).toBe(false);
  });

  it('started by the login item, makes the window but does not show it; the tray is there', async () => {
    const userData = tempFolder();
    writeFileSync(join(userData, 'settings.json'), JSON.stringify({ startAtLogin: true, closeToTray: true }));
    const { main, window } = await boot({ args: ['--start-minimized'], env: { BITRIX_ID_USER_DATA_DIR: userData } });
    await main.waitForCall('the tray', (record) => record.api === 'Tray.constructor');
    await main.emit(window, 'ready-to-show');
    expect(on(main, 'BrowserWindow.show', window)).toEqual([]);
  });
});

describe("the window's placement, under the stand-in", { timeout: 120_000 }, () => {
  const primary = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
  const left = { id: 7, bounds: { x: -2560, y: 0, width: 2560, height: 1440 }, workArea: { x: -2560, y: 0, width: 2560, height: 1400 } };
  const bothDisplays = JSON.stringify([primary, left]);
  const boundsOf = (created: CallRecord) => {
    const { x, y, width, height } = argument(created, 0) as Record<string, number>;
    return { x, y, width, height };
  };

  it('is remembered across a restart on the display it was on, maximized too', async () => {
    const userData = tempFolder();
    const env = { BITRIX_ID_USER_DATA_DIR: userData, STAND_IN_DISPLAYS: bothDisplays };
    const first = await boot({ env });
    expect(boundsOf(first.created), 'the first time: centred on the primary display').toEqual({ x: 410, y: 160, width: 1100, height: 720 });
    // The person drags it to the left monitor and maximizes it there: maximizing saves at once, so does closing.
    await windowMethod(first.main, first.window, 'setBounds', { x: -2000, y: 100, width: 1400, height: 900 });
    await windowMethod(first.main, first.window, 'maximize');
    await first.main.emit(first.window, 'maximize');
    await first.main.emit('app', 'before-quit', { $event: {} });
    expect(await closeWindow(first.main, first.window)).toBe('closed');
    await first.main.stop();

    const second = await boot({ env });
    expect(boundsOf(second.created)).toEqual({ x: -2000, y: 100, width: 1400, height: 900 });
    await second.main.emit(second.window, 'show');
    expect(on(second.main, 'BrowserWindow.maximize', second.window)).toHaveLength(1);
  });

  it('is never restored off-screen: fitted inside the display, or centred when its display is gone', async () => {
    const userData = tempFolder();
    const saved = (key: string, bounds: object) =>
      writeFileSync(join(userData, 'window-state.json'), JSON.stringify({ version: 1, byDisplay: { [key]: { bounds, maximized: false } }, lastDisplay: key }));
    mkdirSync(userData, { recursive: true });

    saved('1@0,0,1920x1080', { x: 1500, y: 900, width: 1000, height: 700 });
    const hanging = await boot({ env: { BITRIX_ID_USER_DATA_DIR: userData, STAND_IN_DISPLAYS: bothDisplays } });
    expect(boundsOf(hanging.created)).toEqual({ x: 920, y: 340, width: 1000, height: 700 });
    await hanging.main.stop();

    saved('7@-2560,0,2560x1440', { x: -2000, y: 100, width: 1400, height: 900 });
    const unplugged = await boot({ env: { BITRIX_ID_USER_DATA_DIR: userData, STAND_IN_DISPLAYS: JSON.stringify([primary]) } });
    expect(boundsOf(unplugged.created)).toEqual({ x: 410, y: 160, width: 1100, height: 720 });
  });
});

describe('main following the settings, under the stand-in', { timeout: 120_000 }, () => {
  const helpLabels = (main: MainUnderTest) => {
    const template = argument(main.calls('Menu.buildFromTemplate').filter((record) => (argument(record, 0) as MenuItem[]).some((item) => item.role === 'help')).at(-1) as CallRecord, 0) as MenuItem[];
    return template.find((item) => item.role === 'help')?.submenu?.map((item) => item.label);
  };

  it("rebuilds the app menu and the tray's in the chosen language", async () => {
    const { main, update } = await boot();
    await update({ closeToTray: true });
    expect(helpLabels(main)).toEqual(['Check for updates…', 'Show logs']);
    await update({ language: 'ru' });
    expect(helpLabels(main)).toEqual(['Проверить обновления…', 'Показать журналы']);
    expect(labels(trayMenu(main))).toEqual(['Открыть Bitrix ID', 'separator', 'Завершить Bitrix ID']);
  });

  it("sets the theme and the window's background to it", async () => {
    const { main, window, update } = await boot();
    await update({ theme: 'dark' });
    expect(await main.read('nativeTheme', 'themeSource')).toBe('dark');
    expect(argument(on(main, 'BrowserWindow.setBackgroundColor', window).at(-1) as CallRecord, 0)).toBe('#15191e');
    await update({ theme: 'light' });
    expect(await main.read('nativeTheme', 'themeSource')).toBe('light');
    expect(argument(on(main, 'BrowserWindow.setBackgroundColor', window).at(-1) as CallRecord, 0)).toBe('#f4f6f8');
  });
});
