import { describe, expect, it } from 'vitest';
import { sortAsItGrows } from '../../src-renderer/src/portals/growing-sort.ts';

interface Item {
  id: number;
  /** Sort key with many ties, so stability shows. */
  key: number;
  hidden: boolean;
}

/** The same numbers on every run: a tiny linear congruential generator. */
function items(count: number, from = 0, seed = 7): Item[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: count }, (_, index) => ({ id: from + index, key: next() % 50, hidden: next() % 5 === 0 }));
}

const byKey = (a: Item, b: Item) => a.key - b.key;
const shown = (item: Item) => !item.hidden;
const fullSort = (list: Item[]) => list.filter(shown).sort(byKey);

describe('sorting a list that grows page by page', () => {
  it('gives what a full stable sort gives, page after page, ties in list order', () => {
    const order = sortAsItGrows(byKey, shown);
    let list: Item[] = [];
    for (let page = 0; page < 6; page++) {
      list = [...list, ...items(200, page * 200, page + 1)];
      expect(order(list).map((item) => item.id)).toEqual(fullSort(list).map((item) => item.id));
    }
  });

  it('sorts only the newcomers of a page, then merges: far fewer comparisons than sorting everything again', () => {
    let comparisons = 0;
    const counting = (a: Item, b: Item) => {
      comparisons++;
      return byKey(a, b);
    };
    const order = sortAsItGrows(counting, shown);
    const first = items(5000);
    order(first);
    comparisons = 0;
    order([...first, ...items(50, 5000, 3)]);
    // A full sort of 5,050 items takes tens of thousands; a merge at most one per item.
    expect(comparisons).toBeLessThan(5050 + 50 * 8);
  });

  it('sorts everything again when the list is replaced rather than grown', () => {
    const order = sortAsItGrows(byKey, shown);
    const before = items(300, 0, 1);
    order(before);
    const replaced = [...items(100, 1000, 2), ...before.slice(1)];
    expect(order(replaced).map((item) => item.id)).toEqual(fullSort(replaced).map((item) => item.id));
  });

  it('answers the same array when nothing was added', () => {
    const order = sortAsItGrows(byKey, shown);
    const list = items(100);
    const sorted = order(list);
    expect(order(list)).toBe(sorted);
    expect(order([...list])).toBe(sorted);
  });
});
