import { create } from 'zustand';
import type { BridgeError, Portal } from '../../../src-preload/contract.ts';
import { call } from '../bridge/bitrix-id.ts';
import { useSessionStore } from './session-store.ts';

type PortalsStatus = 'idle' | 'loading' | 'ready' | 'error';

interface PortalsStore {
  status: PortalsStatus;
  /** The list last loaded for this session; kept while a reload runs, and if it fails offline. */
  portals: Portal[];
  /** A list has been loaded for this session (it may be empty). */
  loaded: boolean;
  /**
   * The last reload failed because the backend could not be reached: `portals` is the last loaded
   * list, shown with an "offline" mark rather than replaced with the error.
   */
  stale: boolean;
  error: BridgeError | null;
  /** Loads the list unless it is already loaded or loading. */
  load(): Promise<void>;
  /** Loads the list again, e.g. after an error. */
  reload(): Promise<void>;
  clear(): void;
}

/** Failures that say nothing about the list, only that the server could not be reached. */
export const isOffline = (error: BridgeError): boolean => error.code === 'network' || error.code === 'timeout';

export const usePortalsStore = create<PortalsStore>()((set, get) => {
  /** Bumped by `clear`, so a list requested for an ended session is never shown. */
  let generation = 0;

  const fetchList = async () => {
    const mine = generation;
    set({ status: 'loading' });
    const result = await call((api) => api.portals.list());
    if (mine !== generation) return;
    if (result.ok) set({ status: 'ready', portals: result.value, loaded: true, stale: false, error: null });
    else if (get().loaded && isOffline(result.error)) set({ status: 'ready', stale: true, error: result.error });
    else set({ status: 'error', portals: [], loaded: false, stale: false, error: result.error });
  };

  return {
    status: 'idle',
    portals: [],
    loaded: false,
    stale: false,
    error: null,

    async load() {
      if (get().status === 'idle') await fetchList();
    },

    async reload() {
      if (get().status !== 'loading') await fetchList();
    },

    clear() {
      generation++;
      set({ status: 'idle', portals: [], loaded: false, stale: false, error: null });
    },
  };
});

useSessionStore.subscribe((state, previous) => {
  // Portals belong to the signed-in person: whenever the session ends (or changes hands), forget them.
  const was = previous.session?.status === 'signed_in' ? previous.session.user.id : null;
  const is = state.session?.status === 'signed_in' ? state.session.user.id : null;
  if (was !== is) {
    usePortalsStore.getState().clear();
    return;
  }
  // The server is back: what is shown may be out of date (or never loaded), so it is loaded again.
  if (is !== null && state.reachable === true && previous.reachable === false) {
    if (usePortalsStore.getState().status !== 'idle') void usePortalsStore.getState().reload();
  }
});
