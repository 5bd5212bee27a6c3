/**
 * A stable sort for a list that grows at its end, as the portal list does while its background pages
 * arrive (up to 20 pages of 500). When the items given extend the last ones (the same items, in the
 * same order, then more), only the newcomers are sorted and then merged into the last result: a page
 * costs a sort of 500 and a merge, not a sort of 10,000 with the collator. The result is the same as
 * a full stable sort: on a tie the earlier item, which is the one already there, goes first.
 */
export function sortAsItGrows<T>(compare: (a: T, b: T) => number, include: (item: T) => boolean): (items: T[]) => T[] {
  let last: { items: T[]; sorted: T[] } | null = null;
  return (items) => {
    const grown = last !== null && extend(items, last.items);
    const newcomers = grown && last ? items.slice(last.items.length) : items;
    const sorted = newcomers.filter(include).sort(compare);
    const result = grown && last ? merge(last.sorted, sorted, compare) : sorted;
    last = { items, sorted: result };
    return result;
  };
}

/** `items` starts with every one of `before`, in order. */
function extend<T>(items: T[], before: T[]): boolean {
  if (items.length < before.length) return false;
  for (let index = 0; index < before.length; index++) if (items[index] !== before[index]) return false;
  return true;
}

function merge<T>(older: T[], newer: T[], compare: (a: T, b: T) => number): T[] {
  if (newer.length === 0) return older;
  const merged: T[] = [];
  let o = 0;
  let n = 0;
  while (o < older.length && n < newer.length) {
    const [first, second] = [older[o], newer[n]] as [T, T];
    if (compare(second, first) < 0) {
      merged.push(second);
      n++;
    } else {
      merged.push(first);
      o++;
    }
  }
  for (; o < older.length; o++) merged.push(older[o] as T);
  for (; n < newer.length; n++) merged.push(newer[n] as T);
  return merged;
}
