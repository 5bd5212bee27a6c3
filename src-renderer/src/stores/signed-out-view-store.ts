import { create } from 'zustand';

/** Which screen a signed-out person sees. */
export type SignedOutView = 'sign-in' | 'recovery' | 'server';

interface SignedOutViewStore {
  signedOutView: SignedOutView;
  /** The login last typed on the sign-in or recovery screen, carried between them. Not a secret. */
  loginHint: string;

  showRecovery(login: string): void;
  /** The server settings, signed out; keeps the login typed so far for the way back. */
  showServerSettings(login?: string): void;
  showSignIn(login?: string): void;
  /** Sets the login the sign-in screen offers, without changing the screen. */
  setLoginHint(login: string): void;
  /** Back to the sign-in screen with nothing typed (a start). */
  reset(): void;
}

const initial = { signedOutView: 'sign-in', loginHint: '' } satisfies Partial<SignedOutViewStore>;

export const useSignedOutViewStore = create<SignedOutViewStore>()((set) => ({
  ...initial,

  showRecovery(login) {
    set({ signedOutView: 'recovery', loginHint: login.trim() });
  },

  showServerSettings(login) {
    set(login === undefined ? { signedOutView: 'server' } : { signedOutView: 'server', loginHint: login.trim() });
  },

  showSignIn(login) {
    set(login === undefined ? { signedOutView: 'sign-in' } : { signedOutView: 'sign-in', loginHint: login.trim() });
  },

  setLoginHint(login) {
    set({ loginHint: login.trim() });
  },

  reset() {
    set(initial);
  },
}));
