/**
 * The `electron` module as the built main imports it under test (register-stand-in.ts points the
 * specifier here). It records every call the app makes, with a timestamp, and answers with the
 * least a caller needs (a promise that resolves, a stable object); it does not behave like
 * Electron: nothing loads, navigates or opens. The test drives it over the fork's IPC channel:
 * it makes the app ready, calls the app's ipcMain handlers as a renderer frame would, fires events
 * on windows and web contents, and calls the handlers the app registered.
 *
 * Anything the app touches that is not here throws and is recorded as UNIMPLEMENTED, so a new use
 * of Electron's API is noticed rather than silently faked.
 */
import { EventEmitter } from 'node:events';
import { request as httpRequest, type ClientRequest as NodeClientRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { releaseKeychain } from './keychain-gate.ts';
import { loadedModules } from './loaded-modules.ts';
import {
  INVOKED,
  READY,
  STAND_IN_LOCALE,
  STAND_IN_VERSION,
  UNIMPLEMENTED,
  isCallbackMarker,
  isEventMarker,
  isObjectRef,
  isRequestMarker,
  type CallOutcome,
  type CallRecord,
  type ChildMessage,
  type Command,
  type CommandMessage,
  type Described,
  type ObjectId,
  type RequestSpec,
  type ResponseSeen,
} from './wire.ts';

type AnyFunction = (...args: never[]) => unknown;
type Members = Record<string, unknown>;

function send(message: ChildMessage): void {
  if (!process.send) throw new Error('The electron stand-in runs only in a process forked by tests/integration/electron-glue/main-under-test.ts.');
  process.send(message);
}

// ---- Identities: every stand-in object and every function the app hands over gets a name.

const counters = new Map<string, number>();
const idOf = new WeakMap<object, ObjectId>();
const byId = new Map<ObjectId, object>();
const rawOf = new WeakMap<object, Members>();
const emitters = new Map<ObjectId, EventEmitter>();
const functions: AnyFunction[] = [];
const functionIds = new WeakMap<AnyFunction, number>();
let seq = 0;

function nextId(kind: string): ObjectId {
  const n = (counters.get(kind) ?? 0) + 1;
  counters.set(kind, n);
  return `${kind}#${n}`;
}

function functionRef(fn: AnyFunction): { $fn: number } {
  let id = functionIds.get(fn);
  if (id === undefined) {
    id = functions.push(fn) - 1;
    functionIds.set(fn, id);
  }
  return { $fn: id };
}

/** A value as the test can receive it: stand-ins by name, functions by number, data as data. */
function describe(value: unknown, path: object[] = []): Described {
  if (typeof value === 'function') {
    const id = idOf.get(value);
    return id ? { $ref: id } : functionRef(value as AnyFunction);
  }
  if (typeof value === 'symbol') return String(value);
  if (typeof value !== 'object' || value === null) return value;
  const id = idOf.get(value);
  if (id) return { $ref: id };
  if (path.includes(value)) return '[cycle]';
  const inner = [...path, value];
  if (Array.isArray(value)) return value.map((item) => describe(item, inner));
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    return { $instance: (value as { constructor?: { name?: string } }).constructor?.name ?? 'object', text: String(value) };
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, describe(item, inner)]));
}

function recorded(kind: string, target: ObjectId, member: string, fn: AnyFunction): AnyFunction {
  const wrapper = (...args: never[]): unknown => {
    const record: CallRecord = { seq: ++seq, t: performance.now(), api: `${kind}.${member}`, target, args: args.map((arg) => describe(arg)) };
    try {
      const result = fn(...args);
      if (result !== undefined) record.result = describe(result);
      return result;
    } catch (error) {
      record.threw = error instanceof Error ? error.message : String(error);
      throw error;
    } finally {
      send({ kind: 'record', record });
    }
  };
  return wrapper;
}

function unimplemented(kind: string, target: ObjectId, member: string): never {
  send({ kind: 'record', record: { seq: ++seq, t: performance.now(), api: UNIMPLEMENTED, target, args: [`${kind}.${member}`] } });
  throw new TypeError(`The electron stand-in has no ${kind}.${member}: add it to tests/integration/electron-glue/electron-stand-in.ts.`);
}

/** Loud about anything not listed: only `then` (asked of every awaited value) and symbols pass. */
function guarded<T extends object>(kind: string, id: ObjectId, target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'symbol' || property === 'then' || property in object) return Reflect.get(object, property, receiver) as unknown;
      return unimplemented(kind, id, property);
    },
  });
}

/** An object of this kind with these members; its methods record their calls. */
function standIn(kind: string, members: Members, id: ObjectId = nextId(kind)): Members {
  const target: Members = {};
  for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(members))) {
    if (typeof descriptor.value === 'function') descriptor.value = recorded(kind, id, name, descriptor.value as AnyFunction);
    Object.defineProperty(target, name, descriptor);
  }
  const proxy = guarded(kind, id, target);
  idOf.set(proxy, id);
  byId.set(id, proxy);
  rawOf.set(proxy, target);
  return proxy;
}

/** As standIn, with on/once/off for listeners the test can fire with the `emit` command. */
function emitterStandIn(kind: string, members: Members, id: ObjectId = nextId(kind)): Members {
  const emitter = new EventEmitter();
  emitters.set(id, emitter);
  const listen = (method: 'on' | 'once' | 'off') =>
    function (event: string, listener: (...args: unknown[]) => void) {
      emitter[method](event, listener);
      return self;
    };
  const self = standIn(kind, { ...members, on: listen('on'), once: listen('once'), off: listen('off'), removeListener: listen('off') }, id);
  return self;
}

/** A constructor (`new BrowserWindow(…)`) whose construction and static calls are recorded. */
function standInClass(kind: string, construct: (...args: never[]) => object, statics: Members = {}): Members {
  const constructor = function StandIn() {};
  for (const [name, value] of Object.entries(statics)) {
    Object.defineProperty(constructor, name, { value: typeof value === 'function' ? recorded(kind, kind, name, value as AnyFunction) : value });
  }
  const record = recorded(kind, kind, 'constructor', construct);
  const proxy = new Proxy(constructor, {
    construct: (_target, args: never[]) => record(...args) as object,
    get(object, property, receiver) {
      if (typeof property === 'symbol' || property in object) return Reflect.get(object, property, receiver) as unknown;
      return unimplemented(kind, kind, property);
    },
  });
  idOf.set(proxy, kind);
  return proxy as unknown as Members;
}

const resolved = () => Promise.resolve();

// ---- The API surface the app uses.

const paths = new Map<string, string>([
  ['home', homedir()],
  ['appData', join(homedir(), '.config')],
  ['temp', tmpdir()],
]);
function pathOf(name: string): string {
  const path = paths.get(name);
  if (path) return path;
  if (name === 'userData') return join(pathOf('appData'), 'Bitrix ID Desktop');
  if (name === 'logs') return join(pathOf('userData'), 'logs');
  throw new Error(`The electron stand-in knows no app.getPath('${name}').`);
}

/** The OS's login item for the app, as setLoginItemSettings left it. */
const loginItem = { openAtLogin: false, wasOpenedAtLogin: false };

let ready = false;
let markReady: () => void = () => {};
const whenReady = new Promise<void>((resolve) => {
  markReady = resolve;
});

export const app = emitterStandIn(
  'app',
  {
    isPackaged: false,
    whenReady: () => whenReady,
    isReady: () => ready,
    requestSingleInstanceLock: () => true,
    quit() {},
    exit() {},
    enableSandbox() {},
    setPath(name: string, path: string) {
      paths.set(name, path);
    },
    getPath: pathOf,
    getVersion: () => STAND_IN_VERSION,
    getLocale: () => STAND_IN_LOCALE,
    setAsDefaultProtocolClient: () => true,
    setBadgeCount: () => true,
    getAppPath: () => process.cwd(),
    getName: () => 'Bitrix ID Desktop',
    setLoginItemSettings(settings: { openAtLogin?: boolean }) {
      loginItem.openAtLogin = settings.openAtLogin ?? false;
    },
    getLoginItemSettings: () => ({ ...loginItem }),
  },
  'app',
);

function webFrame(url: string, parent: Members | null): Members {
  const frame = standIn('WebFrameMain', { url, parent });
  const raw = rawOf.get(frame);
  if (raw) raw['top'] = parent ?? frame;
  return frame;
}

/** A WebContents; `getURL` answers the last URL it was told to load (nothing loads, so that is where it "is"). */
function webContents(): Members {
  const id = nextId('WebContents');
  let url = '';
  return emitterStandIn(
    'WebContents',
    {
      id: Number(id.split('#')[1]),
      mainFrame: webFrame('', null),
      setWindowOpenHandler() {},
      send() {},
      loadURL(next: string) {
        url = next;
        return Promise.resolve();
      },
      loadFile: resolved,
      getURL: () => url,
      close() {},
      isDestroyed: () => false,
    },
    id,
  );
}

interface WindowOptions {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}

/**
 * A BrowserWindow: it keeps the bounds it was made with or given, whether it shows and whether it is
 * maximized; `close()` asks its 'close' listeners as Electron does and is closed unless one prevents it.
 */
function browserWindow(options: WindowOptions = {}): Members {
  let destroyed = false;
  let visible = false;
  let maximized = false;
  let bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
  const id = nextId('BrowserWindow');
  const self = emitterStandIn(
    'BrowserWindow',
    {
      webContents: webContents(),
      contentView: standIn('View', { addChildView() {}, removeChildView() {} }),
      loadURL: resolved,
      loadFile: resolved,
      show() {
        visible = true;
      },
      hide() {
        visible = false;
      },
      focus() {},
      restore() {},
      maximize() {
        maximized = true;
        visible = true;
      },
      setTitle() {},
      setOverlayIcon() {},
      setBackgroundColor() {},
      setBounds(next: typeof bounds) {
        bounds = { ...next };
      },
      getBounds: () => ({ ...bounds }),
      getNormalBounds: () => ({ ...bounds }),
      close() {
        const emitter = emitters.get(id);
        const event = { defaultPrevented: false, preventDefault: () => void (event.defaultPrevented = true) };
        emitter?.emit('close', event);
        if (event.defaultPrevented) return;
        destroyed = true;
        visible = false;
        emitter?.emit('closed');
      },
      destroy() {
        destroyed = true;
      },
      isVisible: () => visible,
      isMaximized: () => maximized,
      isMinimized: () => false,
      isDestroyed: () => destroyed,
    },
    id,
  );
  return self;
}

export const BrowserWindow = standInClass('BrowserWindow', browserWindow);

export const WebContentsView = standInClass('WebContentsView', () =>
  standIn('WebContentsView', { webContents: webContents(), setVisible() {}, setBounds() {} }),
);

/** Handlers given to `protocol.handle`, by Protocol object and scheme. */
const protocolHandlers = new Map<ObjectId, Map<string, AnyFunction>>();

function protocolObject(id: ObjectId, extra: Members = {}): Members {
  const handlers = new Map<string, AnyFunction>();
  protocolHandlers.set(id, handlers);
  return standIn(
    'Protocol',
    {
      handle(scheme: string, handler: AnyFunction) {
        handlers.set(scheme, handler);
      },
      unhandle(scheme: string) {
        handlers.delete(scheme);
      },
      isProtocolHandled: (scheme: string) => handlers.has(scheme),
      ...extra,
    },
    id,
  );
}

function sessionObject(id: ObjectId, sessionProtocol: Members): Members {
  return standIn(
    'Session',
    {
      protocol: sessionProtocol,
      webRequest: standIn('WebRequest', { onHeadersReceived() {} }),
      setPermissionRequestHandler() {},
      setPermissionCheckHandler() {},
      setDevicePermissionHandler() {},
      clearStorageData: resolved,
      clearCache: resolved,
      setProxy: resolved,
      closeAllConnections: resolved,
    },
    id,
  );
}

/** As in Electron, the `protocol` module is the default session's. */
export const protocol = protocolObject('protocol', { registerSchemesAsPrivileged() {} });
const defaultSession = sessionObject('defaultSession', protocol);
const partitions = new Map<string, Members>();

export const session = standIn(
  'session',
  {
    defaultSession,
    fromPartition(partition: string) {
      let found = partitions.get(partition);
      if (!found) {
        const id = nextId('Session');
        found = sessionObject(id, protocolObject(`${id}.protocol`));
        partitions.set(partition, found);
      }
      return found;
    },
  },
  'session',
);

const invokeHandlers = new Map<string, AnyFunction>();
export const ipcMain = standIn(
  'ipcMain',
  {
    handle(channel: string, handler: AnyFunction) {
      // Electron refuses a second handler for a channel; so does the stand-in, so a double registration shows.
      if (invokeHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      invokeHandlers.set(channel, handler);
    },
    removeHandler(channel: string) {
      invokeHandlers.delete(channel);
    },
  },
  'ipcMain',
);

const image = (empty: boolean) => standIn('NativeImage', { isEmpty: () => empty, setTemplateImage() {} });
export const nativeImage = standIn(
  'nativeImage',
  {
    createFromDataURL: (dataUrl: string) => image(!dataUrl.startsWith('data:image/')),
    createFromBuffer: (buffer: Buffer) => image(buffer.length === 0),
  },
  'nativeImage',
);

export const Tray = standInClass('Tray', () => {
  let destroyed = false;
  return emitterStandIn('Tray', {
    setToolTip() {},
    setContextMenu() {},
    setImage() {},
    destroy() {
      destroyed = true;
    },
    isDestroyed: () => destroyed,
  });
});

interface StandInDisplay {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
  workArea: { x: number; y: number; width: number; height: number };
}

/** One 1920×1080 display with a 40-pixel taskbar, or the ones STAND_IN_DISPLAYS lists (the first is the primary). */
const displays: StandInDisplay[] = process.env['STAND_IN_DISPLAYS']
  ? (JSON.parse(process.env['STAND_IN_DISPLAYS']) as StandInDisplay[])
  : [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];

const overlapArea = (a: StandInDisplay['bounds'], b: StandInDisplay['bounds']) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

export const screen = standIn(
  'screen',
  {
    getAllDisplays: () => displays,
    getPrimaryDisplay: () => displays[0],
    getDisplayMatching(rect: StandInDisplay['bounds']) {
      const best = [...displays].sort((a, b) => overlapArea(b.bounds, rect) - overlapArea(a.bounds, rect))[0];
      return best && overlapArea(best.bounds, rect) > 0 ? best : displays[0];
    },
  },
  'screen',
);

export const powerMonitor = emitterStandIn('powerMonitor', {}, 'powerMonitor');

/**
 * Main's API calls to a server at a URL go through `net.request`: here answered over node:http, as
 * Chromium would with no proxy (no redirect followed, no login asked for).
 */
function netClientRequest(options: { method?: string; url: string }): Members {
  const id = nextId('ClientRequest');
  const headers: Record<string, string> = {};
  const body: Buffer[] = [];
  let outgoing: NodeClientRequest | undefined;
  return emitterStandIn(
    'ClientRequest',
    {
      setHeader(name: string, value: string) {
        headers[name] = value;
      },
      write(chunk: Buffer) {
        body.push(Buffer.from(chunk));
      },
      end() {
        const emitter = emitters.get(id);
        const send = options.url.startsWith('https:') ? httpsRequest : httpRequest;
        outgoing = send(options.url, { method: options.method ?? 'GET', headers }, (response) => emitter?.emit('response', response));
        outgoing.on('error', (error) => emitter?.emit('error', error));
        outgoing.end(Buffer.concat(body));
      },
      abort() {
        outgoing?.destroy();
      },
    },
    id,
  );
}
export const net = standIn('net', { request: netClientRequest }, 'net');
export const shell = standIn('shell', { openExternal: resolved, openPath: () => Promise.resolve('') }, 'shell');
export const dialog = standIn('dialog', { showMessageBox: () => Promise.resolve({ response: 0, checkboxChecked: false }) }, 'dialog');
/** Its colours follow `themeSource` as the app sets it; 'system' is a light OS. */
export const nativeTheme = emitterStandIn('nativeTheme', { themeSource: 'system' }, 'nativeTheme');
const nativeThemeTarget = rawOf.get(nativeTheme);
if (nativeThemeTarget) {
  Object.defineProperty(nativeThemeTarget, 'shouldUseDarkColors', { get: () => nativeThemeTarget['themeSource'] === 'dark' });
}
export const Menu = standInClass('Menu', () => standIn('Menu', {}), {
  buildFromTemplate: (template: unknown) => standIn('Menu', { items: template }),
  setApplicationMenu() {},
});

// ---- The test's commands.

function objectById(id: ObjectId): Members {
  const found = byId.get(id);
  if (!found) throw new Error(`The electron stand-in has no object ${id}.`);
  return found as Members;
}

/** Turns the test's markers into live values, noting the events and callbacks it creates. */
function decode(value: unknown, outcome: CallOutcome): unknown {
  if (Array.isArray(value)) return value.map((item) => decode(item, outcome));
  if (typeof value !== 'object' || value === null) return value;
  if (isObjectRef(value)) return objectById(value.$ref);
  if (isEventMarker(value)) {
    const state = { defaultPrevented: false };
    outcome.events.push(state);
    const props = decode(value.$event, outcome) as Members;
    return standIn('Event', {
      ...props,
      preventDefault() {
        state.defaultPrevented = true;
      },
      get defaultPrevented() {
        return state.defaultPrevented;
      },
    });
  }
  if (isCallbackMarker(value)) {
    return (...args: unknown[]) => void outcome.callbacks.push(args.map((arg) => describe(arg)));
  }
  if (isRequestMarker(value)) return toRequest(value.$request);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decode(item, outcome)]));
}

function toRequest(spec: RequestSpec): Request {
  return new Request(spec.url, {
    method: spec.method ?? 'GET',
    headers: spec.headers ?? {},
    ...(spec.body === undefined ? {} : { body: spec.body }),
  });
}

async function seen(response: Response): Promise<ResponseSeen> {
  return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
}

/** A returned value as the test receives it: promises awaited, Responses read. */
async function settle(value: unknown): Promise<Described> {
  const awaited: unknown = await value;
  return awaited instanceof Response ? seen(awaited) : describe(awaited);
}

function callable(value: unknown, what: string): (...args: unknown[]) => unknown {
  if (typeof value !== 'function') throw new Error(`${what} is not a function.`);
  return value as (...args: unknown[]) => unknown;
}

async function perform(command: Command): Promise<unknown> {
  switch (command.op) {
    case 'ready': {
      if (!ready) {
        ready = true;
        send({ kind: 'record', record: { seq: ++seq, t: performance.now(), api: READY, target: 'app', args: [] } });
        markReady();
        emitters.get('app')?.emit('ready');
      }
      return null;
    }
    case 'invoke': {
      const handler = callable(invokeHandlers.get(command.channel), `ipcMain's handler for ${command.channel}`);
      const sender = objectById(command.sender);
      const mainFrame = sender['mainFrame'] as Members;
      let frame = mainFrame;
      if (command.subframe) frame = webFrame(command.frameUrl, mainFrame);
      else {
        const raw = rawOf.get(mainFrame);
        if (raw) raw['url'] = command.frameUrl;
      }
      const event = standIn('IpcMainInvokeEvent', { sender, senderFrame: frame, processId: 1, frameId: 1 });
      send({ kind: 'record', record: { seq: ++seq, t: performance.now(), api: INVOKED, target: 'ipcMain', args: [command.channel] } });
      return settle(handler(event, command.request));
    }
    case 'emit': {
      const emitter = emitters.get(command.target);
      if (!emitter) throw new Error(`${command.target} has no listeners to fire.`);
      const outcome: CallOutcome = { returned: null, events: [], callbacks: [] };
      const args = decode(command.args, outcome) as unknown[];
      outcome.returned = emitter.emit(command.event, ...args);
      return outcome;
    }
    case 'call': {
      const outcome: CallOutcome = { returned: null, events: [], callbacks: [] };
      const args = decode(command.args, outcome) as unknown[];
      outcome.returned = await settle(callable(functions[command.fn], `Function ${command.fn}`)(...args));
      return outcome;
    }
    case 'read': {
      let value: unknown = objectById(command.target);
      for (const key of command.path) value = (value as Members)[key];
      return describe(value);
    }
    case 'protocol': {
      const handler = callable(protocolHandlers.get(command.protocol)?.get(command.scheme), `${command.protocol}'s handler for ${command.scheme}:`);
      const response: unknown = await handler(toRequest(command.request));
      if (!(response instanceof Response)) throw new Error(`The ${command.scheme}: handler answered with no Response.`);
      return seen(response);
    }
    case 'openWindow':
      // Electron makes the window an allowed window.open asks for, then tells the opener ('did-create-window').
      return describe(browserWindow());
    case 'modules':
      return [...loadedModules];
    case 'releaseKeychain':
      releaseKeychain();
      return null;
  }
}

process.on('message', (message: CommandMessage) => {
  perform(message.command).then(
    (value) => send({ kind: 'reply', id: message.id, ok: true, value }),
    (error: unknown) => send({ kind: 'reply', id: message.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});

// The test is gone (it crashed, or was stopped): so is this process, whatever the app left running.
process.on('disconnect', () => process.exit(0));

send({ kind: 'hello', timeOrigin: performance.timeOrigin });
