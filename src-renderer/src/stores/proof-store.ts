import { create } from 'zustand';
import type { BridgeError, LoginChannel, ProofCodeSent, Result } from '../../../src-preload/contract.ts';
import { call } from '../bridge/bitrix-id.ts';
import { runAction } from './account-action.ts';
import { useProfileStore } from './profile-store.ts';
import { personScope } from './session-store.ts';

/**
 * An account without a password proving it is the person (a code to its own e-mail or phone, or a
 * sign-in again with a social service), then setting its first password. Main holds the proof;
 * this store knows only that there is one and until when. Codes and passwords pass through.
 */
interface ProofStore {
  busy: boolean;
  /** The code waiting to be typed, or null. */
  sent: ProofCodeSent | null;
  /** Until when the proof main holds works (ISO), or null when there is none. */
  validUntil: string | null;
  /** The social service whose page is open in the system browser, or null. */
  socialProvider: string | null;
  /** The first password was set in this visit: the Password card says so. */
  passwordSet: boolean;

  sendCode(channel: LoginChannel): Promise<BridgeError | null>;
  proveWithCode(code: string): Promise<BridgeError | null>;
  proveWithSocial(provider: string): Promise<BridgeError | null>;
  cancelSocial(): void;
  /** Back to choosing how to prove it (another way, or a code that ended). */
  chooseAgain(): void;
  setPassword(newPassword: string): Promise<BridgeError | null>;
  /** Main no longer holds a proof (used, expired, refused): it must be given again. */
  proofUsed(): void;
  dismissNotice(): void;
}

const initial = { busy: false, sent: null, validUntil: null, socialProvider: null, passwordSet: false };

export const useProofStore = create<ProofStore>()((set, get) => {
  const answers = personScope.requests();
  personScope.hold({ reset: () => set(initial) });

  const act = <T>(invoke: () => Promise<Result<T>>, onSuccess: (value: T) => void) =>
    runAction({ isBusy: () => get().busy, setBusy: (busy) => set({ busy }), answers }, invoke, onSuccess, (error) => {
      if (error.code === 'proof_required') set({ validUntil: null, sent: null });
      // The code ended (expired, or its last attempt failed): a new one has to be asked for.
      if (error.code === 'code_expired') set({ sent: null });
    });

  return {
    ...initial,

    sendCode(channel) {
      return act(
        () => call((api) => api.account.sendProofCode({ channel })),
        (sent) => set({ sent }),
      );
    },

    proveWithCode(code) {
      return act(
        () => call((api) => api.account.proveWithCode({ code })),
        ({ validUntil }) => set({ validUntil, sent: null }),
      );
    },

    async proveWithSocial(provider) {
      set({ socialProvider: provider });
      const error = await act(
        () => call((api) => api.account.proveWithSocial({ provider })),
        ({ validUntil }) => set({ validUntil, sent: null }),
      );
      set({ socialProvider: null });
      return error;
    },

    cancelSocial() {
      void call((api) => api.social.cancel());
    },

    chooseAgain() {
      set({ sent: null });
    },

    setPassword(newPassword) {
      set({ passwordSet: false });
      return act(
        () => call((api) => api.account.setPassword({ newPassword })),
        (profile) => {
          useProfileStore.getState().update(() => profile);
          set({ validUntil: null, passwordSet: true });
        },
      );
    },

    proofUsed() {
      set({ validUntil: null, sent: null });
    },

    dismissNotice() {
      set({ passwordSet: false });
    },
  };
});
