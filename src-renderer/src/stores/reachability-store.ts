import { create } from 'zustand';
import { bitrixId, call } from '../bridge/bitrix-id.ts';
import { createRequestGuard } from './request-guard.ts';
import { personScope } from './session-store.ts';

interface ReachabilityStore {
  /** Whether main can reach the backend; null until it says. Only `false` is shown (as a banner). */
  reachable: boolean | null;

  /** Starts afresh and follows main's `backend.status`, asking for it once; returns the unsubscribe. */
  follow(): () => void;
  /** Asks main again (the backend changed); an event that arrives meanwhile wins. */
  recheck(): void;
  /** Not known until main says (another server was chosen here). */
  forget(): void;
}

export const useReachabilityStore = create<ReachabilityStore>()((set, get) => {
  /** Invalidated by every start. */
  const starts = createRequestGuard();
  /** Invalidated by every `backend.status` event: an answer asked for before the latest event is older than it. */
  const asks = createRequestGuard(starts);

  const setReachable = (reachable: boolean) => {
    const was = get().reachable;
    set({ reachable });
    // The server is back: what is shown may be out of date (or never loaded), so it is loaded again.
    if (was === false && reachable) personScope.reconnected();
  };

  return {
    reachable: null,

    follow() {
      starts.invalidate();
      const current = starts.begin();
      set({ reachable: null });
      const unsubscribe = bitrixId().on('backend.status', ({ reachable }) => {
        asks.invalidate();
        setReachable(reachable);
      });
      get().recheck();
      return () => {
        if (current()) starts.invalidate();
        unsubscribe();
      };
    },

    recheck() {
      const current = asks.begin();
      void call((api) => api.backend.status()).then((result) => {
        if (current() && result.ok) setReachable(result.value.reachable);
      });
    },

    forget() {
      set({ reachable: null });
    },
  };
});
