import { create } from 'zustand';
import type { SocialProvider } from '../../../src-preload/contract.ts';
import { call } from '../bridge/bitrix-id.ts';
import { createRequestGuard } from './request-guard.ts';

/** The social services the server in use offers; the list is the server's, so it follows a switch of servers. */
export interface SocialProviders {
  status: 'idle' | 'loading' | 'ready' | 'error';
  list: SocialProvider[];
}

interface SocialProvidersStore {
  providers: SocialProviders;
  /** Loads the server's social services, unless they are loaded or loading (so after a failure it tries again). */
  load(): Promise<void>;
  /** Another backend: its services may differ, so the list is asked for again if it was shown. */
  backendChanged(): void;
  /** Forgets the list, and drops a load on its way (a start). */
  reset(): void;
}

const idle: SocialProviders = { status: 'idle', list: [] };

/** One button per service, even if a server lists one twice. */
const distinct = (providers: SocialProvider[]): SocialProvider[] =>
  providers.filter((provider, index) => providers.findIndex((other) => other.id === provider.id) === index);

export const useSocialProvidersStore = create<SocialProvidersStore>()((set, get) => {
  /** Invalidated whenever the backend changes: a list asked for before belongs to the old one. */
  const loads = createRequestGuard();

  return {
    providers: idle,

    async load() {
      const { status } = get().providers;
      if (status === 'loading' || status === 'ready') return;
      const current = loads.begin();
      set({ providers: { status: 'loading', list: [] } });
      const result = await call((api) => api.social.providers());
      if (!current()) return;
      set({ providers: result.ok ? { status: 'ready', list: distinct(result.value) } : { status: 'error', list: [] } });
    },

    backendChanged() {
      const shown = get().providers.status !== 'idle';
      get().reset();
      if (shown) void get().load();
    },

    reset() {
      loads.invalidate();
      set({ providers: idle });
    },
  };
});
