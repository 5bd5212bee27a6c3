/**
 * A controllable stand-in for `window.bitrixId`: every channel answers from a handler a test can
 * replace, every call is recorded, and events are emitted on demand.
 */
import type { BitrixIdApi } from '../../src-preload/bridge-api.ts';
import type {
  AppInfo,
  BridgeError,
  ChannelName,
  EventName,
  Events,
  Portal,
  RequestOf,
  Result,
  SessionState,
  UserSummary,
  ValueOf,
} from '../../src-preload/contract.ts';

export type Handler<C extends ChannelName> = (request: RequestOf<C>) => Result<ValueOf<C>> | Promise<Result<ValueOf<C>>>;
type Handlers = { [C in ChannelName]: Handler<C> };

export interface Call {
  channel: ChannelName;
  request: unknown;
}

export const alice: UserSummary = {
  id: 'u-alice',
  name: 'Alice',
  lastName: 'Demo',
  email: 'alice@example.com',
  phone: null,
};

export const portals: Portal[] = [
  { id: 'p-1', title: 'Acme Corp', domain: 'acme.bitrix24.com', role: 'admin' },
  { id: 'p-2', title: 'Globex', domain: 'globex.bitrix24.eu', role: 'employee' },
  { id: 'p-3', title: 'Partner Hub', domain: 'partners.bitrix24.de', role: 'extranet' },
];

export const mockAppInfo: AppInfo = { version: '0.1.0', backend: { mode: 'mock', url: 'http://mock.invalid' } };

export const signedIn = (persistence: 'keychain' | 'memory' = 'keychain'): SessionState => ({
  status: 'signed_in',
  user: alice,
  persistence,
});
export const signedOut: SessionState = { status: 'signed_out' };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const failure = (code: BridgeError['code'], extra: Partial<BridgeError> = {}): Result<never> => ({
  ok: false,
  error: { code, message: `main says ${code}`, ...extra },
});

/** A promise with its resolver, to hold a call open while the test looks at the busy state. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
}
export function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

export class FakeBridge {
  readonly calls: Call[] = [];
  private readonly handlers: Handlers = {
    'app.info': () => ok(mockAppInfo),
    'session.get': () => ok(signedOut),
    'session.signIn': () => ok(signedIn()),
    'session.signOut': () => ok({ status: 'signed_out', reason: 'signed_out' }),
    'profile.get': () => ok({ ...alice, displayName: 'Alice Demo' }),
    'portals.list': () => ok(portals),
  };
  private readonly listeners = new Map<EventName, Set<(payload: unknown) => void>>();

  /** Replaces how one channel answers. */
  respond<C extends ChannelName>(channel: C, handler: Handler<C>): this {
    (this.handlers as Record<C, Handler<C>>)[channel] = handler;
    return this;
  }

  /** Sends an event from "main" to every subscriber. */
  emit<E extends EventName>(event: E, payload: Events[E]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }

  callsTo(channel: ChannelName): Call[] {
    return this.calls.filter((call) => call.channel === channel);
  }

  listenerCount(event: EventName): number {
    return this.listeners.get(event)?.size ?? 0;
  }

  private async invoke<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<Result<ValueOf<C>>> {
    this.calls.push({ channel, request });
    // Answers always arrive asynchronously, as they do over IPC.
    await Promise.resolve();
    return (this.handlers as Record<C, Handler<C>>)[channel](request);
  }

  readonly api: BitrixIdApi = {
    app: { info: () => this.invoke('app.info', undefined) },
    session: {
      get: () => this.invoke('session.get', undefined),
      signIn: (request) => this.invoke('session.signIn', request),
      signOut: () => this.invoke('session.signOut', undefined),
    },
    profile: { get: () => this.invoke('profile.get', undefined) },
    portals: { list: () => this.invoke('portals.list', undefined) },
    on: (event, listener) => {
      const set = this.listeners.get(event) ?? new Set();
      this.listeners.set(event, set);
      const untyped = listener as (payload: unknown) => void;
      set.add(untyped);
      return () => set.delete(untyped);
    },
  };
}
