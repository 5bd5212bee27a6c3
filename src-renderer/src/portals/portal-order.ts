import { useMemo, type FocusEvent } from 'react';
import type { Portal, PortalPrefs } from '../../../src-preload/contract.ts';
import { usePortalsStore } from '../stores/portal-list-store.ts';
import { sortAsItGrows } from './growing-sort.ts';
import { searchIn } from './portal-search.ts';

export const portalSorts = ['recent', 'name'] as const;
export type PortalSort = (typeof portalSorts)[number];

/** A portal as the sidebar lists it. */
export interface ListedPortal {
  portal: Portal;
  hidden: boolean;
  /** Lower-cased title and domain, what the search looks in. */
  searchKey: string;
}

interface ListOptions {
  portals: Portal[];
  prefs: PortalPrefs;
  sort: PortalSort;
  /** Hidden portals are listed too (marked), so they can be shown again. */
  showHidden: boolean;
  query: string;
  language: string;
}

const collators = new Map<string, Intl.Collator>();

/** One collator per language: building one per comparison would dominate sorting 10,000 titles. */
function collatorFor(language: string): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
    collators.set(language, collator);
  }
  return collator;
}

/** "Recent": last opened first, never-opened after; ties (and "Name") by title in the language's order. */
function comparator(sort: PortalSort, prefs: PortalPrefs, collator: Intl.Collator) {
  const byTitle = (a: ListedPortal, b: ListedPortal) => collator.compare(a.portal.title, b.portal.title);
  if (sort === 'name') return byTitle;
  return (a: ListedPortal, b: ListedPortal) => {
    const openedA = prefs.lastOpenedAt[a.portal.id];
    const openedB = prefs.lastOpenedAt[b.portal.id];
    if (openedA !== openedB) {
      if (openedA === undefined) return 1;
      if (openedB === undefined) return -1;
      return openedB - openedA;
    }
    return byTitle(a, b);
  };
}

/** Each portal's entry, so a page that adds portals reuses the entries of those already listed. */
const entries = new WeakMap<Portal, ListedPortal>();

/** The portals as entries, the same entry object for a portal as long as its hidden mark holds. */
export function listEntries(portals: Portal[], hiddenIds: string[]): ListedPortal[] {
  const hiddenSet = new Set(hiddenIds);
  return portals.map((portal) => {
    const hidden = hiddenSet.has(portal.id);
    const known = entries.get(portal);
    if (known?.hidden === hidden) return known;
    const entry = { portal, hidden, searchKey: known?.searchKey ?? `${portal.title}\n${portal.domain}`.toLowerCase() };
    entries.set(portal, entry);
    return entry;
  });
}

/**
 * The list as the sidebar shows it, and as Ctrl+1…9 count it. Each step is memoised on what it
 * depends on, so a keystroke in the search only filters: the keys and the order are computed once
 * per list, and a query that extends the last one filters the last matches (portal-search.ts). A
 * background page sorts only its own portals into the list (growing-sort.ts), so typing while the
 * list loads does not wait for a sort of the whole list at every page.
 */
export function useListedPortals({ portals, prefs, sort, showHidden, query, language }: ListOptions) {
  const { hiddenIds } = prefs;
  const all = useMemo(() => listEntries(portals, hiddenIds), [portals, hiddenIds]);

  const order = useMemo(
    () => sortAsItGrows(comparator(sort, prefs, collatorFor(language)), (entry: ListedPortal) => showHidden || !entry.hidden),
    [showHidden, sort, prefs, language],
  );
  const ordered = useMemo(() => order(all), [order, all]);

  const search = useMemo(() => searchIn(ordered), [ordered]);
  const shown = useMemo(() => search(query), [search, query]);
  const hiddenCount = useMemo(() => all.reduce((count, entry) => count + (entry.hidden ? 1 : 0), 0), [all]);
  return { shown, hiddenCount };
}

/**
 * "Recent" reorders when the person leaves the list (the pointer goes, or the focus goes while the
 * pointer is elsewhere), so that a row never moves under the pointer, nor between two Ctrl+Tabs
 * pressed in a portal: by the time they come back, the portals they opened are on top. A focused
 * row keeps the focus as it moves (rows are keyed by portal). Handlers for the list's scrolling area.
 */
export function useRecentSettling() {
  const settle = usePortalsStore((state) => state.settleRecent);
  return {
    onPointerLeave() {
      settle();
    },
    onBlur(event: FocusEvent<HTMLElement>) {
      const { currentTarget, relatedTarget } = event;
      if (!(relatedTarget instanceof Node && currentTarget.contains(relatedTarget)) && !currentTarget.matches(':hover')) settle();
    },
  };
}
