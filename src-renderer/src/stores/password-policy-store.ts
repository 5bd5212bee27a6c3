import { create } from 'zustand';
import type { PasswordPolicy } from '../../../src-preload/contract.ts';
import { call } from '../bridge/bitrix-id.ts';
import { idle, loadableActions, type Loadable } from './loadable.ts';
import { createRequestGuard } from './request-guard.ts';
import { personScope } from './session-store.ts';

/** The rules a new password must meet, as the server states them. */
interface PasswordPolicyStore {
  policy: Loadable<PasswordPolicy | null>;
  loadPolicy(): Promise<void>;
  reloadPolicy(): Promise<void>;
}

export const usePasswordPolicyStore = create<PasswordPolicyStore>()((set, get) => {
  // The server's rules, not the person's: recovery asks for them while nobody is signed in, so its
  // answers go stale only when the scope resets (another person, or another server).
  const answers = createRequestGuard();
  const actions = loadableActions<PasswordPolicy | null>(
    () => get().policy,
    (policy) => set({ policy }),
    () => call((api) => api.account.passwordPolicy()),
    answers,
  );

  personScope.hold({
    reset: () => {
      answers.invalidate();
      set({ policy: idle(null) });
    },
  });

  return { policy: idle(null), loadPolicy: actions.load, reloadPolicy: actions.reload };
});
