import { create } from 'zustand';
import type { UnreadCounts } from '../../../src-preload/contract.ts';
import { followAndAsk } from './follow-and-ask.ts';
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
      return followAndAsk('portals.unread', (api) => api.portals.unread(), ({ counts, total }) => set({ counts, total }), answers.begin());
    },
  };
});
