import { create } from 'zustand';
import type {
  BridgeError,
  LinkedPortalsNotice,
  Portal,
  PortalPrefs,
  PortalsPageEvent,
  PortalsSnapshot,
  Result,
} from '../../../src-preload/contract.ts';
import { bitrixId, call, isOffline } from '../bridge/bitrix-id.ts';
import { personScope } from './session-store.ts';

type PortalsStatus = 'idle' | 'loading' | 'ready' | 'error';

/** The last "Hide from list" (or its undo), for the status under the list. */
interface HideOutcome {
  portal: Portal;
  hidden: boolean;
  /** Null: it worked. */
  error: BridgeError | null;
}

interface PortalsStore {
  status: PortalsStatus;
  /**
   * Every portal loaded for this session, in the server's order, hidden ones included. Kept while a
   * reload runs, and if it fails offline.
   */
  portals: Portal[];
  /** A list has been loaded for this session (it may be empty). */
  loaded: boolean;
  /**
   * The list shown is not the server's current one: main answered with the list cached at the last
   * successful load, or a reload could not reach the server. Shown with an "offline" mark.
   */
  stale: boolean;
  /** Why the first load failed (nothing to show instead). */
  error: BridgeError | null;
  /** The server's count of all the person's portals, when it gives one. */
  total: number | null;
  /** Every page of the current load has arrived. */
  complete: boolean;
  /** Why the background load stopped before the last page; what arrived stays on show. */
  pageError: BridgeError | null;
  /**
   * As of the last load (or hide), and the portals opened since once the person has left the list
   * (`settleRecent`): a row jumping to the top under the pointer, or between two Ctrl+Tabs, would be
   * worse than "Recent" catching up when the person is away from the list.
   */
  prefs: PortalPrefs;
  /** Portals newly linked by e-mail, until the person dismisses the notice. */
  linkedNotice: LinkedPortalsNotice | null;
  lastHide: HideOutcome | null;

  /** Subscribes to the background pages; returns the unsubscribe. */
  start(): () => void;
  /** Loads the list unless it is already loaded or loading. */
  load(): Promise<void>;
  /** Starts a fresh load from the first page, e.g. after an error or when the server is back. */
  reload(): Promise<void>;
  /** Hides a portal from the list, or shows it again; how it went is `lastHide`. */
  setHidden(portal: Portal, hidden: boolean): Promise<void>;
  dismissHideOutcome(): void;
  /** A portal created here: listed at once, even before main's next page or load says so, as opened now. */
  add(portal: Portal): void;
  /** A portal was opened: "Recent" moves it up at the next `settleRecent`. */
  noteOpened(portalId: string): void;
  /** The person left the list: the portals opened meanwhile take their place under "Recent". */
  settleRecent(): void;
  dismissLinkedNotice(): void;
  /** Bitrix24 mode: takes a portal off the list; resolves to the failure, or null. */
  remove(portal: Portal): Promise<BridgeError | null>;
}

const noPrefs: PortalPrefs = { hiddenIds: [], lastOpenedAt: {}, lastActiveId: null };

const initial = {
  status: 'idle',
  portals: [],
  loaded: false,
  stale: false,
  error: null,
  total: null,
  complete: true,
  pageError: null,
  prefs: noPrefs,
  linkedNotice: null,
  lastHide: null,
} satisfies Partial<PortalsStore>;

const PORTALS_RECEIVED_MARK = 'bitrix-id:portals-received';

/** `items` after `more`, leaving out any already there (a portal created here may come again in a page). */
function appendNew(items: Portal[], more: Portal[]): Portal[] {
  const known = new Set(items.map((portal) => portal.id));
  const added = more.filter((portal) => !known.has(portal.id));
  return added.length === 0 ? items : [...items, ...added];
}

export const usePortalsStore = create<PortalsStore>()((set, get) => {
  /** Answers for an earlier person are never shown. */
  const answers = personScope.requests();
  /** The load the list on show belongs to; pages of any other load are not ours to append. */
  let loadId: number | null = null;
  /**
   * Pages of loads newer than the one on show. In the browser harness events and answers travel
   * apart (an event stream and fetch), so a load's second page can overtake the answer with its first.
   */
  let early: PortalsPageEvent[] = [];
  /** The linked-accounts notice has been asked for this session (main tells it once). */
  let noticeAsked = false;
  /** When portals were opened since the list last settled (`settleRecent`). */
  let openedSince: Record<string, number> = {};

  const withOpened = (prefs: PortalPrefs, opened: Record<string, number>): PortalPrefs => ({
    ...prefs,
    lastOpenedAt: { ...prefs.lastOpenedAt, ...opened },
  });

  const applyPage = (page: PortalsPageEvent) => {
    set((state) => ({
      portals: appendNew(state.portals, page.items),
      total: page.total,
      complete: page.complete,
      pageError: page.error ?? null,
    }));
  };

  const askLinkedNotice = async () => {
    const current = answers.begin();
    noticeAsked = true;
    const result = await call((api) => api.portals.linkedNotice());
    if (!current()) return;
    // Not knowing is harmless; the next load that reaches the server asks again (a backend that
    // cannot tell, Bitrix24 mode, is not asked again).
    if (!result.ok) noticeAsked = result.error.code === 'unsupported';
    else if (result.value.newlyLinked.length > 0) set({ linkedNotice: result.value });
  };

  const adoptSnapshot = (snapshot: PortalsSnapshot) => {
    // User Timing for the benchmark (tests/bench/portals.ts): a list arrived from main.
    performance.mark(PORTALS_RECEIVED_MARK);
    loadId = snapshot.loadId;
    const pages = early.filter((page) => page.loadId === snapshot.loadId);
    early = early.filter((page) => page.loadId > snapshot.loadId);
    set({
      status: 'ready',
      portals: snapshot.items,
      loaded: true,
      stale: snapshot.offline,
      error: null,
      total: snapshot.total,
      complete: snapshot.complete,
      pageError: null,
      prefs: snapshot.prefs,
    });
    if (!snapshot.complete) for (const page of pages) applyPage(page);
    if (!snapshot.offline && !noticeAsked) void askLinkedNotice();
  };

  const fetchList = async (ask: () => Promise<Result<PortalsSnapshot>>) => {
    const current = answers.begin();
    set({ status: 'loading' });
    const result = await ask();
    if (!current()) return;
    if (result.ok) adoptSnapshot(result.value);
    else if (get().loaded && isOffline(result.error)) set({ status: 'ready', stale: true, error: null });
    else {
      loadId = null;
      const nothing = { portals: [], loaded: false, stale: false, total: null, complete: true, pageError: null };
      set({ ...nothing, status: 'error', error: result.error });
    }
  };

  personScope.hold({
    // Portals belong to the signed-in person: whenever the session ends (or changes hands), forget them.
    reset() {
      loadId = null;
      early = [];
      noticeAsked = false;
      openedSince = {};
      set(initial);
    },
    refresh() {
      if (get().status !== 'idle') void get().reload();
    },
  });

  return {
    ...initial,

    start() {
      const api = bitrixId();
      const stops = [
        api.on('portals.page', (page) => {
          if (page.loadId === loadId) applyPage(page);
          else if (loadId === null || page.loadId > loadId) early.push(page);
        }),
        // Bitrix24 mode: main changed the list itself (a portal opened from the Network's page), so
        // its whole list replaces ours.
        api.on('portals.listChanged', adoptSnapshot),
      ];
      return () => {
        for (const stop of stops) stop();
      };
    },

    async load() {
      if (get().status === 'idle') await fetchList(() => call((api) => api.portals.list()));
    },

    async reload() {
      if (get().status !== 'loading') await fetchList(() => call((api) => api.portals.reload()));
    },

    async setHidden(portal, hidden) {
      const current = answers.begin();
      const result = await call((api) => api.portals.setHidden({ portalId: portal.id, hidden }));
      if (!current()) return;
      if (result.ok) set({ prefs: result.value, lastHide: { portal, hidden, error: null } });
      else set({ lastHide: { portal, hidden, error: result.error } });
    },

    dismissHideOutcome() {
      set({ lastHide: null });
    },

    add(portal) {
      // Made in the dialog, over the list: it goes to the top of "Recent" at once, not to its alphabetical place.
      set((state) => ({ portals: appendNew(state.portals, [portal]), prefs: withOpened(state.prefs, { [portal.id]: Date.now() }) }));
    },

    noteOpened(portalId) {
      openedSince[portalId] = Date.now();
    },

    settleRecent() {
      if (Object.keys(openedSince).length === 0) return;
      const opened = openedSince;
      openedSince = {};
      set((state) => ({ prefs: withOpened(state.prefs, opened) }));
    },

    dismissLinkedNotice() {
      set({ linkedNotice: null });
    },

    async remove(portal) {
      const current = answers.begin();
      const result = await call((api) => api.portals.remove({ portalId: portal.id }));
      if (!current()) return null;
      if (!result.ok) return result.error;
      adoptSnapshot(result.value);
      return null;
    },
  };
});
