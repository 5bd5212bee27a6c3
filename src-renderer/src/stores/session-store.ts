import { create } from 'zustand';
import type { AppInfo, BridgeError, SessionState, SocialProvider } from '../../../src-preload/contract.ts';
import { bitrixId, call } from '../bridge/bitrix-id.ts';

/** Which screen a signed-out person sees. */
export type SignedOutView = 'sign-in' | 'recovery' | 'server';

/** The social services the server in use offers; the list is the server's, so it follows a switch of servers. */
export interface SocialProviders {
  status: 'idle' | 'loading' | 'ready' | 'error';
  list: SocialProvider[];
}

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
  /** Null until `app.info` answers (or if it failed: the footer is then simply left out). */
  appInfo: AppInfo | null;
  /** Whether main can reach the backend; null until it says. Only `false` is shown (as a banner). */
  reachable: boolean | null;
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
  socialProviders: SocialProviders;
  /** The one browser round trip of a social sign-in, while it is open. */
  socialSignIn: SocialSignIn | null;
  socialSignInError: SocialSignInError | null;

  /** Subscribes to main's events and asks for the current state; returns the unsubscribe. */
  start(): () => void;
  retryRestore(): Promise<void>;
  /** Resolves to the failure, or null on success. The password is passed through, never kept. */
  signIn(login: string, password: string): Promise<BridgeError | null>;
  signOut(): Promise<void>;
  dismissSignOutError(): void;
  /** Takes a session state main returned from an action that ends or changes the session. */
  adopt(session: SessionState): void;
  /**
   * Switches servers (`null`: back to the embedded mock). Main signs out of the old one first, so on
   * success the person is signed out and sees the sign-in screen. Resolves to the failure, or null.
   */
  switchServer(url: string | null): Promise<BridgeError | null>;
  showRecovery(login: string): void;
  /** The server settings, signed out; keeps the login typed so far for the way back. */
  showServerSettings(login?: string): void;
  showSignIn(login?: string): void;
  /** Sets the login the sign-in screen offers, without changing the screen. */
  setLoginHint(login: string): void;
  /** Loads the server's social services, unless they are loaded or loading (so after a failure it tries again). */
  loadSocialProviders(): Promise<void>;
  /**
   * Signs in with a social service: main opens its page in the system browser and waits for the
   * person. Resolves to the failure (`cancelled` too, which is not shown), or null on success.
   */
  signInWithSocial(provider: SocialProvider): Promise<BridgeError | null>;
  /** Stops waiting for the browser; the waiting sign-in then ends with `cancelled`. */
  cancelSocialSignIn(): Promise<void>;
}

const initial = {
  appInfo: null,
  reachable: null,
  session: null,
  restoring: false,
  signInBusy: false,
  signInError: null,
  signOutBusy: false,
  signOutError: null,
  signedOutView: 'sign-in',
  loginHint: '',
  socialProviders: { status: 'idle', list: [] },
  socialSignIn: null,
  socialSignInError: null,
} satisfies Partial<SessionStore>;

/** One button per service, even if a server lists one twice. */
const distinct = (providers: SocialProvider[]): SocialProvider[] =>
  providers.filter((provider, index) => providers.findIndex((other) => other.id === provider.id) === index);

/** Whose session it is, or null when nobody is signed in (or it is not known yet). */
export const signedInUserId = ({ session }: { session: SessionState | null }): string | null =>
  session?.status === 'signed_in' ? session.user.id : null;

/** A failed `session.get` still leaves the person on the sign-in screen, with the reason. */
const signedOutBecause = (error: BridgeError): SessionState => ({ status: 'signed_out', restoreError: error });

export const useSessionStore = create<SessionStore>()((set, get) => {
  /** Bumped by every start, so answers meant for an earlier start are dropped. */
  let epoch = 0;
  /** Bumped by every `backend.status` event: an answer asked for before the latest event is older than it. */
  let statusEvents = 0;
  /** Bumped by every switch of servers: a switch's answer applies only if no later switch started. */
  let switches = 0;
  /** Bumped whenever the backend changes: a providers list asked for before belongs to the old one. */
  let backends = 0;

  /** Asks main whether the backend is reachable; an event that arrives meanwhile wins. */
  const askReachable = (mine: number) => {
    const asked = statusEvents;
    void call((api) => api.backend.status()).then((result) => {
      if (mine === epoch && asked === statusEvents && result.ok) set({ reachable: result.value.reachable });
    });
  };

  /** Another backend: its social services may differ, so the list is asked for again if it was shown. */
  const backendChanged = () => {
    backends++;
    const shown = get().socialProviders.status !== 'idle';
    set({ socialProviders: { status: 'idle', list: [] } });
    if (shown) void get().loadSocialProviders();
  };

  const adopt = (session: SessionState) => {
    // Whatever ended or started the session, a signed-out person lands on the sign-in screen.
    set(
      session.status === 'signed_in'
        ? { session, signInError: null, socialSignInError: null, signOutError: null, signedOutView: 'sign-in' }
        : { session, signedOutView: 'sign-in' },
    );
  };

  return {
    ...initial,

    start() {
      const mine = ++epoch;
      set(initial);
      const api = bitrixId();
      const unsubscribers = [
        api.on('session.changed', (session) => {
          if (mine === epoch) adopt(session);
        }),
        api.on('backend.status', ({ reachable }) => {
          statusEvents++;
          if (mine === epoch) set({ reachable });
        }),
        api.on('app.changed', (appInfo) => {
          if (mine !== epoch) return;
          set({ appInfo });
          // Another backend: whether the old one answered says nothing about the new one.
          askReachable(mine);
          backendChanged();
        }),
      ];
      askReachable(mine);
      void Promise.all([call((api) => api.app.info()), call((api) => api.session.get())]).then(([info, session]) => {
        if (mine !== epoch) return;
        // An event that arrived while we waited is newer than this answer.
        // So is an `app.changed` event (a server switched from another window of this app).
        const appInfo = get().appInfo ?? (info.ok ? info.value : null);
        if (get().session !== null) {
          set({ appInfo });
          return;
        }
        set({
          appInfo,
          session: session.ok ? session.value : signedOutBecause(session.error),
        });
      });
      return () => {
        if (mine === epoch) epoch++;
        for (const unsubscribe of unsubscribers) unsubscribe();
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
      set({ signInBusy: true, signInError: null, socialSignInError: null });
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

    async switchServer(url) {
      const mine = epoch;
      const switchId = ++switches;
      const result = await call((api) => api.server.set({ url }));
      if (mine !== epoch || switchId !== switches) return result.ok ? null : result.error;
      if (!result.ok) return result.error;
      // Main has signed out of the old server (and says so with `session.changed`, which may come
      // before or after this answer): either way the person now signs in to the new one.
      set({ appInfo: result.value, reachable: null, signInError: null, signOutError: null, socialSignInError: null });
      adopt({ status: 'signed_out', reason: 'signed_out' });
      askReachable(mine);
      backendChanged();
      return null;
    },

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

    async loadSocialProviders() {
      const { status } = get().socialProviders;
      if (status === 'loading' || status === 'ready') return;
      const mine = epoch;
      const backend = backends;
      set({ socialProviders: { status: 'loading', list: [] } });
      const result = await call((api) => api.social.providers());
      if (mine !== epoch || backend !== backends) return;
      set({ socialProviders: result.ok ? { status: 'ready', list: distinct(result.value) } : { status: 'error', list: [] } });
    },

    async signInWithSocial(provider) {
      if (get().socialSignIn || get().signInBusy) return null;
      const mine = epoch;
      set({ socialSignIn: { provider, cancelling: false }, socialSignInError: null, signInError: null });
      const result = await call((api) => api.social.signIn({ provider: provider.id }));
      if (mine !== epoch) return result.ok ? null : result.error;
      set({ socialSignIn: null });
      if (result.ok) {
        adopt(result.value);
        return null;
      }
      // Cancelling is the person's own choice: back to the form, nothing to explain.
      if (result.error.code !== 'cancelled') set({ socialSignInError: { provider, error: result.error } });
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
  };
});
