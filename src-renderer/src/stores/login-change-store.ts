import { create } from 'zustand';
import type { BridgeError, LoginChannel, Result } from '../../../src-preload/contract.ts';
import { call } from '../bridge/bitrix-id.ts';
import { runAction } from './account-action.ts';
import { usePortalsStore } from './portal-list-store.ts';
import { useProfileStore } from './profile-store.ts';
import { personScope } from './session-store.ts';

type LoginChangeAction = 'changeLogin' | 'confirmLoginChange' | 'resendLoginChange' | 'cancelLoginChange';

/** The outcome of a login change, shown in its section until the next action there. */
export interface LoginNotice {
  channel: LoginChannel;
  kind: 'changed' | 'cancelled' | 'resent' | 'ended';
}

/**
 * Changing the e-mail or the phone: asking for it, then confirming, resending or cancelling the
 * pending change. Passwords and codes are passed through to main, never kept here.
 */
interface LoginChangeStore {
  busy: Record<LoginChangeAction, boolean>;
  loginNotice: LoginNotice | null;

  /** Without `currentPassword` (an account without a password) main uses the proof it holds. */
  changeLogin(request: {
    channel: LoginChannel;
    value: string;
    currentPassword?: string | undefined;
    updatePortals: boolean;
  }): Promise<BridgeError | null>;
  confirmLoginChange(confirmation: string): Promise<BridgeError | null>;
  resendLoginChange(): Promise<BridgeError | null>;
  cancelLoginChange(): Promise<BridgeError | null>;
  dismissNotice(): void;
}

const notBusy: Record<LoginChangeAction, boolean> = {
  changeLogin: false,
  confirmLoginChange: false,
  resendLoginChange: false,
  cancelLoginChange: false,
};

const profile = () => useProfileStore.getState();

const pendingChannel = (): LoginChannel | null => profile().profile.value?.pendingLoginChange?.channel ?? null;

export const useLoginChangeStore = create<LoginChangeStore>()((set, get) => {
  const answers = personScope.requests();

  personScope.hold({ reset: () => set({ busy: notBusy, loginNotice: null }) });

  const act = <T>(action: LoginChangeAction, invoke: () => Promise<Result<T>>, onSuccess: (value: T) => void, onFailure?: (error: BridgeError) => void) =>
    runAction(
      {
        isBusy: () => get().busy[action],
        setBusy: (busy) => set((state) => ({ busy: { ...state.busy, [action]: busy } })),
        answers,
      },
      invoke,
      onSuccess,
      onFailure,
    );

  /** The pending change is gone on the server: drop it here and say so where it was. */
  const endPendingChange = (error: BridgeError) => {
    if (error.code !== 'code_expired') return;
    const channel = pendingChannel();
    profile().update((value) => ({ ...value, pendingLoginChange: null }));
    if (channel) set({ loginNotice: { channel, kind: 'ended' } });
  };

  /** An action on the pending login change: `apply` takes its answer, and its section says `kind`. */
  const pendingAction = <T>(
    action: LoginChangeAction,
    invoke: () => Promise<Result<T>>,
    kind: LoginNotice['kind'],
    apply: (value: T) => void,
  ): Promise<BridgeError | null> => {
    const channel = pendingChannel();
    set({ loginNotice: null });
    return act(
      action,
      invoke,
      (value) => {
        apply(value);
        if (channel) set({ loginNotice: { channel, kind } });
      },
      endPendingChange,
    );
  };

  return {
    busy: notBusy,
    loginNotice: null,

    changeLogin(request) {
      set({ loginNotice: null });
      return act(
        'changeLogin',
        () => call((api) => api.account.changeLogin(request)),
        // The old login stays in force until the change is confirmed: only the pending part changes.
        (pending) => profile().update((value) => ({ ...value, pendingLoginChange: pending })),
      );
    },

    confirmLoginChange(confirmation) {
      return pendingAction(
        'confirmLoginChange',
        () => call((api) => api.account.confirmLoginChange({ confirmation })),
        'changed',
        (changed) => {
          profile().adopt(changed);
          // Portals may now sign in with the new login.
          if (usePortalsStore.getState().status !== 'idle') void usePortalsStore.getState().reload();
        },
      );
    },

    resendLoginChange() {
      return pendingAction(
        'resendLoginChange',
        () => call((api) => api.account.resendLoginChange()),
        'resent',
        (pending) => profile().update((value) => ({ ...value, pendingLoginChange: pending })),
      );
    },

    cancelLoginChange() {
      return pendingAction(
        'cancelLoginChange',
        () => call((api) => api.account.cancelLoginChange()),
        'cancelled',
        (cancelled) => profile().adopt(cancelled),
      );
    },

    dismissNotice() {
      set({ loginNotice: null });
    },
  };
});
