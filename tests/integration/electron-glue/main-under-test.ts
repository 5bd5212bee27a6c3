/**
 * Boots the built main (`out/main/index.js`) in a child Node process with the recording `electron`
 * stand-in, its own temp userData, HOME and keychain service, and drives it from the test.
 *
 * Every record carries `t`, milliseconds since the child process started: with `ready()` called at
 * once, the `t` of `BrowserWindow.constructor` is main's start-up time to its window.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  UNIMPLEMENTED,
  type Argument,
  type CallOutcome,
  type CallRecord,
  type ChildMessage,
  type Command,
  type CommandMessage,
  type Described,
  type FunctionRef,
  type ModuleLoad,
  type ObjectId,
  type RequestSpec,
  type ResponseSeen,
} from './wire.ts';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const builtMain = join(projectRoot, 'out', 'main', 'index.js');
const registerStandIn = pathToFileURL(fileURLToPath(new URL('./register-stand-in.ts', import.meta.url))).href;

/** Where a bridge call comes from: a WebContents, its main frame at `frameUrl`, or a frame inside it. */
export interface CallSource {
  sender: ObjectId;
  frameUrl: string;
  subframe?: boolean;
}

export interface MainUnderTest {
  /** The child's `performance.timeOrigin`: a record's `t` is milliseconds after it. */
  readonly timeOrigin: number;
  /** This run's keychain service (BITRIX_ID_KEYCHAIN_SERVICE). */
  readonly keychainService: string;
  /** Every call recorded so far, in the order the calls started. */
  calls(api?: string): CallRecord[];
  /** The first recorded call that matches, once it has happened (at once if it has); `what` names it in a failure. */
  waitForCall(what: string, match: (record: CallRecord) => boolean): Promise<CallRecord>;
  /** Lets Electron's `ready` happen. */
  ready(): Promise<void>;
  /** Calls the app's ipcMain handler for a bridge channel, as `from` would. */
  invoke(channel: string, request: unknown, from: CallSource): Promise<unknown>;
  emit(target: ObjectId, event: string, ...args: Argument[]): Promise<CallOutcome>;
  call(fn: FunctionRef, ...args: Argument[]): Promise<CallOutcome>;
  read(target: ObjectId, ...path: string[]): Promise<Described>;
  /** Sends a request to what the app gave `protocol.handle(scheme, …)` on that Protocol object. */
  request(protocol: ObjectId, scheme: string, request: RequestSpec): Promise<ResponseSeen>;
  /** A BrowserWindow as Electron makes one for a window.open the app allowed, to hand to 'did-create-window'. */
  openWindow(): Promise<Described>;
  /** Every module the child has loaded so far, in order, each with the `t` it was asked for. */
  modules(): Promise<ModuleLoad[]>;
  /** Lets the app core go on once it has the keychain (started with STAND_IN_HOLD_KEYCHAIN=1). */
  releaseKeychain(): Promise<void>;
  /** What the app touched that the stand-in does not have (each `Kind.member`). */
  unimplemented(): string[];
  /** Ends the child and removes what it wrote (temp folders, keychain entries). */
  stop(): Promise<void>;
}

/** The child's environment: this machine's, minus every BITRIX_ID_ and ELECTRON_ setting, plus the test's. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('BITRIX_ID_') && !key.startsWith('ELECTRON_')) env[key] = value;
  }
  return { ...env, ...extra };
}

async function clearKeychainIfAny(service: string): Promise<void> {
  // Only where a Secret Service runs (npm test starts one) can the app have stored anything.
  if (process.platform === 'linux' && !process.env['DBUS_SESSION_BUS_ADDRESS']) return;
  const { clearKeychain } = await import('../../e2e/support/keychain.ts');
  await clearKeychain(service).catch(() => 0);
}

export interface StartOptions {
  /** The child's environment on top of the test's own settings. */
  env?: Record<string, string>;
  /** Command-line arguments after the entry (`--api-url <url>`, say). */
  args?: string[];
  /** The script to run in place of the built main (the start-up bench's bare main). */
  entry?: string;
}

export async function startMain({ env = {}, args = [], entry = builtMain }: StartOptions = {}): Promise<MainUnderTest> {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first (npm test does).`);
  const root = mkdtempSync(join(tmpdir(), 'bitrix-id-electron-glue-'));
  const home = join(root, 'home');
  mkdirSync(home);
  const keychainService = `Bitrix ID Desktop stand-in test ${randomUUID()}`;
  const child: ChildProcess = fork(entry, args, {
    cwd: projectRoot,
    execArgv: ['--import', registerStandIn],
    env: childEnv({ HOME: home, BITRIX_ID_USER_DATA_DIR: join(root, 'user-data'), BITRIX_ID_KEYCHAIN_SERVICE: keychainService, ...env }),
    serialization: 'advanced',
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });

  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const records: CallRecord[] = [];
  const waiters = new Set<{ match: (record: CallRecord) => boolean; resolve: (record: CallRecord) => void; reject: (error: Error) => void; what: string }>();
  const replies = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextCommand = 0;
  let exit: string | null = null;
  let hello: (timeOrigin: number) => void = () => {};
  let failStart: (error: Error) => void = () => {};
  const started = new Promise<number>((resolve, reject) => {
    hello = resolve;
    failStart = reject;
  });
  const gone = (what: string) => new Error(`The main process ${exit ?? 'ended'} while the test waited for ${what}. Its output:\n${output}`);

  child.on('message', (message: ChildMessage) => {
    if (message.kind === 'hello') hello(message.timeOrigin);
    else if (message.kind === 'record') {
      records.push(message.record);
      for (const waiter of waiters) {
        if (waiter.match(message.record)) {
          waiters.delete(waiter);
          waiter.resolve(message.record);
        }
      }
    } else {
      const reply = replies.get(message.id);
      replies.delete(message.id);
      if (message.ok) reply?.resolve(message.value);
      else reply?.reject(new Error(`The stand-in refused: ${message.error}`));
    }
  });
  child.on('exit', (code, signal) => {
    exit = `exited (${signal ?? `code ${code}`})`;
    failStart(gone('the electron stand-in to load'));
    for (const waiter of waiters) waiter.reject(gone(waiter.what));
    waiters.clear();
    for (const reply of replies.values()) reply.reject(gone('an answer to a command'));
    replies.clear();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const command = <T>(body: Command): Promise<T> => {
    if (exit) return Promise.reject(new Error(`The main process ${exit}; it takes no more commands. Its output:\n${output}`));
    const id = ++nextCommand;
    const message: CommandMessage = { kind: 'command', id, command: body };
    const answer = new Promise<T>((resolve, reject) => {
      replies.set(id, { resolve: (value) => resolve(value as T), reject });
      child.send(message);
    });
    // A test that fails early leaves a command unanswered (a social sign-in waiting for the
    // browser, say); stopping the child then rejects it, which is no error of its own.
    answer.catch(() => undefined);
    return answer;
  };
  const sorted = () => [...records].sort((a, b) => a.seq - b.seq);

  const stop = async () => {
    if (!exit) {
      child.kill();
      await exited;
    }
    await clearKeychainIfAny(keychainService);
    rmSync(root, { recursive: true, force: true });
  };

  let timeOrigin: number;
  try {
    timeOrigin = await started;
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    timeOrigin,
    keychainService,
    calls: (api) => sorted().filter((record) => api === undefined || record.api === api),
    waitForCall(what, match) {
      const found = sorted().find(match);
      if (found) return Promise.resolve(found);
      if (exit) return Promise.reject(gone(what));
      return new Promise((resolve, reject) => waiters.add({ match, resolve, reject, what }));
    },
    ready: () => command({ op: 'ready' }),
    invoke: (channel, request, from) =>
      command({ op: 'invoke', channel, request, sender: from.sender, frameUrl: from.frameUrl, subframe: from.subframe ?? false }),
    emit: (target, event, ...args) => command({ op: 'emit', target, event, args }),
    call: (fn, ...args) => command({ op: 'call', fn: fn.$fn, args }),
    read: (target, ...path) => command({ op: 'read', target, path }),
    request: (protocol, scheme, request) => command({ op: 'protocol', protocol, scheme, request }),
    openWindow: () => command({ op: 'openWindow' }),
    modules: () => command({ op: 'modules' }),
    releaseKeychain: () => command({ op: 'releaseKeychain' }),
    unimplemented: () => records.filter((record) => record.api === UNIMPLEMENTED).map((record) => String(record.args[0])),
    stop,
  };
}
