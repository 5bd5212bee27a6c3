import { create } from 'zustand';
import type { DeviceSession } from '../../../src-preload/contract.ts';
import { call } from '../bridge/bitrix-id.ts';
import { idle, loadableActions, type Loadable } from './loadable.ts';
import { personScope } from './session-store.ts';

/** The devices the person is signed in on. */
interface DeviceSessionsStore {
  sessions: Loadable<DeviceSession[]>;
  reloadSessions(): Promise<void>;
  refreshSessions(): Promise<void>;
}

export const useDeviceSessionsStore = create<DeviceSessionsStore>()((set, get) => {
  const actions = loadableActions(
    () => get().sessions,
    (sessions) => set({ sessions }),
    () => call((api) => api.account.sessions()),
    personScope.requests(),
  );

  personScope.hold({
    reset: () => set({ sessions: idle([]) }),
    refresh() {
      if (get().sessions.status !== 'idle') void actions.reload();
    },
  });

  return { sessions: idle([]), reloadSessions: actions.reload, refreshSessions: actions.refresh };
});
