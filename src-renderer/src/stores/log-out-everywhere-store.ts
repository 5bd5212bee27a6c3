import { create } from 'zustand';
import type { BridgeError } from '../../../src-preload/contract.ts';
import { call } from '../bridge/bitrix-id.ts';
import { runAction } from './account-action.ts';
import { personScope, useSessionStore } from './session-store.ts';

interface LogOutEverywhereStore {
  busy: boolean;
  /** On success main has ended the session here too; the session store takes the signed-out state. */
  logOutEverywhere(): Promise<BridgeError | null>;
}

export const useLogOutEverywhereStore = create<LogOutEverywhereStore>()((set, get) => {
  const answers = personScope.requests();

  personScope.hold({ reset: () => set({ busy: false }) });

  return {
    busy: false,

    logOutEverywhere() {
      return runAction(
        { isBusy: () => get().busy, setBusy: (busy) => set({ busy }), answers },
        () => call((api) => api.account.logOutEverywhere()),
        (session) => useSessionStore.getState().adopt(session),
      );
    },
  };
});
