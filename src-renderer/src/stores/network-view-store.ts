import { create } from 'zustand';
import type { BridgeError, NetworkPage } from '../../../src-preload/contract.ts';
import { call } from '../bridge/bitrix-id.ts';
import { usePortalViewsStore } from './portal-views-store.ts';
import { personScope } from './session-store.ts';

interface NetworkViewStore {
  /** The Network's page shown in the content area, or null when a portal (or the welcome) is. */
  page: NetworkPage | null;
  opening: boolean;
  error: BridgeError | null;

  /** Shows a page of Bitrix24.Network in the content area, in the profile's partition. */
  open(page: NetworkPage): Promise<void>;
  /** Stops showing the Network: the portal last shown (or the welcome) comes back. */
  close(): void;
}

const initial = { page: null, opening: false, error: null } satisfies Partial<NetworkViewStore>;

/** Bitrix24 mode: which Network page the content area shows. One profile's, like its portal views. */
export const useNetworkViewStore = create<NetworkViewStore>()((set) => {
  /** Only the answer to the latest open decides what is shown. */
  const opens = personScope.requests();
  personScope.hold({ reset: () => set(initial) });

  return {
    ...initial,

    async open(page) {
      const current = opens.latest();
      set({ page, opening: true, error: null });
      const result = await call((api) => api.network.open({ page }));
      if (!current()) return;
      if (result.ok) {
        usePortalViewsStore.getState().adoptView(result.value);
        set({ opening: false });
      } else {
        set({ opening: false, error: result.error });
      }
    },

    close() {
      // An open still under way must not bring the Network back.
      opens.latest();
      set(initial);
    },
  };
});
