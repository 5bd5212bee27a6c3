/** What the search looks in: lower-cased title and domain. */
export interface Searchable {
  searchKey: string;
}

/**
 * Search over one ordered list, for query after query as the person types. A query that extends the
 * last one (one more letter) can only match a subset of its matches, so it looks among those instead
 * of the whole list: with 10,000 portals most keystrokes then scan a few hundred keys, not 10,000.
 * Keeps the list's order; the same query answers the same array, so nothing below re-renders for it.
 */
export function searchIn<T extends Searchable>(listed: T[]): (query: string) => T[] {
  let last: { needle: string; matches: T[] } = { needle: '', matches: listed };
  return (query) => {
    const needle = query.trim().toLowerCase();
    if (needle === last.needle) return last.matches;
    // Any key containing the new needle contains the last one too; otherwise (a deleted letter) start over.
    const pool = needle.includes(last.needle) ? last.matches : listed;
    last = { needle, matches: needle === '' ? listed : pool.filter((entry) => entry.searchKey.includes(needle)) };
    return last.matches;
  };
}
