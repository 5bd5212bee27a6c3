import { create } from 'zustand';
import type { OpenedLink } from '../../../src-preload/contract.ts';
import { bitrixId, call } from '../bridge/bitrix-id.ts';
import { createRequestGuard } from '../stores/request-guard.ts';

interface LinkStore {
  /** What the `bitrixid://` link main is carrying out asks the window to show; null when none. */
  link: OpenedLink | null;
  /** Asks main for a link that arrived before this window, and follows the ones that come later. */
  start(): () => void;
  /** The person confirmed what the link asked; main tells how it went by `link.opened`. */
  confirmLogin(): Promise<void>;
  dismiss(): Promise<void>;
}

export const useLinkStore = create<LinkStore>()((set) => ({
  link: null,

  start() {
    set({ link: null });
    // An event that comes meanwhile is newer than the answer about a pending link.
    const pending = createRequestGuard();
    const unsubscribe = bitrixId().on('link.opened', (link) => {
      pending.invalidate();
      set({ link });
    });
    const current = pending.begin();
    void call((api) => api.links.pending()).then((result) => {
      if (result.ok && current()) set({ link: result.value });
    });
    return unsubscribe;
  },

  async confirmLogin() {
    const result = await call((api) => api.links.confirmLogin());
    set({ link: result.ok ? result.value : { kind: 'confirm-login', state: 'failed', error: result.error } });
  },

  async dismiss() {
    set({ link: null });
    await call((api) => api.links.dismiss());
  },
}));
