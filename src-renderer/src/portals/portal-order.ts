import { useMemo } from 'react';
import type { Portal, PortalPrefs } from '../../../src-preload/contract.ts';
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

/**
 * The list as the sidebar shows it, and as Ctrl+1…9 count it. Each step is memoised on what it
 * depends on, so a keystroke in the search only filters: the keys and the order are computed once
 * per list, and a query that extends the last one filters the last matches (portal-search.ts).
 */
export function useListedPortals({ portals, prefs, sort, showHidden, query, language }: ListOptions) {
  const { hiddenIds } = prefs;
  const all = useMemo(() => {
    const hidden = new Set(hiddenIds);
    return portals.map((portal) => ({
      portal,
      hidden: hidden.has(portal.id),
      searchKey: `${portal.title}\n${portal.domain}`.toLowerCase(),
    }));
  }, [portals, hiddenIds]);

  const ordered = useMemo(() => {
    const listed = showHidden ? all.slice() : all.filter((entry) => !entry.hidden);
    return listed.sort(comparator(sort, prefs, collatorFor(language)));
  }, [all, showHidden, sort, prefs, language]);

  const search = useMemo(() => searchIn(ordered), [ordered]);
  const shown = useMemo(() => search(query), [search, query]);
  const hiddenCount = useMemo(() => all.reduce((count, entry) => count + (entry.hidden ? 1 : 0), 0), [all]);
  return { shown, hiddenCount };
}
