/**
 * The Electron glue (src-main/index.ts, src-main/electron/*), run: the built main boots in Node
 * under a recording stand-in for `electron`, and each test drives it as Electron and a renderer
 * would — through the ipcMain handlers it registers, the events of its windows and views, and the
 * handlers it gives Electron — then checks the calls it made.
 */
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { invokeChannel } from '../../../src-preload/ipc-names.ts';
import { startMockHttpServer } from '../../../mocks/index.ts';
import { builtMainDir } from '../../bench/paths.ts';
import { isMswModule, mockModulesLoaded } from '../../bench/startup-report.ts';
import { keychainAccounts } from '../../e2e/support/keychain.ts';
import type { ChannelName } from '../../../src-preload/contract.ts';
import { startMain, type CallSource, type MainUnderTest, type StartOptions } from './main-under-test.ts';
import { INVOKED, READY, STAND_IN_VERSION, isFunctionRef, isObjectRef, type CallRecord, type ObjectId } from './wire.ts';
import { argument, only, refOf, stopEachMainAfterItsTest } from './stand-in-records.ts';

/** npm test runs vitest beside an unlocked Secret Service: there the app must keep Alice's token in it. */
const keychainRequired = process.env['BITRIX_ID_REQUIRE_KEYCHAIN'] === '1';
const alice = { login: 'alice@example.com', password: 'Alice-Passw0rd!' };
const evil = 'https://evil.example/';

const running = stopEachMainAfterItsTest();
const webPreferencesOf = (construction: CallRecord) => (argument(construction, 0) as { webPreferences: Record<string, unknown> }).webPreferences;

interface Booted {
  main: MainUnderTest;
  window: ObjectId;
  contents: ObjectId;
  /** The URL the main window was told to load (a file: URL for loadFile). */
  appUrl: string;
  /** A bridge call from the window's own top frame, showing the app's page. */
  invoke(channel: ChannelName, request?: unknown): Promise<unknown>;
}

/** Boots the built main, lets Electron become ready and waits for the main window and its page. */
async function boot(options: StartOptions = {}): Promise<Booted> {
  const main = await startMain(options);
  running.push(main);
  await main.ready();
  const created = await main.waitForCall('the main window to be created', (record) => record.api === 'BrowserWindow.constructor');
  const window = refOf(created.result);
  const contents = refOf(await main.read(window, 'webContents'));
  const load = await main.waitForCall(
    'the main window to load its page',
    (record) => /\.load(URL|File)$/.test(record.api) && (record.target === window || record.target === contents),
  );
  const target = String(argument(load, 0));
  const appUrl = load.api.endsWith('loadFile') ? pathToFileURL(target).href : target;
  const fromApp: CallSource = { sender: contents, frameUrl: appUrl };
  return { main, window, contents, appUrl, invoke: (channel, request) => main.invoke(invokeChannel(channel), request, fromApp) };
}

/** The window-open handler the app gave this WebContents. */
function windowOpenHandler(main: MainUnderTest, contents: ObjectId) {
  const handler = argument(only(main.calls('WebContents.setWindowOpenHandler').filter((r) => r.target === contents), 'one window-open handler'), 0);
  if (!isFunctionRef(handler)) throw new Error('setWindowOpenHandler got no function.');
  return (url: string) => main.call(handler, { url, frameName: '', features: '', disposition: 'foreground-tab' });
}

async function navigationPrevented(main: MainUnderTest, contents: ObjectId, event: 'will-navigate' | 'will-redirect', url: string) {
  const outcome = await main.emit(contents, event, { $event: { url } }, url);
  expect(outcome.returned, `${contents} listens to ${event}`).toBe(true);
  return outcome.events[0]?.defaultPrevented;
}

const openedExternally = (main: MainUnderTest) => main.calls('shell.openExternal').map((record) => String(argument(record, 0)));

/** Signs Alice in and opens a portal; returns its view, the view's web contents and the URL it loaded. */
async function openPortal(booted: Booted, portalId: string) {
  const { main } = booted;
  expect(await booted.invoke('portals.open', { portalId })).toMatchObject({ ok: true, value: { portalId } });
  const views = main.calls('WebContentsView.constructor');
  const construction = views[views.length - 1] as CallRecord;
  const view = refOf(construction.result);
  const contents = refOf(await main.read(view, 'webContents'));
  const load = only(main.calls('WebContents.loadURL').filter((record) => record.target === contents), `${view} loads the portal`);
  return { construction, view, contents, url: String(argument(load, 0)) };
}

/** One plain HTTP request with the given Host header, as a browser page (or a rebinding attacker) would send it. */
function fetchWithHost(url: URL, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { hostname: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, headers: { host }, agent: false },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('error', reject);
    request.end();
  });
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('the Electron glue, booted under a recording stand-in for electron', { timeout: 120_000 }, () => {
  it("gives the main window Electron's safe webPreferences and the built preload", async () => {
    const { main } = await boot();
    const preferences = webPreferencesOf(only(main.calls('BrowserWindow.constructor'), 'one main window'));
    expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    const preload = String(preferences['preload']);
    expect(preload).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(existsSync(preload), 'the preload the window names was built').toBe(true);
    expect(String(preferences['disableBlinkFeatures'] ?? '').split(',')).toContain('Auxclick');
  });

  it("loads the renderer from the app's own privileged scheme, served by its protocol handler", async () => {
    const { main, appUrl } = await boot();
    expect(new URL(appUrl).protocol).toBe('app:');
    expect(main.calls().filter((record) => record.api.endsWith('.loadFile'))).toEqual([]);

    const privileged = only(main.calls('Protocol.registerSchemesAsPrivileged'), 'the schemes are registered once');
    expect(privileged.seq, 'registered before Electron is ready').toBeLessThan(only(main.calls(READY), 'ready once').seq);
    expect(argument(privileged, 0)).toContainEqual(
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    );

    const handled = main.calls('Protocol.handle').find((record) => argument(record, 0) === 'app');
    expect(handled, "protocol.handle('app', …)").toBeDefined();
    const page = await main.request(handled?.target ?? '', 'app', { url: appUrl });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.body).toContain('<div id="root">');

    const outside = await main.request(handled?.target ?? '', 'app', { url: new URL('/..%2F..%2Fpackage.json', appUrl).href });
    expect(outside.status, 'nothing outside the renderer folder is served').not.toBe(200);
    expect(outside.body).not.toContain('bitrix-id-desktop');
  });

  it("refuses a bridge call from a foreign page or a frame inside the app's page, and answers its own", async () => {
    const booted = await boot();
    const { main, contents, appUrl } = booted;
    const appInfo = invokeChannel('app.info');
    expect(await booted.invoke('app.info')).toMatchObject({ ok: true, value: { version: STAND_IN_VERSION } });
    const refused = { ok: false, error: { code: 'forbidden' } };
    expect(await main.invoke(appInfo, undefined, { sender: contents, frameUrl: evil })).toMatchObject(refused);
    expect(await main.invoke(appInfo, undefined, { sender: contents, frameUrl: appUrl, subframe: true })).toMatchObject(refused);
    expect(await main.invoke(appInfo, undefined, { sender: contents, frameUrl: 'file:///etc/passwd' })).toMatchObject(refused);
  });

  it('signs in, lists and opens portals in sandboxed views of their own, and signs out, end to end', async () => {
    const booted = await boot();
    const { main, window, contents } = booted;
    expect(await booted.invoke('app.info')).toMatchObject({
      ok: true,
      value: { version: STAND_IN_VERSION, backend: { mode: 'mock', source: 'default' }, mockTools: true },
    });

    expect(await booted.invoke('session.signIn', alice)).toMatchObject({
      ok: true,
      value: { status: 'signed_in', user: { name: 'Alice', email: alice.login }, persistence: keychainRequired ? 'keychain' : expect.any(String) },
    });
    if (keychainRequired) expect(await keychainAccounts(main.keychainService)).toHaveLength(1);
    await main.waitForCall(
      'the window to be told of the sign-in',
      (record) => record.api === 'WebContents.send' && record.target === contents && argument(record, 0) === 'bitrix-id:event:session.changed',
    );

    const list = (await booted.invoke('portals.list')) as { ok: boolean; value: { items: Array<{ id: string; domain: string }> } };
    expect(list.ok).toBe(true);
    expect(list.value.items.map((portal) => portal.domain)).toEqual(expect.arrayContaining(['acme.bitrix24.com', 'alice-team.bitrix24.com']));

    const acme = await openPortal(booted, 'p-acme');
    const preferences = webPreferencesOf(acme.construction);
    expect(preferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, nodeIntegrationInSubFrames: false, webviewTag: false });
    expect(preferences['preload']).toBeUndefined();
    const acmeSession = refOf(preferences['session']);
    expect(acmeSession).not.toBe('defaultSession');
    const partitionOf = (session: ObjectId) => {
      const made = main.calls('session.fromPartition').find((r) => isObjectRef(r.result) && r.result.$ref === session);
      expect(made, `${session} comes from session.fromPartition`).toBeDefined();
      return String(made?.args[0]);
    };
    expect(partitionOf(acmeSession)).toMatch(/^persist:/);

    // Its session denies every permission.
    const permissionHandler = argument(only(main.calls('Session.setPermissionRequestHandler').filter((r) => r.target === acmeSession), 'one'), 0);
    if (!isFunctionRef(permissionHandler)) throw new Error('No permission handler.');
    expect((await main.call(permissionHandler, { $ref: acme.contents }, 'media', { $callback: true }, {})).callbacks).toEqual([[false]]);

    // The view is in the window, on the portal's https address, and the embedded mock answers it there.
    const contentView = refOf(await main.read(window, 'contentView'));
    expect(main.calls('View.addChildView').filter((r) => r.target === contentView).map((r) => argument(r, 0))).toContainEqual({ $ref: acme.view });
    expect(new URL(acme.url).origin).toBe('https://acme.bitrix24.com');
    const pages = only(main.calls('Protocol.handle').filter((r) => r.target === `${acmeSession}.protocol`), 'mock pages on the partition');
    const page = await main.request(pages.target, 'https', { url: acme.url });
    expect(page.status).toBe(200);
    expect(page.body).toContain('signed in as Alice Demo');

    expect(await booted.invoke('portals.layout', { bounds: { x: 0, y: 48, width: 800, height: 600 } })).toEqual({ ok: true, value: { shown: true } });
    const onView = (api: string) => main.calls(api).filter((r) => r.target === acme.view).map((r) => argument(r, 0));
    expect(onView('WebContentsView.setBounds')).toContainEqual({ x: 0, y: 48, width: 800, height: 600 });
    expect(onView('WebContentsView.setVisible').at(-1)).toBe(true);

    const team = await openPortal(booted, 'p-alice-team');
    const teamSession = refOf(webPreferencesOf(team.construction)['session']);
    expect(teamSession).not.toBe(acmeSession);
    expect(partitionOf(teamSession)).toMatch(/^persist:/);
    expect(partitionOf(teamSession)).not.toBe(partitionOf(acmeSession));

    expect(await booted.invoke('session.signOut')).toMatchObject({ ok: true, value: { status: 'signed_out' } });
    const removed = main.calls('View.removeChildView').map((r) => argument(r, 0));
    expect(removed).toEqual(expect.arrayContaining([{ $ref: acme.view }, { $ref: team.view }]));
    const closed = main.calls('WebContents.close').map((r) => r.target);
    expect(closed).toEqual(expect.arrayContaining([acme.contents, team.contents]));
    expect(await booted.invoke('session.get')).toMatchObject({ ok: true, value: { status: 'signed_out' } });
    if (keychainRequired) expect(await keychainAccounts(main.keychainService)).toEqual([]);
  });

  it("keeps the main window on the app's page and denies its pop-ups; only https ever reaches the system browser", async () => {
    const booted = await boot();
    const { main, contents, appUrl } = booted;
    expect(await navigationPrevented(main, contents, 'will-navigate', evil)).toBe(true);
    expect(await navigationPrevented(main, contents, 'will-navigate', appUrl)).toBe(false);
    expect(await navigationPrevented(main, contents, 'will-redirect', evil)).toBe(true);
    const attach = await main.emit(contents, 'will-attach-webview', { $event: {} }, {}, {});
    expect(attach.events[0]?.defaultPrevented).toBe(true);

    const open = windowOpenHandler(main, contents);
    for (const url of [evil, appUrl, 'http://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect((await open(url)).returned, url).toEqual({ action: 'deny' });
    }
    for (const url of ['http://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(await navigationPrevented(main, contents, 'will-navigate', url), url).toBe(true);
    }
    for (const url of openedExternally(main)) expect(new URL(url).protocol, url).toBe('https:');
  });

  it("lets the app's own page write to the clipboard (Copy) and nothing else: no other permission, no other page or frame", async () => {
    const { main, appUrl } = await boot();
    const handlerOn = (api: string) => {
      const handler = argument(only(main.calls(api).filter((record) => record.target === 'defaultSession'), `one ${api}`), 0);
      if (!isFunctionRef(handler)) throw new Error(`${api} got no function.`);
      return handler;
    };
    const requests = handlerOn('Session.setPermissionRequestHandler');
    const checks = handlerOn('Session.setPermissionCheckHandler');
    const request = async (permission: string, requestingUrl: string, isMainFrame = true) =>
      (await main.call(requests, null, permission, { $callback: true }, { requestingUrl, isMainFrame })).callbacks;
    const check = async (permission: string, requestingUrl: string, isMainFrame = true) =>
      (await main.call(checks, null, permission, new URL(requestingUrl).origin, { requestingUrl, isMainFrame })).returned;

    expect(await request('clipboard-sanitized-write', appUrl)).toEqual([[true]]);
    expect(await check('clipboard-sanitized-write', appUrl)).toBe(true);
    for (const permission of ['clipboard-read', 'media', 'notifications', 'geolocation', 'openExternal']) {
      expect(await request(permission, appUrl), permission).toEqual([[false]]);
      expect(await check(permission, appUrl), permission).toBe(false);
    }
    expect(await request('clipboard-sanitized-write', evil)).toEqual([[false]]);
    expect(await check('clipboard-sanitized-write', evil)).toBe(false);
    expect(await request('clipboard-sanitized-write', appUrl, false), 'a frame inside the page').toEqual([[false]]);
  });

  it("keeps a portal view on its portal's origin and denies its pop-ups; only https ever reaches the system browser", async () => {
    const booted = await boot();
    const { main } = booted;
    expect(await booted.invoke('session.signIn', alice)).toMatchObject({ ok: true });
    const acme = await openPortal(booted, 'p-acme');

    expect(await navigationPrevented(main, acme.contents, 'will-navigate', 'https://acme.bitrix24.com/crm/')).toBe(false);
    expect(await navigationPrevented(main, acme.contents, 'will-navigate', evil)).toBe(true);
    expect(await navigationPrevented(main, acme.contents, 'will-navigate', 'https://partners.bitrix24.de/')).toBe(true);
    expect(await navigationPrevented(main, acme.contents, 'will-redirect', evil)).toBe(true);
    const attach = await main.emit(acme.contents, 'will-attach-webview', { $event: {} }, {}, {});
    expect(attach.events[0]?.defaultPrevented).toBe(true);

    const open = windowOpenHandler(main, acme.contents);
    for (const url of [evil, 'https://acme.bitrix24.com/tasks/', 'http://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect((await open(url)).returned, url).toEqual({ action: 'deny' });
    }
    for (const url of ['http://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(await navigationPrevented(main, acme.contents, 'will-navigate', url), url).toBe(true);
    }
    for (const url of openedExternally(main)) expect(new URL(url).protocol, url).toBe('https:');
  });

  it('lets a portal page drive the system browser at most once per click, never with credentials', async () => {
    const booted = await boot();
    const { main } = booted;
    expect(await booted.invoke('session.signIn', alice)).toMatchObject({ ok: true });
    const acme = await openPortal(booted, 'p-acme');
    const open = windowOpenHandler(main, acme.contents);

    // A scripted burst with no user action: 10 navigations and 10 pop-ups off the portal.
    for (let index = 0; index < 10; index += 1) {
      await navigationPrevented(main, acme.contents, 'will-navigate', `https://burst.example/nav-${index}`);
      await open(`https://burst.example/pop-${index}`);
    }
    expect(openedExternally(main).filter((url) => url.startsWith('https://burst.example/')).length).toBeLessThanOrEqual(1);

    // A click lets exactly one link out, and a URL carrying credentials never goes.
    await main.emit(acme.contents, 'before-mouse-event', { $event: {} }, { type: 'mouseUp', button: 'left', x: 1, y: 1 });
    await open('https://user:secret@clicked.example/');
    await open('https://clicked.example/one');
    await open('https://clicked.example/two');
    const clicked = openedExternally(main).filter((url) => url.includes('clicked.example'));
    expect(clicked).toEqual(['https://clicked.example/one']);
  });

  it("takes bitrixid:// links from a second launch to the window at the front, keeping the link's secret in main", async () => {
    const booted = await boot();
    const { main, window, contents } = booted;
    const handler = only(main.calls('app.setAsDefaultProtocolClient'), 'the link scheme is registered once');
    expect(argument(handler, 0)).toBe('bitrixid');
    expect(only(main.calls('app.requestSingleInstanceLock'), 'one instance').result).toBe(true);

    const checkword = 'Chk4Stand1n';
    const link = `bitrixid://recover?login=alice%40example.com&checkword=${checkword}`;
    const launch = await main.emit('app', 'second-instance', { $event: {} }, ['/usr/bin/bitrix-id', link], '/', {});
    expect(launch.returned, 'the app listens for second launches').toBe(true);
    expect(main.calls('BrowserWindow.focus').map((record) => record.target)).toContain(window);

    const opened = await main.waitForCall(
      'the window to be told of the link',
      (record) => record.api === 'WebContents.send' && record.target === contents && argument(record, 0) === 'bitrix-id:event:link.opened',
    );
    expect(argument(opened, 1)).toEqual({ kind: 'recover', login: 'alice@example.com' });
    const toRenderer = main.calls('WebContents.send').map((record) => JSON.stringify(record.args));
    expect(toRenderer.filter((sent) => sent.includes(checkword))).toEqual([]);
    expect(await booted.invoke('links.pending')).toEqual({ ok: true, value: { kind: 'recover', login: 'alice@example.com' } });
  });

  it("opens the embedded mock's consent server only for a social sign-in: consent pages only, its own Host only", async () => {
    const booted = await boot();
    const { main } = booted;
    const signIn = booted.invoke('social.signIn', { provider: 'google' });
    const opened = await main.waitForCall('the system browser to be sent to the consent page', (record) => record.api === 'shell.openExternal');
    const authorize = new URL(String(argument(opened, 0)));
    expect(authorize.hostname).toBe('127.0.0.1');
    const own = authorize.host;

    expect((await fetchWithHost(authorize, own)).status, 'the consent page').toBe(200);
    for (const path of ['/__mock/issued-secrets', '/__mock/inbox', '/api/v1/health']) {
      expect((await fetchWithHost(new URL(path, authorize), own)).status, path).toBe(404);
    }
    expect([403, 421], 'a foreign Host (DNS rebinding)').toContain((await fetchWithHost(authorize, `evil.example:${authorize.port}`)).status);

    expect(await booted.invoke('social.cancel')).toEqual({ ok: true, value: { cancelled: true } });
    expect(await signIn).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await listening(Number(authorize.port)), 'closed once no sign-in waits').toBe(false);
  });
});

describe('start-up: the window first, the app core while it loads', { timeout: 120_000 }, () => {
  const loaded = async (main: MainUnderTest) => (await main.modules()).map((load) => load.url);
  const coreReady = (main: MainUnderTest) => main.waitForCall('the app core to be built', (record) => record.api === 'Menu.setApplicationMenu');

  it('makes the window while the app core waits, and gives the core the bridge calls and links that came first', async () => {
    const booted = await boot({ env: { STAND_IN_HOLD_KEYCHAIN: '1' } });
    const { main, contents } = booted;
    const early = [booted.invoke('app.info'), booted.invoke('session.get')];
    await main.waitForCall('the early session.get to reach its handler', (record) => record.api === INVOKED && argument(record, 0) === 'bitrix-id:invoke:session.get');
    const link = 'bitrixid://recover?login=alice%40example.com&checkword=Chk4Early1';
    await main.emit('app', 'second-instance', { $event: {} }, ['/usr/bin/bitrix-id', link], '/', {});
    expect(main.calls('Menu.setApplicationMenu'), 'no app core yet: it waits for the keychain').toEqual([]);

    await main.releaseKeychain();
    expect(await Promise.all(early)).toEqual([
      { ok: true, value: expect.objectContaining({ version: STAND_IN_VERSION, backend: expect.objectContaining({ mode: 'mock' }) }) },
      { ok: true, value: expect.objectContaining({ status: 'signed_out' }) },
    ]);
    const opened = await main.waitForCall(
      'the window to be told of the early link',
      (record) => record.api === 'WebContents.send' && record.target === contents && argument(record, 0) === 'bitrix-id:event:link.opened',
    );
    expect(argument(opened, 1)).toEqual({ kind: 'recover', login: 'alice@example.com' });
    const window = only(main.calls('BrowserWindow.constructor'), 'one main window');
    expect(window.seq, 'the window came before the app core').toBeLessThan((await coreReady(main)).seq);
  });

  it('loads the embedded mock (msw, mocks/) after the window, when the mock is the backend', async () => {
    const { main } = await boot();
    await coreReady(main);
    const modules = await main.modules();
    const firstMsw = modules.find((load) => isMswModule(load.url));
    expect(firstMsw, 'msw is loaded').toBeDefined();
    expect(only(main.calls('BrowserWindow.constructor'), 'one main window').t).toBeLessThan(firstMsw?.t ?? 0);
    expect(mockModulesLoaded(await loaded(main), builtMainDir).mocks).toBeGreaterThan(0);
  });

  it('loads no module of msw or of mocks/ against a real server, even after a sign-in', async () => {
    const server = await startMockHttpServer({ port: 0 });
    try {
      const booted = await boot({ args: ['--api-url', server.url] });
      const { main } = booted;
      expect(await booted.invoke('app.info')).toMatchObject({ ok: true, value: { backend: { mode: 'url', url: server.url } } });
      expect(await booted.invoke('session.signIn', alice)).toMatchObject({
        ok: true,
        value: { status: 'signed_in' },
      });
      await coreReady(main);
      const modules = await loaded(main);
      expect(modules.filter(isMswModule)).toEqual([]);
      expect(mockModulesLoaded(modules, builtMainDir)).toEqual({ msw: 0, mocks: 0 });
    } finally {
      await server.close();
    }
  });

  it('exits with code 1 when the app core cannot start (an unknown mock scenario)', async () => {
    const { main } = await boot({ env: { BITRIX_ID_MOCK_SCENARIO: 'no-such-scenario' } });
    const exit = await main.waitForCall('the app to exit', (record) => record.api === 'app.exit');
    expect(exit.args).toEqual([1]);
    expect(main.calls('Menu.setApplicationMenu')).toEqual([]);
  });
});
