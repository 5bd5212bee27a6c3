import { create } from 'zustand';
import type { BridgeError, Portal } from '../../../src-preload/contract.ts';
import { call } from '../bridge/bitrix-id.ts';
import { useSessionStore } from './session-store.ts';

type PortalsStatus = 'idle' | 'loading' | 'ready' | 'error';

interface PortalsStore {
  status: PortalsStatus;
  portals: Portal[];
  error: BridgeError | null;
  /** Loads the list unless it is already loaded or loading. */
  load(): Promise<void>;
  /** Loads the list again, e.g. after an error. */
  reload(): Promise<void>;
  clear(): void;
}

export const usePortalsStore = create<PortalsStore>()((set, get) => {
  /** Bumped by `clear`, so a list requested for an ended session is never shown. */
  let generation = 0;

  const fetchList = async () => {
    const mine = generation;
    set({ status: 'loading', error: null });
    const result = await call((api) => api.portals.list());
    if (mine !== generation) return;
    set(result.ok ? { status: 'ready', portals: result.value } : { status: 'error', portals: [], error: result.error });
  };

  return {
    status: 'idle',
    portals: [],
    error: null,

    async load() {
      if (get().status === 'idle') await fetchList();
    },

    async reload() {
      if (get().status !== 'loading') await fetchList();
    },

    clear() {
      generation++;
      set({ status: 'idle', portals: [], error: null });
    },
  };
});

// Portals belong to the signed-in person: whenever the session ends (or changes hands), forget them.
useSessionStore.subscribe((state, previous) => {
  const was = previous.session?.status === 'signed_in' ? previous.session.user.id : null;
  const is = state.session?.status === 'signed_in' ? state.session.user.id : null;
  if (was !== is) usePortalsStore.getState().clear();
});
