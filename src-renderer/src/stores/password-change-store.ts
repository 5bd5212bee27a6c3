import { create } from 'zustand';
import type { BridgeError } from '../../../src-preload/contract.ts';
import { call } from '../bridge/bitrix-id.ts';
import { runAction } from './account-action.ts';
import { useProfileStore } from './profile-store.ts';
import { personScope } from './session-store.ts';

/** Changing the password. The passwords are passed through to main, never kept here. */
interface PasswordChangeStore {
  busy: boolean;
  /** The password was changed in this visit: the profile offers "Log out on all devices". */
  passwordChanged: boolean;
  changePassword(currentPassword: string, newPassword: string): Promise<BridgeError | null>;
  dismissNotice(): void;
}

export const usePasswordChangeStore = create<PasswordChangeStore>()((set, get) => {
  const answers = personScope.requests();

  personScope.hold({ reset: () => set({ busy: false, passwordChanged: false }) });

  return {
    busy: false,
    passwordChanged: false,

    changePassword(currentPassword, newPassword) {
      set({ passwordChanged: false });
      return runAction(
        { isBusy: () => get().busy, setBusy: (busy) => set({ busy }), answers },
        () => call((api) => api.account.changePassword({ currentPassword, newPassword })),
        ({ passwordChangedAt }) => {
          useProfileStore.getState().update((profile) => ({ ...profile, passwordChangedAt }));
          set({ passwordChanged: true });
        },
      );
    },

    dismissNotice() {
      set({ passwordChanged: false });
    },
  };
});
