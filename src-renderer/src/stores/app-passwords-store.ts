import { create } from 'zustand';
import type { AppPassword, BridgeError, NewAppPassword, Result } from '../../../src-preload/contract.ts';
import { call } from '../bridge/bitrix-id.ts';
import { runAction, runActionForValue } from './account-action.ts';
import { idle, loadableActions, ready, type Loadable } from './loadable.ts';
import { personScope } from './session-store.ts';

/**
 * The account's application passwords, by name and time. A new one's password is never kept here:
 * `create` hands it to the dialog that shows it once.
 */
interface AppPasswordsStore {
  appPasswords: Loadable<AppPassword[]>;
  creating: boolean;
  /** The password being revoked, while that runs. */
  revoking: string | null;
  reload(): Promise<void>;
  refresh(): Promise<void>;
  /** The new password for the dialog to show once; null if one is being made already, or the person changed. */
  create(name: string): Promise<Result<NewAppPassword> | null>;
  /** Resolves to the failure, or null; the list becomes the passwords left. */
  revoke(id: string): Promise<BridgeError | null>;
}

export const useAppPasswordsStore = create<AppPasswordsStore>()((set, get) => {
  const actions = loadableActions(
    () => get().appPasswords,
    (appPasswords) => set({ appPasswords }),
    () => call((api) => api.appPasswords.list()),
    personScope.requests(),
  );
  const createAnswers = personScope.requests();
  const revokeAnswers = personScope.requests();

  personScope.hold({
    reset: () => set({ appPasswords: idle([]), creating: false, revoking: null }),
    refresh() {
      if (get().appPasswords.status !== 'idle') void actions.reload();
    },
  });

  return {
    appPasswords: idle([]),
    creating: false,
    revoking: null,
    reload: actions.reload,
    refresh: actions.refresh,
    create(name) {
      return runActionForValue(
        { isBusy: () => get().creating, setBusy: (creating) => set({ creating }), answers: createAnswers },
        () => call((api) => api.appPasswords.create({ name })),
        (made) => set({ appPasswords: ready([made.appPassword, ...get().appPasswords.value]) }),
      );
    },
    revoke(id) {
      return runAction(
        { isBusy: () => get().revoking !== null, setBusy: (busy) => set({ revoking: busy ? id : null }), answers: revokeAnswers },
        () => call((api) => api.appPasswords.revoke({ id })),
        (left) => set({ appPasswords: ready(left) }),
      );
    },
  };
});
