import { create } from 'zustand';
import type { BridgeError, Portal, PortalView } from '../../../src-preload/contract.ts';
import { bitrixId, call } from '../bridge/bitrix-id.ts';
import { usePortalsStore } from './portal-list-store.ts';
import { personScope } from './session-store.ts';

/** A failure to open or sign out of the chosen portal, shown in the content area. */
interface PortalFailure {
  portalId: string;
  error: BridgeError;
}

interface PortalViewsStore {
  /**
   * The portal the person chose last, as it was then: a reload that has not reached it again yet
   * (its first pages replace the list) does not take it off the screen.
   */
  chosen: Portal | null;
  /** Portal views alive in main, most recently used first; only these can be shown at once. */
  live: PortalView[];
  /** The portal whose new view is being opened (a live one switches at once, without this). */
  opening: string | null;
  openError: PortalFailure | null;
  signingOut: string | null;
  signOutError: PortalFailure | null;

  /** Subscribes to main's view changes; returns the unsubscribe. */
  start(): () => void;
  /** Shows the portal: at once if its view is alive, otherwise once main has signed it in. */
  open(portal: Portal): Promise<void>;
  /** A view main opened on another request (the Network's): it joins the live ones, first. */
  adoptView(view: PortalView): void;
  /** Clears the portal's stored session and closes its view; it stays chosen, "not open". */
  signOut(portal: Portal): Promise<void>;
}

const initial = {
  chosen: null,
  live: [],
  opening: null,
  openError: null,
  signingOut: null,
  signOutError: null,
} satisfies Partial<PortalViewsStore>;

/** Failures that only mean the server could not be reached: worth trying again once it can. */
const isConnectionError = (error: BridgeError): boolean => error.code === 'network' || error.code === 'timeout';

export const isLive = (live: PortalView[], portalId: string): boolean => live.some((view) => view.portalId === portalId);

export const usePortalViewsStore = create<PortalViewsStore>()((set, get) => {
  /** Answers for an earlier person are dropped. */
  const answers = personScope.requests();
  /** Only the answer to the latest open decides what is shown. */
  const opens = personScope.requests();

  // Views belong to the signed-in person, as the portals do. When the server is back, a portal that
  // could not open for want of a connection opens by itself.
  personScope.hold({
    reset: () => set(initial),
    refresh: () => {
      const { chosen, openError, opening } = get();
      if (chosen && opening === null && openError?.portalId === chosen.id && isConnectionError(openError.error)) void get().open(chosen);
    },
  });

  return {
    ...initial,

    start() {
      return bitrixId().on('portals.views', ({ live }) => set({ live }));
    },

    async open(portal) {
      const current = opens.latest();
      // A live view is shown before main answers (it answers `reused` at once): switching takes no wait.
      set({
        chosen: portal,
        opening: isLive(get().live, portal.id) ? null : portal.id,
        openError: null,
        signOutError: null,
      });
      const result = await call((api) => api.portals.open({ portalId: portal.id }));
      if (!current()) return;
      if (result.ok) usePortalsStore.getState().noteOpened(portal.id);
      if (result.ok) {
        const view = result.value;
        set((state) => ({ opening: null, live: [view, ...state.live.filter((other) => other.portalId !== view.portalId)] }));
      } else {
        set({ opening: null, openError: { portalId: portal.id, error: result.error } });
      }
    },

    adoptView(view) {
      set((state) => ({ live: [view, ...state.live.filter((other) => other.portalId !== view.portalId)] }));
    },

    async signOut(portal) {
      if (get().signingOut !== null) return;
      const current = answers.begin();
      set({ signingOut: portal.id, signOutError: null, openError: null });
      const result = await call((api) => api.portals.signOut({ portalId: portal.id }));
      if (!current()) return;
      if (result.ok) set({ signingOut: null, live: result.value.live });
      else set({ signingOut: null, signOutError: { portalId: portal.id, error: result.error } });
    },
  };
});
