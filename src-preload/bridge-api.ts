/** The typed shape of `window.bitrixId`, derived from the contract. Types only. */
import type { ChannelName, EventName, Events, RequestOf, Result, ValueOf } from './contract.ts';

type NamespaceOf<C extends string> = C extends `${infer NS}.${string}` ? NS : never;

type Invoker<C extends ChannelName> = [RequestOf<C>] extends [undefined]
  ? () => Promise<Result<ValueOf<C>>>
  : (request: RequestOf<C>) => Promise<Result<ValueOf<C>>>;

type MethodsOf<NS extends string> = {
  [C in ChannelName as C extends `${NS}.${infer Method}` ? Method : never]: Invoker<C>;
};

export type EventListener<E extends EventName> = (payload: Events[E]) => void;

export type BitrixIdApi = { [NS in NamespaceOf<ChannelName>]: MethodsOf<NS> } & {
  /** Subscribes to a main-to-renderer event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void;
};

/** How a bridge reaches main: Electron IPC in the app, loopback HTTP in the browser harness. */
export interface BridgeTransport {
  invoke(channel: ChannelName, request: unknown): Promise<Result<unknown>>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}
