import { create } from 'zustand';
import type { AppInfo, BridgeError, SessionState } from '../../../src-preload/contract.ts';
import { bitrixId, call } from '../bridge/bitrix-id.ts';

/** Which screen a signed-out person sees. */
export type SignedOutView = 'sign-in' | 'recovery';

interface SessionStore {
  /** Null until `app.info` answers (or if it failed: the footer is then simply left out). */
  appInfo: AppInfo | null;
  /** Null until main says whether a session was restored from the keychain. */
  session: SessionState | null;
  /** A `session.get` retry after a failed restore is in flight. */
  restoring: boolean;
  signInBusy: boolean;
  signInError: BridgeError | null;
  signOutBusy: boolean;
  signOutError: BridgeError | null;
  signedOutView: SignedOutView;
  /** The login last typed on the sign-in or recovery screen, carried between them. Not a secret. */
  loginHint: string;

  /** Subscribes to main's events and asks for the current state; returns the unsubscribe. */
  start(): () => void;
  retryRestore(): Promise<void>;
  /** Resolves to the failure, or null on success. The password is passed through, never kept. */
  signIn(login: string, password: string): Promise<BridgeError | null>;
  signOut(): Promise<void>;
  dismissSignOutError(): void;
  /** Takes a session state main returned from an action that ends or changes the session. */
  adopt(session: SessionState): void;
  showRecovery(login: string): void;
  showSignIn(login?: string): void;
  /** Sets the login the sign-in screen offers, without changing the screen. */
  setLoginHint(login: string): void;
}

const initial = {
  appInfo: null,
  session: null,
  restoring: false,
  signInBusy: false,
  signInError: null,
  signOutBusy: false,
  signOutError: null,
  signedOutView: 'sign-in',
  loginHint: '',
} satisfies Partial<SessionStore>;

/** A failed `session.get` still leaves the person on the sign-in screen, with the reason. */
const signedOutBecause = (error: BridgeError): SessionState => ({ status: 'signed_out', restoreError: error });

export const useSessionStore = create<SessionStore>()((set, get) => {
  /** Bumped by every start, so answers meant for an earlier start are dropped. */
  let epoch = 0;

  const adopt = (session: SessionState) => {
    // Whatever ended or started the session, a signed-out person lands on the sign-in screen.
    set(
      session.status === 'signed_in'
        ? { session, signInError: null, signOutError: null, signedOutView: 'sign-in' }
        : { session, signedOutView: 'sign-in' },
    );
  };

  return {
    ...initial,

    start() {
      const mine = ++epoch;
      set(initial);
      const unsubscribe = bitrixId().on('session.changed', (session) => {
        if (mine === epoch) adopt(session);
      });
      void Promise.all([call((api) => api.app.info()), call((api) => api.session.get())]).then(([info, session]) => {
        if (mine !== epoch) return;
        // An event that arrived while we waited is newer than this answer.
        if (get().session !== null) {
          if (info.ok) set({ appInfo: info.value });
          return;
        }
        set({
          appInfo: info.ok ? info.value : null,
          session: session.ok ? session.value : signedOutBecause(session.error),
        });
      });
      return () => {
        if (mine === epoch) epoch++;
        unsubscribe();
      };
    },

    async retryRestore() {
      if (get().restoring) return;
      const mine = epoch;
      set({ restoring: true });
      const result = await call((api) => api.session.get());
      if (mine !== epoch) return;
      set({ restoring: false, session: result.ok ? result.value : signedOutBecause(result.error) });
    },

    async signIn(login, password) {
      if (get().signInBusy) return null;
      const mine = epoch;
      set({ signInBusy: true, signInError: null });
      const result = await call((api) => api.session.signIn({ login, password }));
      if (mine !== epoch) return null;
      if (result.ok) {
        set({ signInBusy: false });
        adopt(result.value);
        return null;
      }
      set({ signInBusy: false, signInError: result.error });
      return result.error;
    },

    async signOut() {
      if (get().signOutBusy) return;
      const mine = epoch;
      set({ signOutBusy: true, signOutError: null });
      const result = await call((api) => api.session.signOut());
      if (mine !== epoch) return;
      set({ signOutBusy: false });
      if (result.ok) adopt(result.value);
      else set({ signOutError: result.error });
    },

    dismissSignOutError() {
      set({ signOutError: null });
    },

    adopt,

    showRecovery(login) {
      set({ signedOutView: 'recovery', loginHint: login.trim() });
    },

    showSignIn(login) {
      set(login === undefined ? { signedOutView: 'sign-in' } : { signedOutView: 'sign-in', loginHint: login.trim() });
    },

    setLoginHint(login) {
      set({ loginHint: login.trim() });
    },
  };
});
