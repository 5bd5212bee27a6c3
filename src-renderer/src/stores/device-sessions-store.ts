import { create } from 'zustand';
import type { BridgeError, DeviceSession } from '../../../src-preload/contract.ts';
import { call } from '../bridge/bitrix-id.ts';
import { runAction } from './account-action.ts';
import { idle, loadableActions, ready, type Loadable } from './loadable.ts';
import { personScope } from './session-store.ts';

/** The devices the person is signed in on. */
interface DeviceSessionsStore {
  sessions: Loadable<DeviceSession[]>;
  /** The session being signed out, while that runs. */
  signingOut: string | null;
  reloadSessions(): Promise<void>;
  refreshSessions(): Promise<void>;
  /** Signs another device out; the list becomes the sessions left. Resolves to the failure, or null. */
  signOutSession(id: string): Promise<BridgeError | null>;
}

export const useDeviceSessionsStore = create<DeviceSessionsStore>()((set, get) => {
  const actions = loadableActions(
    () => get().sessions,
    (sessions) => set({ sessions }),
    () => call((api) => api.account.sessions()),
    personScope.requests(),
  );
  const signOutAnswers = personScope.requests();

  personScope.hold({
    reset: () => set({ sessions: idle([]), signingOut: null }),
    refresh() {
      if (get().sessions.status !== 'idle') void actions.reload();
    },
  });

  return {
    sessions: idle([]),
    signingOut: null,
    reloadSessions: actions.reload,
    refreshSessions: actions.refresh,
    signOutSession(id) {
      return runAction(
        { isBusy: () => get().signingOut !== null, setBusy: (busy) => set({ signingOut: busy ? id : null }), answers: signOutAnswers },
        () => call((api) => api.account.signOutSession({ id })),
        (left) => set({ sessions: ready(left) }),
      );
    },
  };
});
