/**
 * What the recording `electron` stand-in (in the child process that runs the built main) and the
 * test (in vitest) say to each other over the fork's IPC channel. Both sides import this module.
 */

/** A stand-in object (a BrowserWindow, a WebContents, a Session…) named by kind and number: `WebContents#2`. */
export type ObjectId = string;

/**
 * A value as the test sees it: plain data as is; a stand-in object as `{ $ref }`; a function the
 * app handed to Electron (a listener, a handler) as `{ $fn }`, which the test can call back.
 */
export type Described = unknown;
export interface ObjectRef {
  $ref: ObjectId;
}
export interface FunctionRef {
  $fn: number;
}

const hasKey = <K extends string>(value: unknown, key: K): value is Record<K, unknown> =>
  typeof value === 'object' && value !== null && key in value;
export const isObjectRef = (value: unknown): value is ObjectRef => hasKey(value, '$ref') && typeof value.$ref === 'string';
export const isFunctionRef = (value: unknown): value is FunctionRef => hasKey(value, '$fn') && typeof value.$fn === 'number';

/** One call the app made into `electron`. */
export interface CallRecord {
  /** Order of the calls' starts across the whole process. */
  seq: number;
  /** `performance.now()` in the child when the call started: ms since the child's process started. */
  t: number;
  /** `Kind.member` (`BrowserWindow.constructor`, `WebContents.loadURL`, `app.whenReady`…). */
  api: string;
  target: ObjectId;
  args: Described[];
  result?: Described;
  /** The call threw (the stand-in's own refusal of something it does not implement, say). */
  threw?: string;
}

/** One module the child loaded: its URL (file:, node:) and when, as a record's `t`. */
export interface ModuleLoad {
  url: string;
  t: number;
}

/**
 * Arguments the test passes into the app's functions are plain data, except these markers, which
 * the stand-in turns into live values: a stand-in object, a fresh Electron event (whose
 * `preventDefault` is recorded), a callback (whose calls are recorded), or a fetch Request.
 */
export type Argument =
  | ObjectRef
  | EventMarker
  | CallbackMarker
  | RequestMarker
  | string
  | number
  | boolean
  | null
  | undefined
  | Argument[]
  | { [key: string]: Argument };
export interface EventMarker {
  /** The event's own properties (`url` for `will-navigate`, say). */
  $event: { [key: string]: Argument };
}
export interface CallbackMarker {
  $callback: true;
}
export interface RequestMarker {
  $request: RequestSpec;
}

export const isEventMarker = (value: unknown): value is EventMarker => hasKey(value, '$event');
export const isCallbackMarker = (value: unknown): value is CallbackMarker => hasKey(value, '$callback');
export const isRequestMarker = (value: unknown): value is RequestMarker => hasKey(value, '$request');

export interface RequestSpec {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface ResponseSeen {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** What became of one call into the app: its return value, the events it prevented, its callbacks' calls. */
export interface CallOutcome {
  returned: Described;
  events: Array<{ defaultPrevented: boolean }>;
  callbacks: Described[][];
}

export type Command =
  /** Resolves `app.whenReady()` and emits `ready`, as Electron does once it has started. */
  | { op: 'ready' }
  /**
   * Calls the `ipcMain.handle` handler for `channel` as a renderer would: `sender` is the calling
   * WebContents; the frame is its main frame showing `frameUrl`, or a frame inside that page.
   */
  | { op: 'invoke'; channel: string; request: unknown; sender: ObjectId; frameUrl: string; subframe: boolean }
  /** Emits an event on a stand-in object's listeners (`will-navigate` on a WebContents, say). */
  | { op: 'emit'; target: ObjectId; event: string; args: Argument[] }
  /** Calls a function the app handed to Electron (a window-open handler, a permission handler…). */
  | { op: 'call'; fn: number; args: Argument[] }
  /** Reads a property path of a stand-in object (`webContents` of a BrowserWindow, say). */
  | { op: 'read'; target: ObjectId; path: string[] }
  /** Sends a request to the handler the app gave `protocol.handle(scheme, …)` on that Protocol object. */
  | { op: 'protocol'; protocol: ObjectId; scheme: string; request: RequestSpec }
  /** Makes a BrowserWindow as Electron does for a window.open the app allowed (not the app's own construction). */
  | { op: 'openWindow' }
  /** Every module the child has loaded so far (ModuleLoad[]), in order. */
  | { op: 'modules' }
  /** Lets the held keychain module finish loading (STAND_IN_HOLD_KEYCHAIN=1, keychain-gate.ts). */
  | { op: 'releaseKeychain' };

/** The test to the child. */
export interface CommandMessage {
  kind: 'command';
  id: number;
  command: Command;
}

/** The child to the test. */
export type ChildMessage =
  | { kind: 'hello'; timeOrigin: number }
  | { kind: 'record'; record: CallRecord }
  | { kind: 'reply'; id: number; ok: true; value: unknown }
  | { kind: 'reply'; id: number; ok: false; error: string };

/** What the stand-in's `app.getVersion()` and `app.getLocale()` answer, so a test can see them come back. */
export const STAND_IN_VERSION = '0.0.0-stand-in';
export const STAND_IN_LOCALE = 'en-US';

/** The api name the stand-in records when the app touches something it does not implement. */
export const UNIMPLEMENTED = 'UNIMPLEMENTED';
/** The api name of the stand-in's own record of the moment `app` became ready. */
export const READY = 'app.<ready>';
/** The api name of the stand-in's record of a bridge call reaching an ipcMain handler (the channel is its argument). */
export const INVOKED = 'ipcMain.<invoke>';
