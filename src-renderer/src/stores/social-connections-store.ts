import { create } from 'zustand';
import type { BridgeError, Profile, Result } from '../../../src-preload/contract.ts';
import { call } from '../bridge/bitrix-id.ts';
import { useProfileStore } from './profile-store.ts';
import { personScope } from './session-store.ts';

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

/** The social services linked to this Bitrix ID: connecting and disconnecting them. */
interface SocialConnectionsStore {
  busy: SocialActivity | null;
  outcome: SocialOutcome | null;

  /**
   * Connects a social service: main opens its page in the system browser, waits for the person,
   * then links it to this Bitrix ID. Resolves to the failure (`cancelled` too, not shown), or null.
   */
  connectSocial(provider: string): Promise<BridgeError | null>;
  disconnectSocial(provider: string): Promise<BridgeError | null>;
  /** Stops waiting for the browser; the waiting connect then ends with `cancelled`. */
  cancelSocialConnect(): Promise<void>;
  dismissSocialOutcome(): void;
}

export const useSocialConnectionsStore = create<SocialConnectionsStore>()((set, get) => {
  const answers = personScope.requests();

  personScope.hold({
    reset() {
      // A connect still waiting for the browser belongs to the session that ended: main stops waiting.
      const connecting = get().busy?.action === 'connect';
      set({ busy: null, outcome: null });
      if (connecting) void call((api) => api.social.cancel());
    },
  });

  /** One social action: the only one while it runs; its outcome kept for the section, the new profile taken. */
  const socialAct = async (
    provider: string,
    action: SocialAction,
    invoke: () => Promise<Result<Profile>>,
  ): Promise<BridgeError | null> => {
    if (get().busy) return null;
    const current = answers.begin();
    set({ busy: { provider, action, cancelling: false }, outcome: null });
    const result = await invoke();
    if (!current()) return result.ok ? null : result.error;
    if (result.ok) useProfileStore.getState().adopt(result.value);
    // Cancelling is the person's own choice: nothing to explain.
    const cancelled = !result.ok && result.error.code === 'cancelled';
    set({ busy: null, outcome: cancelled ? null : { provider, action, error: result.ok ? null : result.error } });
    return result.ok ? null : result.error;
  };

  return {
    busy: null,
    outcome: null,

    connectSocial(provider) {
      return socialAct(provider, 'connect', () => call((api) => api.social.connect({ provider })));
    },

    disconnectSocial(provider) {
      return socialAct(provider, 'disconnect', () => call((api) => api.social.disconnect({ provider })));
    },

    async cancelSocialConnect() {
      const busy = get().busy;
      if (busy?.action !== 'connect' || busy.cancelling) return;
      set({ busy: { ...busy, cancelling: true } });
      const result = await call((api) => api.social.cancel());
      // Main had nothing to cancel (or could not): the connect is still waiting, so Cancel is offered again.
      const still = get().busy;
      if ((!result.ok || !result.value.cancelled) && still?.provider === busy.provider && still.cancelling) {
        set({ busy: { ...still, cancelling: false } });
      }
    },

    dismissSocialOutcome() {
      set({ outcome: null });
    },
  };
});
