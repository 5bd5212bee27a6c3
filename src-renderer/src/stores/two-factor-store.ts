import { create } from 'zustand';
import type { Profile, RecoveryCodes, RequestOf, Result, TwoFactorSetup } from '../../../src-preload/contract.ts';
import { call } from '../bridge/bitrix-id.ts';
import { runActionForValue } from './account-action.ts';
import { useProfileStore } from './profile-store.ts';
import { personScope } from './session-store.ts';

/**
 * The Security section's two-step actions: one at a time, their answers applied only for the person
 * who asked. The new secret and the recovery codes are never kept here: each action hands them to
 * the dialog that shows them. The profile's two-step state comes from main (refreshed or adopted).
 */
interface TwoFactorStore {
  busy: boolean;
  beginSetup(request: RequestOf<'twoFactor.beginSetup'>): Promise<Result<TwoFactorSetup> | null>;
  enable(code: string): Promise<Result<RecoveryCodes> | null>;
  disable(request: RequestOf<'twoFactor.disable'>): Promise<Result<Profile> | null>;
  newRecoveryCodes(request: RequestOf<'twoFactor.newRecoveryCodes'>): Promise<Result<RecoveryCodes> | null>;
}

export const useTwoFactorStore = create<TwoFactorStore>()((set, get) => {
  const answers = personScope.requests();
  personScope.hold({ reset: () => set({ busy: false }) });
  const slot = { isBusy: () => get().busy, setBusy: (busy: boolean) => set({ busy }), answers };
  // Two-step is on, or has new codes: main says how many are left.
  const refreshProfile = () => void useProfileStore.getState().refreshProfile();

  return {
    busy: false,
    beginSetup: (request) => runActionForValue(slot, () => call((api) => api.twoFactor.beginSetup(request))),
    enable: (code) => runActionForValue(slot, () => call((api) => api.twoFactor.enable({ code })), refreshProfile),
    disable: (request) =>
      runActionForValue(
        slot,
        () => call((api) => api.twoFactor.disable(request)),
        (profile) => useProfileStore.getState().adopt(profile),
      ),
    newRecoveryCodes: (request) =>
      runActionForValue(slot, () => call((api) => api.twoFactor.newRecoveryCodes(request)), refreshProfile),
  };
});
