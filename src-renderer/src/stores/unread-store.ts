import { create } from 'zustand';
import type { UnreadCounts } from '../../../src-preload/contract.ts';
import { bitrixId, call } from '../bridge/bitrix-id.ts';
import { personScope } from './session-store.ts';

interface UnreadStore extends UnreadCounts {
  /** Follows main's `portals.unread` and asks for the counts now; returns the unsubscribe. */
  start(): () => void;
}

const none: UnreadCounts = { counts: {}, total: 0 };

/** Bitrix24 mode: each live portal's unread count, as its page's title shows it. One profile's. */
export const useUnreadStore = create<UnreadStore>()((set) => {
  const answers = personScope.requests();
  personScope.hold({ reset: () => set(none) });

  return {
    ...none,

    start() {
      const current = answers.begin();
      /** An event is newer than the answer to the first ask. */
      let heard = false;
      const unsubscribe = bitrixId().on('portals.unread', ({ counts, total }) => {
        heard = true;
        set({ counts, total });
      });
      void call((api) => api.portals.unread()).then((result) => {
        if (current() && !heard && result.ok) set({ counts: result.value.counts, total: result.value.total });
      });
      return unsubscribe;
    },
  };
});
