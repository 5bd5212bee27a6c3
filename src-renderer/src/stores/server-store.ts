import { create } from 'zustand';
import type { AppInfo, BridgeError, Result } from '../../../src-preload/contract.ts';
import { bitrixId, call } from '../bridge/bitrix-id.ts';
import { useReachabilityStore } from './reachability-store.ts';
import { createRequestGuard } from './request-guard.ts';
import { useSessionStore } from './session-store.ts';
import { useSocialProvidersStore } from './social-providers-store.ts';

interface ServerStore {
  /** Null until `app.info` answers (or if it failed: the footer is then simply left out). */
  appInfo: AppInfo | null;

  /** Starts afresh and follows main's `app.changed`; returns the unsubscribe. */
  follow(): () => void;
  /** Takes main's answer to the first `app.info`, unless an `app.changed` event already said more. */
  answered(result: Result<AppInfo>): void;
  /**
   * Switches servers (`null`: back to the embedded mock). Main signs out of the old one first, so on
   * success the person is signed out and sees the sign-in screen. Resolves to the failure, or null.
   */
  switchServer(url: string | null): Promise<BridgeError | null>;
  /**
   * Switches to Bitrix24 (web) mode. Main signs out of the old backend and opens the profile, which
   * is signed in at once (it needs no password): the session is asked for again. Resolves to the failure, or null.
   */
  switchToBitrix24(): Promise<BridgeError | null>;
}

/** Another backend: whether the old one answered, and which social services it offered, say nothing of the new one. */
const backendChanged = () => {
  useReachabilityStore.getState().recheck();
  useSocialProvidersStore.getState().backendChanged();
};

export const useServerStore = create<ServerStore>()((set, get) => {
  /** Invalidated by every start. */
  const starts = createRequestGuard();
  /** A switch's answer applies only if no later switch started. */
  const switches = createRequestGuard(starts);

  return {
    appInfo: null,

    follow() {
      starts.invalidate();
      const current = starts.begin();
      set({ appInfo: null });
      const unsubscribe = bitrixId().on('app.changed', (appInfo) => {
        set({ appInfo });
        backendChanged();
      });
      return () => {
        if (current()) starts.invalidate();
        unsubscribe();
      };
    },

    answered(result) {
      // An `app.changed` event (a server switched from another window of this app) is newer than this answer.
      if (get().appInfo === null && result.ok) set({ appInfo: result.value });
    },

    async switchServer(url) {
      const current = switches.latest();
      const result = await call((api) => api.server.set({ url }));
      if (!current()) return result.ok ? null : result.error;
      if (!result.ok) return result.error;
      // Main has signed out of the old server (and says so with `session.changed`, which may come
      // before or after this answer): either way the person now signs in to the new one.
      set({ appInfo: result.value });
      useReachabilityStore.getState().forget();
      useSessionStore.getState().serverSwitched();
      backendChanged();
      return null;
    },

    async switchToBitrix24() {
      const current = switches.latest();
      const result = await call((api) => api.server.useBitrix24());
      if (!current()) return result.ok ? null : result.error;
      if (!result.ok) return result.error;
      set({ appInfo: result.value });
      useReachabilityStore.getState().forget();
      backendChanged();
      // Main's `session.changed` may come before or after this answer; asking settles it either way.
      await useSessionStore.getState().retryRestore();
      return null;
    },
  };
});
