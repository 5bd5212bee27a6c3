import { create } from 'zustand';
import type { Profile } from '../../../src-preload/contract.ts';
import { call } from '../bridge/bitrix-id.ts';
import { idle, loadableActions, ready, type Loadable } from './loadable.ts';
import { personScope } from './session-store.ts';

interface ProfileStore {
  profile: Loadable<Profile | null>;
  reloadProfile(): Promise<void>;
  /** Loads, or loads again what was loaded before, keeping it on show meanwhile (a screen opened again). */
  refreshProfile(): Promise<void>;
  /** Takes the whole profile an action answered with. */
  adopt(profile: Profile): void;
  /** Changes the profile on show, if one is (an action answered with a part of it). */
  update(change: (profile: Profile) => Profile): void;
}

export const useProfileStore = create<ProfileStore>()((set, get) => {
  const actions = loadableActions(
    () => get().profile,
    (profile) => set({ profile }),
    () => call((api) => api.profile.get()),
    personScope.requests(),
  );

  personScope.hold({
    reset: () => set({ profile: idle(null) }),
    refresh() {
      if (get().profile.status !== 'idle') void actions.reload();
    },
  });

  return {
    profile: idle(null),
    reloadProfile: actions.reload,
    refreshProfile: actions.refresh,

    adopt(profile) {
      set({ profile: ready(profile) });
    },

    update(change) {
      const current = get().profile;
      if (current.value) set({ profile: { ...current, value: change(current.value) } });
    },
  };
});
