import { channelNames, eventNames } from './channel-names.ts';
import type { EventName } from './contract.ts';
import type { BitrixIdApi, BridgeTransport } from './bridge-api.ts';

/**
 * Builds `window.bitrixId` from the contract over any transport. It holds no logic beyond the
 * mapping from `namespace.method` to a channel: validation happens in main.
 */
export function createBridge(transport: BridgeTransport): BitrixIdApi {
  const api: Record<string, Record<string, (request?: unknown) => Promise<unknown>>> = {};
  for (const channel of channelNames) {
    const [namespace, method] = channel.split('.') as [string, string];
    api[namespace] ??= {};
    api[namespace][method] = (request?: unknown) => transport.invoke(channel, request);
  }
  const on = (event: EventName, listener: (payload: never) => void) => {
    if (!eventNames.includes(event)) throw new Error(`Unknown event: ${String(event)}`);
    return transport.subscribe(event, listener as (payload: unknown) => void);
  };
  return Object.freeze({ ...api, on }) as unknown as BitrixIdApi;
}
