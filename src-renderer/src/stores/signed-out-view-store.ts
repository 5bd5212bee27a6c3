import { create } from 'zustand';

/** Which screen a signed-out person sees. */
export type SignedOutView = 'sign-in' | 'recovery' | 'server' | 'settings';

interface SignedOutViewStore {
  signedOutView: SignedOutView;
  /** The login last typed on the sign-in or recovery screen, carried between them. Not a secret. */
  loginHint: string;
  /** Where the server screen's way back leads: the screen it was opened from. */
  serverFrom: 'sign-in' | 'settings';

  showRecovery(login: string): void;
  /** The server settings, signed out; keeps the login typed so far for the way back. */
  showServerSettings(login?: string): void;
  /** The Settings screen, signed out (the language and the server before signing in). */
  showSettings(login?: string): void;
  /** The server settings, from the Settings screen: their way back leads there. */
  showServerFromSettings(): void;
  showSignIn(login?: string): void;
  /** Sets the login the sign-in screen offers, without changing the screen. */
  setLoginHint(login: string): void;
  /** Back to the sign-in screen with nothing typed (a start). */
  reset(): void;
}

const initial = { signedOutView: 'sign-in', loginHint: '', serverFrom: 'sign-in' } satisfies Partial<SignedOutViewStore>;

export const useSignedOutViewStore = create<SignedOutViewStore>()((set) => ({
  ...initial,

  showRecovery(login) {
    set({ signedOutView: 'recovery', loginHint: login.trim() });
  },

  showServerSettings(login) {
    set(
      login === undefined
        ? { signedOutView: 'server', serverFrom: 'sign-in' }
        : { signedOutView: 'server', serverFrom: 'sign-in', loginHint: login.trim() },
    );
  },

  showSettings(login) {
    set(login === undefined ? { signedOutView: 'settings' } : { signedOutView: 'settings', loginHint: login.trim() });
  },

  showServerFromSettings() {
    set({ signedOutView: 'server', serverFrom: 'settings' });
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
