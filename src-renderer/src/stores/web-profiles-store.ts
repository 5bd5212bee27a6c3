import { create } from 'zustand';
import type { BridgeError, Result, WebProfiles } from '../../../src-preload/contract.ts';
import { call } from '../bridge/bitrix-id.ts';
import { followAndAsk } from './follow-and-ask.ts';
import { createRequestGuard } from './request-guard.ts';

/** What the profile switcher is doing: nothing, or one change waiting for main. */
export type ProfileAction = 'add' | 'rename' | 'remove' | 'switch' | 'signOut';

interface WebProfilesStore {
  /** Null until main answers. The device's profiles, not one person's: it outlives a profile switch. */
  profiles: WebProfiles | null;
  busy: ProfileAction | null;
  /** Why the last change failed. */
  error: { action: ProfileAction; error: BridgeError } | null;

  /** Follows main's `profiles.changed` and asks for the list; returns the unsubscribe. */
  start(): () => void;
  /** Each resolves to the failure, or null once main has done it. */
  add(name: string | undefined): Promise<BridgeError | null>;
  rename(id: string, name: string): Promise<BridgeError | null>;
  remove(id: string): Promise<BridgeError | null>;
  switchTo(id: string): Promise<BridgeError | null>;
  /** Signs the active profile out of every portal and the Network on this device. */
  signOut(): Promise<BridgeError | null>;
  dismissError(): void;
}

/**
 * Bitrix24 mode's profiles on this device. Switching profiles changes "the person" (main sends
 * `session.changed`), so the per-person stores reset through the session; this list stays.
 */
export const useWebProfilesStore = create<WebProfilesStore>()((set, get) => {
  /** Invalidated by every start, so an answer meant for an earlier start is dropped. */
  const starts = createRequestGuard();

  const change = async (action: ProfileAction, request: () => Promise<Result<WebProfiles>>): Promise<BridgeError | null> => {
    if (get().busy !== null) return null;
    const current = starts.begin();
    set({ busy: action, error: null });
    const result = await request();
    if (!current()) return result.ok ? null : result.error;
    if (result.ok) {
      set({ busy: null, profiles: result.value });
      return null;
    }
    set({ busy: null, error: { action, error: result.error } });
    return result.error;
  };

  return {
    profiles: null,
    busy: null,
    error: null,

    start() {
      starts.invalidate();
      const current = starts.begin();
      // The list stays on show while it is asked for again: a profile switch remounts the shell.
      set({ busy: null, error: null });
      const unsubscribe = followAndAsk('profiles.changed', (api) => api.profiles.list(), (profiles) => set({ profiles }), current);
      return () => {
        if (current()) starts.invalidate();
        unsubscribe();
      };
    },

    add: (name) => change('add', () => call((api) => api.profiles.add(name === undefined ? {} : { name }))),
    rename: (id, name) => change('rename', () => call((api) => api.profiles.rename({ id, name }))),
    remove: (id) => change('remove', () => call((api) => api.profiles.remove({ id }))),
    switchTo: (id) => change('switch', () => call((api) => api.profiles.switch({ id }))),
    signOut: () => change('signOut', () => call((api) => api.profiles.signOut())),

    dismissError() {
      set({ error: null });
    },
  };
});
