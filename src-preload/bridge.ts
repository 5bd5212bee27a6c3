import { channelNames, eventNames, type ChannelName, type EventName, type Result } from './contract.ts';
import type { BitrixIdApi, BridgeTransport } from './bridge-api.ts';

/**
 * Asked of main the moment the bridge exists, before the app's code has even been parsed: the
 * app's first screen waits for both, and restoring a session can take a network round trip.
 */
const EARLY_CHANNELS: readonly ChannelName[] = ['app.info', 'session.get'];

/**
 * Builds `window.bitrixId` from the contract over any transport. It holds no logic beyond the
 * mapping from `namespace.method` to a channel, and handing the early answers to the first
 * callers: validation happens in main.
 */
export function createBridge(transport: BridgeTransport): BitrixIdApi {
  const early = new Map<ChannelName, Promise<Result<unknown>>>(
    EARLY_CHANNELS.map((channel) => [channel, transport.invoke(channel, undefined)]),
  );
  const api: Record<string, Record<string, (request?: unknown) => Promise<unknown>>> = {};
  for (const channel of channelNames) {
    const [namespace, method] = channel.split('.') as [string, string];
    api[namespace] ??= {};
    api[namespace][method] = (request?: unknown) => {
      const answered = request === undefined ? early.get(channel) : undefined;
      if (!answered) return transport.invoke(channel, request);
      early.delete(channel);
      return answered;
    };
  }
  const on = (event: EventName, listener: (payload: never) => void) => {
    if (!eventNames.includes(event)) throw new Error(`Unknown event: ${String(event)}`);
    return transport.subscribe(event, listener as (payload: unknown) => void);
  };
  return Object.freeze({ ...api, on }) as unknown as BitrixIdApi;
}
