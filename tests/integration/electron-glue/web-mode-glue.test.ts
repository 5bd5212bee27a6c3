/**
 * Bitrix24 (web) mode's Electron glue under the recording stand-in for `electron`: the WebContentsView
 * host and the window attention, driven directly (host-driver-main.ts makes them as
 * electron-app-core.ts does), and the built main booted with `--backend bitrix24`.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ChannelName } from '../../../src-preload/contract.ts';
import { invokeChannel } from '../../../src-preload/ipc-names.ts';
import { DRIVER, DRIVER_PLATFORM_ENV, type DriverViewEvent, type DriverViewSpec } from './host-driver-wire.ts';
import { startMain, type MainUnderTest, type StartOptions } from './main-under-test.ts';
import { isFunctionRef, isObjectRef, type CallRecord, type Described, type ObjectId } from './wire.ts';
import { argument, only, refOf, stopEachMainAfterItsTest } from './stand-in-records.ts';

const hostDriverMain = fileURLToPath(new URL('./host-driver-main.ts', import.meta.url));

const NETWORK_URL = 'https://www.bitrix24.net/';
const ACME = 'https://acme.bitrix24.com';
const TEAM = 'https://team.bitrix24.de';
const SELF_HOSTED = 'https://portal.example.com';
const PROFILE_A = 'persist:bitrix24-a';
const PROFILE_B = 'persist:bitrix24-b';
const GOOGLE_SIGN_IN = 'https://accounts.google.com/o/oauth2/auth?client_id=bitrix24';
const EVIL = 'https://evil.example/';

const running = stopEachMainAfterItsTest();
const on = (main: MainUnderTest, api: string, target: ObjectId) => main.calls(api).filter((record) => record.target === target);
const openedExternally = (main: MainUnderTest) => main.calls('shell.openExternal').map((record) => String(argument(record, 0)));

function spec(viewId: string, kind: 'network' | 'portal', partition: string, url: string, knownPortalOrigins: string[] = []): DriverViewSpec {
  return { viewId, kind, partition, url, rules: { viewOrigin: new URL(url).origin, networkUrl: NETWORK_URL, allowLoopback: false, knownPortalOrigins } };
}
const networkView = (partition = PROFILE_A, knownPortalOrigins: string[] = []) =>
  spec('network', 'network', partition, `${NETWORK_URL}passport/view/`, knownPortalOrigins);
const portalView = (origin: string, partition = PROFILE_A) => spec(origin, 'portal', partition, `${origin}/`);

interface View {
  view: ObjectId;
  contents: ObjectId;
  session: ObjectId;
  webPreferences: Record<string, unknown>;
}

interface Driven {
  main: MainUnderTest;
  window: ObjectId;
  call(channel: string, request?: unknown): Promise<unknown>;
  create(spec: DriverViewSpec): Promise<View>;
  events(): Promise<DriverViewEvent[]>;
  /** Fires a main-frame navigation or redirect on a web contents; answers whether the app prevented it. */
  navigate(contents: ObjectId, url: string, event?: 'will-navigate' | 'will-redirect', isMainFrame?: boolean): Promise<boolean>;
  /** Calls the window-open handler the app gave a web contents. */
  open(contents: ObjectId, url: string): Promise<Described>;
  click(contents: ObjectId): Promise<void>;
  partitionOf(session: ObjectId): string;
}

async function drive(options: StartOptions = {}): Promise<Driven> {
  const main = await startMain({ ...options, entry: hostDriverMain });
  running.push(main);
  await main.ready();
  const window = refOf((await main.waitForCall('the app window', (record) => record.api === 'BrowserWindow.constructor')).result);
  const contents = refOf(await main.read(window, 'webContents'));
  await main.waitForCall('the driver to listen', (record) => record.api === 'ipcMain.handle' && argument(record, 0) === DRIVER.showUnread);
  const call = (channel: string, request?: unknown) => main.invoke(channel, request, { sender: contents, frameUrl: 'app://bitrix-id/index.html' });
  return {
    main,
    window,
    call,
    async create(viewSpec) {
      expect(await call(DRIVER.create, viewSpec)).toEqual({ frameUrl: null });
      const construction = main.calls('WebContentsView.constructor').at(-1) as CallRecord;
      const view = refOf(construction.result);
      const webPreferences = (argument(construction, 0) as { webPreferences: Record<string, unknown> }).webPreferences;
      return { view, contents: refOf(await main.read(view, 'webContents')), session: refOf(webPreferences['session']), webPreferences };
    },
    events: async () => (await call(DRIVER.events)) as DriverViewEvent[],
    async navigate(target, url, event = 'will-navigate', isMainFrame = true) {
      const outcome = await main.emit(target, event, { $event: { url, isMainFrame } }, url, false, isMainFrame);
      expect(outcome.returned, `${target} listens to ${event}`).toBe(true);
      return outcome.events[0]?.defaultPrevented === true;
    },
    async open(target, url) {
      const handler = argument(only(on(main, 'WebContents.setWindowOpenHandler', target), `one window-open handler on ${target}`), 0);
      if (!isFunctionRef(handler)) throw new Error('setWindowOpenHandler got no function.');
      return (await main.call(handler, { url, frameName: '', features: '', disposition: 'new-window' })).returned;
    },
    async click(target) {
      await main.emit(target, 'before-mouse-event', { $event: {} }, { type: 'mouseUp', button: 'left', x: 1, y: 1 });
    },
    partitionOf(session) {
      const made = main.calls('session.fromPartition').find((record) => isObjectRef(record.result) && record.result.$ref === session);
      expect(made, `${session} comes from session.fromPartition`).toBeDefined();
      return String(made?.args[0]);
    },
  };
}

/** The handler a session was given by `api` (one per session, whatever the number of views in it). */
function handlerOf(main: MainUnderTest, api: string, session: ObjectId) {
  const handler = argument(only(on(main, api, session), `one ${api} on ${session}`), 0);
  if (!isFunctionRef(handler)) throw new Error(`${api} got no function.`);
  return handler;
}

describe("Bitrix24 mode's views over Electron, driven through the stand-in", { timeout: 120_000 }, () => {
  it("shows each page sandboxed, with no preload, in its profile's one persistent partition; another profile's in another", async () => {
    const driven = await drive();
    const { main, window } = driven;
    const network = await driven.create(networkView());
    const acme = await driven.create(portalView(ACME));
    const team = await driven.create(portalView(TEAM, PROFILE_B));

    for (const { webPreferences } of [network, acme, team]) {
      expect(webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, nodeIntegrationInSubFrames: false, webSecurity: true, webviewTag: false });
      expect(webPreferences['preload']).toBeUndefined();
    }
    expect(on(main, 'WebContents.loadURL', acme.contents).map((record) => argument(record, 0))).toEqual([`${ACME}/`]);
    expect(on(main, 'WebContents.loadURL', network.contents).map((record) => argument(record, 0))).toEqual([`${NETWORK_URL}passport/view/`]);

    expect(acme.session, "the Network and the profile's portals share one session").toBe(network.session);
    expect(driven.partitionOf(acme.session)).toBe(PROFILE_A);
    expect(team.session).not.toBe(acme.session);
    expect(driven.partitionOf(team.session)).toBe(PROFILE_B);

    const contentView = refOf(await main.read(window, 'contentView'));
    const added = on(main, 'View.addChildView', contentView).map((record) => argument(record, 0));
    expect(added).toEqual([{ $ref: network.view }, { $ref: acme.view }, { $ref: team.view }]);
    for (const { view } of [network, acme, team]) expect(on(main, 'WebContentsView.setVisible', view).map((r) => argument(r, 0))).toEqual([false]);

    await driven.call(DRIVER.show, { viewId: ACME, bounds: { x: 0.4, y: 48, width: 800.6, height: 600 } });
    expect(on(main, 'WebContentsView.setBounds', acme.view).map((r) => argument(r, 0))).toEqual([{ x: 0, y: 48, width: 801, height: 600 }]);
    expect(on(main, 'WebContentsView.setVisible', acme.view).at(-1)?.args).toEqual([true]);
    expect(on(main, 'WebContentsView.setVisible', network.view).at(-1)?.args).toEqual([false]);
    await driven.call(DRIVER.hideAll);
    expect(on(main, 'WebContentsView.setVisible', acme.view).at(-1)?.args).toEqual([false]);

    expect(await driven.call(DRIVER.load, { viewId: 'network', url: `${NETWORK_URL}create/` })).toEqual({ frameUrl: null });
    expect(on(main, 'WebContents.loadURL', network.contents).at(-1)?.args).toEqual([`${NETWORK_URL}create/`]);

    await driven.call(DRIVER.destroy, { viewId: ACME });
    expect(on(main, 'View.removeChildView', contentView).map((record) => argument(record, 0))).toEqual([{ $ref: acme.view }]);
    expect(on(main, 'WebContents.close', acme.contents)).toHaveLength(1);
    expect(on(main, 'WebContents.close', network.contents)).toEqual([]);
  });

  it("keeps the Network's sign-in in the view and an identity provider's pop-up in-app, in the same partition, under the same rules", async () => {
    const driven = await drive();
    const { main, window } = driven;
    const network = await driven.create(networkView());

    for (const url of [`${NETWORK_URL}passport/view/?step=otp`, 'https://auth2.bitrix24.net/oauth/authorize/?client_id=acme', GOOGLE_SIGN_IN]) {
      expect(await driven.navigate(network.contents, url), url).toBe(false);
      expect(await driven.navigate(network.contents, url, 'will-redirect'), url).toBe(false);
    }

    const allowed = await driven.open(network.contents, GOOGLE_SIGN_IN);
    expect(allowed).toMatchObject({
      action: 'allow',
      overrideBrowserWindowOptions: {
        parent: { $ref: window },
        webPreferences: { partition: PROFILE_A, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true },
      },
    });
    expect((allowed as { overrideBrowserWindowOptions: { webPreferences: Record<string, unknown> } }).overrideBrowserWindowOptions.webPreferences['preload']).toBeUndefined();

    // Electron makes the pop-up and hands it over; the page's own navigations and pop-ups then follow the Network view's rules.
    const popup = refOf(await main.openWindow());
    const popupContents = refOf(await main.read(popup, 'webContents'));
    await main.emit(network.contents, 'did-create-window', { $ref: popup }, { url: GOOGLE_SIGN_IN });
    expect(await driven.navigate(popupContents, `${NETWORK_URL}passport/view/?done=1`)).toBe(false);
    expect(await driven.navigate(popupContents, 'javascript:alert(1)')).toBe(true);
    expect(await driven.open(popupContents, 'about:blank')).toEqual({ action: 'deny' });
    await driven.click(popupContents);
    expect(await driven.navigate(popupContents, 'https://example.org/privacy')).toBe(true);
    expect(openedExternally(main)).toEqual(['https://example.org/privacy']);

    // A second pop-up the page closed itself is gone; the one still open closes with its view.
    const closedByPage = refOf(await main.openWindow());
    await main.emit(network.contents, 'did-create-window', { $ref: closedByPage }, { url: GOOGLE_SIGN_IN });
    await main.emit(closedByPage, 'closed');
    await driven.call(DRIVER.destroy, { viewId: 'network' });
    expect(on(main, 'BrowserWindow.destroy', popup)).toHaveLength(1);
    expect(on(main, 'BrowserWindow.destroy', closedByPage)).toEqual([]);
  });

  it('refuses javascript:, file: and blank pop-ups, and sends other sites to the system browser through the gate, one per click', async () => {
    const driven = await drive();
    const { main } = driven;
    const network = await driven.create(networkView());

    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'http://evil.example/', 'data:text/html,hi']) {
      expect(await driven.navigate(network.contents, url), url).toBe(true);
      expect(await driven.open(network.contents, url), url).toEqual({ action: 'deny' });
    }
    expect(await driven.open(network.contents, 'about:blank')).toEqual({ action: 'deny' });
    const attach = await main.emit(network.contents, 'will-attach-webview', { $event: {} }, {}, {});
    expect(attach.events[0]?.defaultPrevented).toBe(true);
    expect(openedExternally(main)).toEqual([]);

    await driven.click(network.contents);
    expect(await driven.navigate(network.contents, 'https://helpdesk.example.com/article')).toBe(true);
    expect(await driven.open(network.contents, 'https://second.example.com/')).toEqual({ action: 'deny' });
    expect(openedExternally(main)).toEqual(['https://helpdesk.example.com/article']);
    expect(await driven.events()).toEqual([]);
  });

  it("keeps a portal on its origin and the Network's sign-in; another portal or a provider goes to the browser", async () => {
    const driven = await drive();
    const { main } = driven;
    const acme = await driven.create(portalView(ACME));

    expect(await driven.navigate(acme.contents, `${ACME}/crm/deal/`)).toBe(false);
    expect(await driven.navigate(acme.contents, 'https://auth2.bitrix24.net/oauth/authorize/?client_id=acme', 'will-redirect')).toBe(false);
    expect(await driven.open(acme.contents, `${ACME}/tasks/`)).toMatchObject({ action: 'allow' });
    expect(await driven.navigate(acme.contents, EVIL, 'will-redirect', false), 'a frame inside the page loads what the page embeds').toBe(false);

    // A link through the portal's redirect page leaves for the browser like a direct one.
    await driven.click(acme.contents);
    expect(await driven.navigate(acme.contents, EVIL, 'will-redirect')).toBe(true);
    await driven.click(acme.contents);
    expect(await driven.navigate(acme.contents, `${TEAM}/`)).toBe(true);
    await driven.click(acme.contents);
    expect(await driven.navigate(acme.contents, GOOGLE_SIGN_IN)).toBe(true);
    expect(openedExternally(main)).toEqual([EVIL, `${TEAM}/`, GOOGLE_SIGN_IN]);
    expect(await driven.events(), "a portal's link to another portal is not the app's to open").toEqual([]);
  });

  it("judges by the page the view is on: a portal sent to the Network's sign-in may go on to a social sign-in there", async () => {
    const driven = await drive();
    const { main } = driven;
    const acme = await driven.create(portalView(ACME));
    expect(await driven.open(acme.contents, GOOGLE_SIGN_IN), "from the portal's own page").toEqual({ action: 'deny' });

    await driven.call(DRIVER.load, { viewId: ACME, url: 'https://auth2.bitrix24.net/oauth/authorize/?client_id=acme' });
    expect(await driven.navigate(acme.contents, GOOGLE_SIGN_IN)).toBe(false);
    expect(await driven.open(acme.contents, GOOGLE_SIGN_IN)).toMatchObject({ action: 'allow', overrideBrowserWindowOptions: { webPreferences: { partition: PROFILE_A } } });
    expect(await driven.navigate(acme.contents, `${ACME}/?code=signed-in`)).toBe(false);
    expect(openedExternally(main), "only the one from the portal's own page").toEqual([GOOGLE_SIGN_IN]);
  });

  it("opens a portal the Network's page links to as a portal, a cloud one or one of the profile's own", async () => {
    const driven = await drive();
    const { main } = driven;
    const network = await driven.create(networkView(PROFILE_A, [SELF_HOSTED]));

    expect(await driven.navigate(network.contents, `${TEAM}/`)).toBe(true);
    expect(await driven.open(network.contents, `${SELF_HOSTED}/`)).toEqual({ action: 'deny' });
    expect(await driven.navigate(network.contents, `${ACME}/stream/`, 'will-redirect')).toBe(true);
    expect(await driven.events()).toEqual([
      { viewId: 'network', event: 'openPortal', args: [`${TEAM}/`] },
      { viewId: 'network', event: 'openPortal', args: [`${SELF_HOSTED}/`] },
      { viewId: 'network', event: 'openPortal', args: [`${ACME}/stream/`] },
    ]);
    expect(openedExternally(main)).toEqual([]);
  });

  it("grants web notifications only, only to a portal view's own origin; the Network view and everything else are denied", async () => {
    const driven = await drive();
    const { main } = driven;
    const network = await driven.create(networkView());
    const acme = await driven.create(portalView(ACME));
    const requests = handlerOf(main, 'Session.setPermissionRequestHandler', acme.session);
    const checks = handlerOf(main, 'Session.setPermissionCheckHandler', acme.session);
    const devices = handlerOf(main, 'Session.setDevicePermissionHandler', acme.session);

    const request = async (contents: ObjectId, permission: string, requestingUrl: string) =>
      (await main.call(requests, { $ref: contents }, permission, { $callback: true }, { requestingUrl, isMainFrame: true })).callbacks;
    expect(await request(acme.contents, 'notifications', `${ACME}/online/`)).toEqual([[true]]);
    for (const permission of ['media', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(await request(acme.contents, permission, `${ACME}/online/`), permission).toEqual([[false]]);
    }
    expect(await request(acme.contents, 'notifications', `${TEAM}/`), 'a frame of another origin').toEqual([[false]]);
    expect(await request(acme.contents, 'notifications', 'https://auth2.bitrix24.net/oauth/authorize/')).toEqual([[false]]);
    expect(await request(network.contents, 'notifications', `${NETWORK_URL}passport/view/`)).toEqual([[false]]);

    const check = async (contents: ObjectId | null, permission: string, origin: string) =>
      (await main.call(checks, contents === null ? null : { $ref: contents }, permission, origin, { isMainFrame: true })).returned;
    expect(await check(acme.contents, 'notifications', ACME)).toBe(true);
    expect(await check(acme.contents, 'media', ACME)).toBe(false);
    expect(await check(acme.contents, 'notifications', TEAM)).toBe(false);
    expect(await check(network.contents, 'notifications', 'https://www.bitrix24.net')).toBe(false);
    expect(await check(null, 'notifications', ACME)).toBe(false);
    expect((await main.call(devices, { deviceType: 'usb', origin: ACME })).returned).toBe(false);
  });

  it("reports the page's title, and clears one origin or the whole partition of a profile", async () => {
    const driven = await drive();
    const { main } = driven;
    const acme = await driven.create(portalView(ACME));
    const team = await driven.create(portalView(TEAM, PROFILE_B));

    await main.emit(acme.contents, 'page-title-updated', { $event: {} }, '(3) Activity Stream', true);
    expect(await driven.events()).toEqual([{ viewId: ACME, event: 'titleChanged', args: ['(3) Activity Stream', `${ACME}/`] }]);

    await driven.call(DRIVER.clearOrigin, { partition: PROFILE_A, origin: ACME });
    const cleared = only(on(main, 'Session.clearStorageData', acme.session), 'one origin cleared');
    expect(argument(cleared, 0)).toEqual({ origin: ACME, storages: expect.arrayContaining(['cookies', 'localstorage', 'indexdb', 'serviceworkers', 'cachestorage']) });
    expect(on(main, 'Session.clearCache', acme.session)).toEqual([]);

    await driven.call(DRIVER.clearPartition, { partition: PROFILE_B });
    expect(only(on(main, 'Session.clearStorageData', team.session), 'the partition cleared').args).toEqual([]);
    expect(on(main, 'Session.clearCache', team.session)).toHaveLength(1);
    expect(on(main, 'Session.clearStorageData', acme.session), "the other profile's partition is untouched").toHaveLength(1);
  });
});

describe("Bitrix24 mode's attention over Electron: the unread total on the dock, the taskbar and the title", { timeout: 120_000 }, () => {
  it('puts the total on the badge count and in the window title (macOS, Linux)', async () => {
    const driven = await drive({ env: { [DRIVER_PLATFORM_ENV]: 'linux' } });
    const { main, window } = driven;
    for (const total of [3, 150, 0]) await driven.call(DRIVER.showUnread, { total });
    expect(main.calls('app.setBadgeCount').map((record) => argument(record, 0))).toEqual([3, 150, 0]);
    expect(on(main, 'BrowserWindow.setTitle', window).map((record) => argument(record, 0))).toEqual(['(3) Bitrix ID', '(99+) Bitrix ID', 'Bitrix ID']);
    expect(main.calls('BrowserWindow.setOverlayIcon')).toEqual([]);
  });

  it("puts a badge overlay with the count in its description on Windows' taskbar, and clears it", async () => {
    const driven = await drive({ env: { [DRIVER_PLATFORM_ENV]: 'win32' } });
    const { main, window } = driven;
    await driven.call(DRIVER.showUnread, { total: 3 });
    await driven.call(DRIVER.showUnread, { total: 0 });
    const image = only(main.calls('nativeImage.createFromDataURL'), 'the badge image is made once');
    expect(String(argument(image, 0))).toMatch(/^data:image\/png;base64,/);
    expect(on(main, 'BrowserWindow.setOverlayIcon', window).map((record) => record.args)).toEqual([
      [image.result, '3 unread'],
      [null, ''],
    ]);
    expect(main.calls('app.setBadgeCount')).toEqual([]);
    expect(on(main, 'BrowserWindow.setTitle', window).map((record) => argument(record, 0))).toEqual(['(3) Bitrix ID', 'Bitrix ID']);
  });
});

/** The built main booted with `--backend bitrix24`, its window showing the app's page, and a bridge call from that page. */
async function bootBitrix24Mode() {
  const main = await startMain({ args: ['--backend', 'bitrix24'] });
  running.push(main);
  await main.ready();
  const window = refOf((await main.waitForCall('the main window', (record) => record.api === 'BrowserWindow.constructor')).result);
  const contents = refOf(await main.read(window, 'webContents'));
  const load = await main.waitForCall('the main window to load its page', (record) => record.api === 'BrowserWindow.loadURL' && record.target === window);
  const fromApp = { sender: contents, frameUrl: String(argument(load, 0)) };
  const invoke = (channel: ChannelName, request?: unknown) => main.invoke(invokeChannel(channel), request, fromApp);
  return { main, window, invoke };
}

describe('the built main in Bitrix24 mode', { timeout: 120_000 }, () => {
  it("reports mode bitrix24 on the Network's address, and keeps the window's title its own", async () => {
    const { main, window, invoke } = await bootBitrix24Mode();

    expect(await invoke('app.info')).toMatchObject({
      ok: true,
      value: { backend: { mode: 'bitrix24', url: NETWORK_URL, source: 'override' } },
    });
    const retitled = await main.emit(window, 'page-title-updated', { $event: {} }, 'Bitrix ID', true);
    expect(retitled.events[0]?.defaultPrevented, "the page's <title> does not replace the window's").toBe(true);
  });

  it("opens portals on their own address in the profile's partition, the Network's sign-in in the same one, and a second profile in another", async () => {
    const { main, window, invoke } = await bootBitrix24Mode();
    const valueOf = async <T>(answer: Promise<unknown>): Promise<T> => {
      const result = (await answer) as { ok: boolean; value: T };
      expect(result.ok, JSON.stringify(result)).toBe(true);
      return result.value;
    };
    /** The view the last `WebContentsView` construction made: its contents, its partition, what it loaded. */
    const lastView = async () => {
      const construction = main.calls('WebContentsView.constructor').at(-1) as CallRecord;
      const webPreferences = (argument(construction, 0) as { webPreferences: Record<string, unknown> }).webPreferences;
      const viewContents = refOf(await main.read(refOf(construction.result), 'webContents'));
      const session = refOf(webPreferences['session']);
      const made = main.calls('session.fromPartition').find((record) => isObjectRef(record.result) && record.result.$ref === session);
      return {
        contents: viewContents,
        webPreferences,
        partition: String(made?.args[0]),
        loaded: on(main, 'WebContents.loadURL', viewContents).map((record) => String(argument(record, 0))),
      };
    };
    const prevented = async (target: ObjectId, url: string) =>
      (await main.emit(target, 'will-navigate', { $event: { url, isMainFrame: true } }, url, false, true)).events[0]?.defaultPrevented === true;

    const first = await valueOf<{ activeId: string }>(invoke('profiles.list'));
    expect(await valueOf(invoke('session.get'))).toMatchObject({ status: 'signed_in', user: { id: first.activeId, name: 'Bitrix24' } });
    expect(await invoke('portals.add', { address: 'javascript:alert(1)' })).toEqual({ ok: false, error: { code: 'invalid_address', addressProblem: 'scheme' } });
    const acme = await valueOf<{ id: string }>(invoke('portals.add', { address: 'acme.bitrix24.com' }));
    expect(acme.id).toBe(ACME);

    await valueOf(invoke('portals.open', { portalId: ACME }));
    const acmeView = await lastView();
    expect(acmeView.partition).toBe(`persist:bitrix24-${first.activeId}`);
    expect(acmeView.loaded).toEqual([`${ACME}/`]);
    expect(acmeView.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(acmeView.webPreferences['preload']).toBeUndefined();
    // A portal's page may go to the Network's sign-in and back; another site goes to the system browser.
    expect(await prevented(acmeView.contents, 'https://auth2.bitrix24.net/oauth/authorize/?client_id=acme')).toBe(false);
    expect(await prevented(acmeView.contents, `${ACME}/stream/`)).toBe(false);
    expect(await prevented(acmeView.contents, EVIL)).toBe(true);

    await valueOf(invoke('network.open', { page: 'signIn' }));
    const networkView = await lastView();
    expect(networkView.partition).toBe(acmeView.partition);
    expect(networkView.loaded).toEqual([`${NETWORK_URL}passport/view/`]);
    expect(await prevented(networkView.contents, `${NETWORK_URL}passport/view/?step=otp`)).toBe(false);
    expect(await prevented(networkView.contents, EVIL)).toBe(true);
    const handler = argument(only(on(main, 'WebContents.setWindowOpenHandler', networkView.contents), 'the Network view handles pop-ups'), 0);
    if (!isFunctionRef(handler)) throw new Error('setWindowOpenHandler got no function.');
    const popup = await main.call(handler, { url: GOOGLE_SIGN_IN, frameName: '', features: '', disposition: 'new-window' });
    expect(popup.returned).toMatchObject({
      action: 'allow',
      overrideBrowserWindowOptions: { parent: { $ref: window }, webPreferences: { partition: acmeView.partition, sandbox: true } },
    });

    const second = await valueOf<{ activeId: string; profiles: unknown[] }>(invoke('profiles.add', {}));
    expect(second.profiles).toHaveLength(2);
    expect(second.activeId).not.toBe(first.activeId);
    expect(await valueOf(invoke('portals.list'))).toMatchObject({ items: [] });
    await valueOf(invoke('portals.add', { address: 'acme.bitrix24.com' }));
    await valueOf(invoke('portals.open', { portalId: ACME }));
    const secondView = await lastView();
    expect(secondView.partition).toBe(`persist:bitrix24-${second.activeId}`);
    expect(secondView.partition).not.toBe(acmeView.partition);
  });
});
