/** The browser half of the loopback bridge: a `BridgeTransport` over fetch and EventSource. */
import type { BridgeTransport } from '../src-preload/bridge-api.ts';
import type { EventName, Result } from '../src-preload/contract.ts';
import { EVENTS_PATH, INVOKE_PATH_PREFIX, SECRET_HEADER, SECRET_PARAM, STALE_SECRET_STATUS } from './protocol.ts';

export interface HttpTransportOptions {
  secret: string;
  /** The harness origin; defaults to the page's own. */
  baseUrl?: string;
}

export function createHttpTransport(options: HttpTransportOptions): BridgeTransport {
  const base = options.baseUrl ?? globalThis.location.origin;
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;

  const listen = (event: EventName) => {
    source ??= new EventSource(`${base}${EVENTS_PATH}?${SECRET_PARAM}=${encodeURIComponent(options.secret)}`);
    source.addEventListener(event, (message) => {
      let payload: unknown;
      try {
        payload = JSON.parse((message as MessageEvent<string>).data);
      } catch {
        return;
      }
      for (const listener of listeners.get(event) ?? []) listener(payload);
    });
  };

  return {
    async invoke(channel, request) {
      let response: Response;
      try {
        response = await fetch(`${base}${INVOKE_PATH_PREFIX}${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [SECRET_HEADER]: options.secret },
          body: request === undefined ? null : JSON.stringify(request),
          cache: 'no-store',
          credentials: 'omit',
        });
      } catch {
        return failure('network', 'The web harness cannot be reached.');
      }
      if (response.status === STALE_SECRET_STATUS) {
        return failure('app_restarted', 'The web harness was restarted; open the address it printed.');
      }
      if (!response.ok) {
        return failure(
          response.status === 403 ? 'forbidden' : 'internal',
          `The web harness refused the call (HTTP ${response.status}).`,
        );
      }
      try {
        return (await response.json()) as Result<unknown>;
      } catch {
        return failure('internal', 'The web harness sent an unreadable answer.');
      }
    },
    subscribe(event, listener) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
        listen(event);
      }
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  };
}

/** The app shows only the code's sentence; why the harness failed goes to the developer's console. */
function failure(code: 'network' | 'forbidden' | 'internal' | 'app_restarted', why: string): Result<never> {
  console.warn(`Bitrix ID web harness: ${why}`);
  return { ok: false, error: { code } };
}
