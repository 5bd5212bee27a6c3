import type { BitrixIdApi } from '../../../src-preload/bridge-api.ts';
import type { BridgeError, Result } from '../../../src-preload/contract.ts';
import { useAppRestartedStore } from '../stores/app-restarted-store.ts';

/** Set only by tests; the app always uses the preload's `window.bitrixId`. */
let injected: BitrixIdApi | null = null;

export function bitrixId(): BitrixIdApi {
  return injected ?? window.bitrixId;
}

/** Lets tests (and the browser harness) supply their own bridge; `null` restores the real one. */
export function setBitrixId(api: BitrixIdApi | null): void {
  injected = api;
}

/**
 * Calls the bridge and always resolves to a Result: a rejected promise (or a missing bridge)
 * becomes an `internal` error, so stores handle one shape and never see an exception. A call the
 * app refused because it was restarted under the page raises the one notice that says so.
 */
export async function call<T>(invoke: (api: BitrixIdApi) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    const result = await invoke(bitrixId());
    if (!result.ok && result.error.code === 'app_restarted') useAppRestartedStore.getState().noteRestarted();
    return result;
  } catch (error) {
    console.error('Bridge call failed', error);
    return { ok: false, error: { code: 'internal' } };
  }
}

/** The server could not be reached (no answer, or none in time): says nothing of what was asked. */
export const isOffline = (error: BridgeError): boolean => error.code === 'network' || error.code === 'timeout';
