import { create } from 'zustand';
import type {
  BridgeError,
  DeviceSession,
  LoginChannel,
  PasswordPolicy,
  Profile,
  Result,
} from '../../../src-preload/contract.ts';
import { call } from '../bridge/bitrix-id.ts';
import { isOffline, usePortalsStore } from './portals-store.ts';
import { signedInUserId, useSessionStore } from './session-store.ts';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export type AccountAction =
  | 'changeLogin'
  | 'confirmLoginChange'
  | 'resendLoginChange'
  | 'cancelLoginChange'
  | 'changePassword'
  | 'logOutEverywhere';

/** The outcome of a login change, shown in its section until the next action there. */
export interface LoginNotice {
  channel: LoginChannel;
  kind: 'changed' | 'cancelled' | 'resent' | 'ended';
}

export type SocialAction = 'connect' | 'disconnect';

/** Connecting (a browser round trip) or disconnecting one service: one at a time. */
export interface SocialActivity {
  provider: string;
  action: SocialAction;
  /** "Cancel" was pressed while connecting; main answers the waiting call with `cancelled`. */
  cancelling: boolean;
}

/** How the last connect or disconnect ended, shown in the section until the next one there. */
export interface SocialOutcome {
  provider: string;
  action: SocialAction;
  /** Null: it worked. */
  error: BridgeError | null;
}

export interface Loadable<T> {
  status: LoadStatus;
  /** The last value loaded for this session; kept while it reloads and if a reload fails. */
  value: T;
  /** A value has been loaded for this session (`value` is not just the empty start). */
  loaded: boolean;
  error: BridgeError | null;
}

interface AccountStore {
  profile: Loadable<Profile | null>;
  sessions: Loadable<DeviceSession[]>;
  policy: Loadable<PasswordPolicy | null>;
  busy: Record<AccountAction, boolean>;
  loginNotice: LoginNotice | null;
  /** The password was changed in this visit: the profile offers "Log out on all devices". */
  passwordChanged: boolean;
  social: { busy: SocialActivity | null; outcome: SocialOutcome | null };

  /** `load*` loads unless already loaded or loading; `reload*` loads again (after an error, say). */
  reloadProfile(): Promise<void>;
  /** Loads, or loads again what was loaded before, keeping it on show meanwhile (a screen opened again). */
  refreshProfile(): Promise<void>;
  reloadSessions(): Promise<void>;
  refreshSessions(): Promise<void>;
  loadPolicy(): Promise<void>;
  reloadPolicy(): Promise<void>;

  /**
   * Each action resolves to its failure, or null on success, so a form can put the failure next to
   * the right field (the failure is the form's to keep). Passwords and codes are passed through to
   * main, never kept here.
   */
  changeLogin(request: { channel: LoginChannel; value: string; currentPassword: string; updatePortals: boolean }): Promise<BridgeError | null>;
  confirmLoginChange(confirmation: string): Promise<BridgeError | null>;
  resendLoginChange(): Promise<BridgeError | null>;
  cancelLoginChange(): Promise<BridgeError | null>;
  changePassword(currentPassword: string, newPassword: string): Promise<BridgeError | null>;
  /** On success main has ended the session here too; the session store takes the signed-out state. */
  logOutEverywhere(): Promise<BridgeError | null>;

  /**
   * Connects a social service: main opens its page in the system browser, waits for the person,
   * then links it to this Bitrix ID. Resolves to the failure (`cancelled` too, not shown), or null.
   */
  connectSocial(provider: string): Promise<BridgeError | null>;
  disconnectSocial(provider: string): Promise<BridgeError | null>;
  /** Stops waiting for the browser; the waiting connect then ends with `cancelled`. */
  cancelSocialConnect(): Promise<void>;
  dismissSocialOutcome(): void;

  dismissNotices(): void;
  clear(): void;
}

const idle = <T>(value: T): Loadable<T> => ({ status: 'idle', value, loaded: false, error: null });
const ready = <T>(value: T): Loadable<T> => ({ status: 'ready', value, loaded: true, error: null });

/** Loaded before, but the last reload could not reach the server: show the old value, marked offline. */
export const isStale = (loadable: Loadable<unknown>): boolean =>
  loadable.loaded && loadable.status === 'error' && loadable.error !== null && isOffline(loadable.error);

const notBusy: Record<AccountAction, boolean> = {
  changeLogin: false,
  confirmLoginChange: false,
  resendLoginChange: false,
  cancelLoginChange: false,
  changePassword: false,
  logOutEverywhere: false,
};

const initial = () => ({
  profile: idle<Profile | null>(null),
  sessions: idle<DeviceSession[]>([]),
  policy: idle<PasswordPolicy | null>(null),
  busy: notBusy,
  loginNotice: null,
  passwordChanged: false,
  social: { busy: null, outcome: null },
});

type LoadableKey = 'profile' | 'sessions' | 'policy';

export const useAccountStore = create<AccountStore>()((set, get) => {
  /** Bumped by `clear`, so an answer meant for an ended session is never shown. */
  let generation = 0;

  const fetchInto = async <K extends LoadableKey>(
    key: K,
    request: () => Promise<Result<NonNullable<AccountStore[K]['value']>>>,
  ) => {
    const mine = generation;
    set({ [key]: { ...get()[key], status: 'loading', error: null } } as Pick<AccountStore, K>);
    const result = await request();
    if (mine !== generation) return;
    const before = get()[key];
    set({
      [key]: result.ok
        ? ready(result.value)
        : { status: 'error', value: before.value, loaded: before.loaded, error: result.error },
    } as Pick<AccountStore, K>);
  };

  const loaders = {
    profile: () => fetchInto('profile', () => call((api) => api.profile.get())),
    sessions: () => fetchInto('sessions', () => call((api) => api.account.sessions())),
    policy: () => fetchInto('policy', () => call((api) => api.account.passwordPolicy())),
  } satisfies Record<LoadableKey, () => Promise<void>>;

  const load = async (key: LoadableKey) => {
    if (get()[key].status === 'idle') await loaders[key]();
  };
  const reload = async (key: LoadableKey) => {
    if (get()[key].status !== 'loading') await loaders[key]();
  };
  const refresh = (key: LoadableKey) => (get()[key].status === 'idle' ? load(key) : reload(key));

  /** Runs one action: busy while it runs, its success applied. */
  const act = async <T>(
    action: AccountAction,
    invoke: () => Promise<Result<T>>,
    onSuccess: (value: T) => void,
    onFailure?: (error: BridgeError) => void,
  ): Promise<BridgeError | null> => {
    if (get().busy[action]) return null;
    const mine = generation;
    set((state) => ({ busy: { ...state.busy, [action]: true } }));
    const result = await invoke();
    if (mine !== generation) return result.ok ? null : result.error;
    set((state) => ({ busy: { ...state.busy, [action]: false } }));
    if (result.ok) onSuccess(result.value);
    else onFailure?.(result.error);
    return result.ok ? null : result.error;
  };

  const setProfile = (update: (profile: Profile) => Profile) => {
    const current = get().profile;
    if (current.value) set({ profile: { ...current, value: update(current.value) } });
  };

  /** One social action: the only one while it runs; its outcome kept for the section, the new profile taken. */
  const socialAct = async (
    provider: string,
    action: SocialAction,
    invoke: () => Promise<Result<Profile>>,
  ): Promise<BridgeError | null> => {
    if (get().social.busy) return null;
    const mine = generation;
    set({ social: { busy: { provider, action, cancelling: false }, outcome: null } });
    const result = await invoke();
    if (mine !== generation) return result.ok ? null : result.error;
    if (result.ok) set({ profile: ready(result.value) });
    // Cancelling is the person's own choice: nothing to explain.
    const cancelled = !result.ok && result.error.code === 'cancelled';
    set({ social: { busy: null, outcome: cancelled ? null : { provider, action, error: result.ok ? null : result.error } } });
    return result.ok ? null : result.error;
  };

  const pendingChannel = (): LoginChannel | null => get().profile.value?.pendingLoginChange?.channel ?? null;

  /** The pending change is gone on the server: drop it here and say so where it was. */
  const endPendingChange = (error: BridgeError) => {
    if (error.code !== 'code_expired') return;
    const channel = pendingChannel();
    setProfile((profile) => ({ ...profile, pendingLoginChange: null }));
    if (channel) set({ loginNotice: { channel, kind: 'ended' } });
  };

  /** An action on the pending login change: `apply` takes its answer, and its section says `kind`. */
  const pendingAction = <T>(
    action: AccountAction,
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
    ...initial(),

    reloadProfile: () => reload('profile'),
    refreshProfile: () => refresh('profile'),
    reloadSessions: () => reload('sessions'),
    refreshSessions: () => refresh('sessions'),
    loadPolicy: () => load('policy'),
    reloadPolicy: () => reload('policy'),

    changeLogin(request) {
      set({ loginNotice: null });
      return act(
        'changeLogin',
        () => call((api) => api.account.changeLogin(request)),
        // The old login stays in force until the change is confirmed: only the pending part changes.
        (pending) => setProfile((profile) => ({ ...profile, pendingLoginChange: pending })),
      );
    },

    confirmLoginChange(confirmation) {
      return pendingAction(
        'confirmLoginChange',
        () => call((api) => api.account.confirmLoginChange({ confirmation })),
        'changed',
        (profile) => {
          set({ profile: ready(profile) });
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
        (pending) => setProfile((profile) => ({ ...profile, pendingLoginChange: pending })),
      );
    },

    cancelLoginChange() {
      return pendingAction(
        'cancelLoginChange',
        () => call((api) => api.account.cancelLoginChange()),
        'cancelled',
        (profile) => set({ profile: ready(profile) }),
      );
    },

    changePassword(currentPassword, newPassword) {
      set({ passwordChanged: false });
      return act(
        'changePassword',
        () => call((api) => api.account.changePassword({ currentPassword, newPassword })),
        ({ passwordChangedAt }) => {
          setProfile((profile) => ({ ...profile, passwordChangedAt }));
          set({ passwordChanged: true });
        },
      );
    },

    logOutEverywhere() {
      return act(
        'logOutEverywhere',
        () => call((api) => api.account.logOutEverywhere()),
        (session) => useSessionStore.getState().adopt(session),
      );
    },

    connectSocial(provider) {
      return socialAct(provider, 'connect', () => call((api) => api.social.connect({ provider })));
    },

    disconnectSocial(provider) {
      return socialAct(provider, 'disconnect', () => call((api) => api.social.disconnect({ provider })));
    },

    async cancelSocialConnect() {
      const busy = get().social.busy;
      if (busy?.action !== 'connect' || busy.cancelling) return;
      set((state) => ({ social: { ...state.social, busy: { ...busy, cancelling: true } } }));
      const result = await call((api) => api.social.cancel());
      // Main had nothing to cancel (or could not): the connect is still waiting, so Cancel is offered again.
      const still = get().social.busy;
      if ((!result.ok || !result.value.cancelled) && still?.provider === busy.provider && still.cancelling) {
        set((state) => ({ social: { ...state.social, busy: { ...still, cancelling: false } } }));
      }
    },

    dismissSocialOutcome() {
      set((state) => ({ social: { ...state.social, outcome: null } }));
    },

    dismissNotices() {
      set({ loginNotice: null, passwordChanged: false });
    },

    clear() {
      // A connect still waiting for the browser belongs to the session that ended: main stops waiting.
      const connecting = get().social.busy?.action === 'connect';
      generation++;
      set(initial());
      if (connecting) void call((api) => api.social.cancel());
    },
  };
});

useSessionStore.subscribe((state, previous) => {
  // Everything here belongs to the signed-in person: when the session ends (or changes hands), forget it.
  const is = signedInUserId(state);
  if (is !== signedInUserId(previous)) {
    useAccountStore.getState().clear();
    return;
  }
  // The server is back: what is shown may be out of date (or never loaded), so it is loaded again.
  if (is !== null && state.reachable === true && previous.reachable === false) {
    const account = useAccountStore.getState();
    if (account.profile.status !== 'idle') void account.reloadProfile();
    if (account.sessions.status !== 'idle') void account.reloadSessions();
  }
});
