import { create } from 'zustand';
import type { PasswordPolicy } from '../../../src-preload/contract.ts';
import { call } from '../bridge/bitrix-id.ts';
import { idle, loadableActions, type Loadable } from './loadable.ts';
import { personScope } from './session-store.ts';

/** The rules a new password must meet, as the server states them. */
interface PasswordPolicyStore {
  policy: Loadable<PasswordPolicy | null>;
  loadPolicy(): Promise<void>;
  reloadPolicy(): Promise<void>;
}

export const usePasswordPolicyStore = create<PasswordPolicyStore>()((set, get) => {
  const actions = loadableActions<PasswordPolicy | null>(
    () => get().policy,
    (policy) => set({ policy }),
    () => call((api) => api.account.passwordPolicy()),
    personScope.requests(),
  );

  personScope.hold({ reset: () => set({ policy: idle(null) }) });

  return { policy: idle(null), loadPolicy: actions.load, reloadPolicy: actions.reload };
});
