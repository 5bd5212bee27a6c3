import { create } from 'zustand';
import type { BridgeError, Result, SessionState, SocialProvider } from '../../../src-preload/contract.ts';
import { bitrixId, call } from '../bridge/bitrix-id.ts';
import { createPersonScope } from './person-scope.ts';
import { createRequestGuard } from './request-guard.ts';
import { useSignedOutViewStore } from './signed-out-view-store.ts';

/** A social sign-in waiting for the person to finish in the system browser. */
export interface SocialSignIn {
  provider: SocialProvider;
  /** "Cancel" was pressed; main answers the waiting call with `cancelled`. */
  cancelling: boolean;
}

/** Why the last social sign-in failed, with the service it was for (the message names it). */
export interface SocialSignInError {
  provider: SocialProvider;
  error: BridgeError;
}

interface SessionStore {
  /** Null until main says whether a session was restored from the keychain. */
  session: SessionState | null;
  /** A `session.get` retry after a failed restore is in flight. */
  restoring: boolean;
  signInBusy: boolean;
  signInError: BridgeError | null;
  signOutBusy: boolean;
  signOutError: BridgeError | null;
  /** The one browser round trip of a social sign-in, while it is open. */
  socialSignIn: SocialSignIn | null;
  socialSignInError: SocialSignInError | null;
  /**
   * The password (or social sign-in) was right and the account has two-step sign-in: main holds the
   * challenge and waits for a code (`verifyTwoFactor`). The code itself is never kept here.
   */
  twoStep: TwoStepSignIn | null;

  /** Starts afresh (nobody known yet) and follows main's `session.changed`; returns the unsubscribe. */
  follow(): () => void;
  /** Takes main's answer to the first `session.get`, unless an event already said more. */
  restored(result: Result<SessionState>): void;
  retryRestore(): Promise<void>;
  /** Resolves to the failure, or null on success. The password is passed through, never kept. */
  signIn(login: string, password: string): Promise<BridgeError | null>;
  /** The person edited the form or it refused what was typed: the server's last answer no longer applies. */
  clearSignInError(): void;
  signOut(): Promise<void>;
  dismissSignOutError(): void;
  /** Takes a session state main returned from an action that ends or changes the session. */
  adopt(session: SessionState): void;
  /** Main signed out of the old server: the person signs in to the new one, and no failure of the old one is shown. */
  serverSwitched(): void;
  /**
   * Signs in with a social service: main opens its page in the system browser and waits for the
   * person. Resolves to the failure (`cancelled` too, which is not shown), or null on success.
   */
  signInWithSocial(provider: SocialProvider): Promise<BridgeError | null>;
  /** Stops waiting for the browser; the waiting sign-in then ends with `cancelled`. */
  cancelSocialSignIn(): Promise<void>;
  /**
   * Finishes a two-step sign-in with a TOTP or recovery code, passed through and never kept.
   * Resolves to the failure, or null on success. `sign_in_expired` ends the step: the person is
   * back on the password form, which shows why.
   */
  verifyTwoFactor(code: string): Promise<BridgeError | null>;
  /** Back from the second step: main drops the challenge; the next sign-in starts over. */
  cancelTwoFactor(): Promise<void>;
}

/** The second step of a sign-in, waiting for a code. */
export interface TwoStepSignIn {
  /** A code was sent to main and its answer is awaited. */
  busy: boolean;
}

/** The first step was right: what follows is the second, not a failure to show. */
const needsSecondStep = (error: BridgeError): boolean => error.code === 'two_factor_required';

const initial = {
  session: null,
  restoring: false,
  signInBusy: false,
  signInError: null,
  signOutBusy: false,
  signOutError: null,
  socialSignIn: null,
  socialSignInError: null,
  twoStep: null,
} satisfies Partial<SessionStore>;

/** Whose session it is, or null when nobody is signed in (or it is not known yet). */
const signedInUserId = (session: SessionState | null): string | null =>
  session?.status === 'signed_in' ? session.user.id : null;

/** A failed `session.get` still leaves the person on the sign-in screen, with the reason. */
const signedOutBecause = (error: BridgeError): SessionState => ({ status: 'signed_out', restoreError: error });

/** The signed-in person: the stores holding their data reset when this store says the person changed. */
export const personScope = createPersonScope();

export const useSessionStore = create<SessionStore>()((set, get) => {
  /** Invalidated by every start, so answers meant for an earlier start are dropped. */
  const starts = createRequestGuard();
  /** Answers to a second step's code go stale when the person goes back, as well as with every start. */
  const secondSteps = createRequestGuard(starts);

  /** Every change of session goes through here, so the person scope always knows who is signed in. */
  const setSession = (state: Partial<SessionStore> & Pick<SessionStore, 'session'>) => {
    set(state);
    personScope.enter(signedInUserId(state.session));
  };

  const adopt = (session: SessionState) => {
    // Whatever ended or started the session, a signed-out person lands on the sign-in screen. A
    // sign-in ends the signed-out visit: a login typed during it (into recovery, say) is not offered
    // at the next sign-out, where main's last signed-in login is.
    if (session.status === 'signed_in') useSignedOutViewStore.getState().reset();
    else useSignedOutViewStore.getState().showSignIn();
    setSession(
      session.status === 'signed_in'
        ? { session, signInError: null, socialSignInError: null, signOutError: null, twoStep: null }
        : { session },
    );
  };

  return {
    ...initial,

    follow() {
      starts.invalidate();
      const current = starts.begin();
      setSession(initial);
      const unsubscribe = bitrixId().on('session.changed', adopt);
      return () => {
        if (current()) starts.invalidate();
        unsubscribe();
      };
    },

    restored(result) {
      // An event that arrived while we waited is newer than this answer.
      if (get().session !== null) return;
      setSession({ session: result.ok ? result.value : signedOutBecause(result.error) });
    },

    async retryRestore() {
      if (get().restoring) return;
      const current = starts.begin();
      set({ restoring: true });
      const result = await call((api) => api.session.get());
      if (!current()) return;
      setSession({ restoring: false, session: result.ok ? result.value : signedOutBecause(result.error) });
    },

    async signIn(login, password) {
      if (get().signInBusy) return null;
      const current = starts.begin();
      set({ signInBusy: true, signInError: null, socialSignInError: null, twoStep: null });
      const result = await call((api) => api.session.signIn({ login, password }));
      if (!current()) return null;
      if (result.ok) {
        set({ signInBusy: false });
        adopt(result.value);
        return null;
      }
      if (needsSecondStep(result.error)) set({ signInBusy: false, twoStep: { busy: false } });
      else set({ signInBusy: false, signInError: result.error });
      return result.error;
    },

    clearSignInError() {
      if (get().signInError) set({ signInError: null });
    },

    async signOut() {
      if (get().signOutBusy) return;
      const current = starts.begin();
      set({ signOutBusy: true, signOutError: null });
      const result = await call((api) => api.session.signOut());
      if (!current()) return;
      set({ signOutBusy: false });
      if (result.ok) adopt(result.value);
      else set({ signOutError: result.error });
    },

    dismissSignOutError() {
      set({ signOutError: null });
    },

    adopt,

    serverSwitched() {
      // A waiting second step belonged to the old server.
      set({ signInError: null, signOutError: null, socialSignInError: null, twoStep: null });
      adopt({ status: 'signed_out', reason: 'signed_out' });
    },

    async signInWithSocial(provider) {
      if (get().socialSignIn || get().signInBusy) return null;
      const current = starts.begin();
      set({ socialSignIn: { provider, cancelling: false }, socialSignInError: null, signInError: null, twoStep: null });
      const result = await call((api) => api.social.signIn({ provider: provider.id }));
      if (!current()) return result.ok ? null : result.error;
      set({ socialSignIn: null });
      if (result.ok) {
        adopt(result.value);
        return null;
      }
      if (needsSecondStep(result.error)) set({ twoStep: { busy: false } });
      // Cancelling is the person's own choice: back to the form, nothing to explain.
      else if (result.error.code !== 'cancelled') set({ socialSignInError: { provider, error: result.error } });
      return result.error;
    },

    async cancelSocialSignIn() {
      const waiting = get().socialSignIn;
      if (!waiting || waiting.cancelling) return;
      set({ socialSignIn: { ...waiting, cancelling: true } });
      const result = await call((api) => api.social.cancel());
      // Main had nothing to cancel (or could not): the sign-in is still waiting, so Cancel is offered again.
      const still = get().socialSignIn;
      if ((!result.ok || !result.value.cancelled) && still?.provider === waiting.provider && still.cancelling) {
        set({ socialSignIn: { ...still, cancelling: false } });
      }
    },

    async verifyTwoFactor(code) {
      const step = get().twoStep;
      if (!step || step.busy) return null;
      const current = secondSteps.begin();
      set({ twoStep: { busy: true } });
      const result = await call((api) => api.session.verifyTwoFactor({ code }));
      if (!current()) return result.ok ? null : result.error;
      if (result.ok) {
        adopt(result.value);
        return null;
      }
      // Main dropped the challenge (too many wrong codes, or too late): the password comes first again.
      if (result.error.code === 'sign_in_expired') set({ twoStep: null, signInError: result.error });
      else set({ twoStep: { busy: false } });
      return result.error;
    },

    async cancelTwoFactor() {
      if (!get().twoStep) return;
      secondSteps.invalidate();
      set({ twoStep: null });
      // Nothing to tell the person if main had nothing left to drop: the challenge is gone either way.
      await call((api) => api.session.cancelTwoFactor());
    },
  };
});
