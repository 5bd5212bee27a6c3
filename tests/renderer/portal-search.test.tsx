import { describe, expect, it } from 'vitest';
import { searchIn, type Searchable } from '../../src-renderer/src/portals/portal-search.ts';

type Entry = Searchable & { title: string };

const entry = (title: string, domain: string): Entry => ({
  title,
  searchKey: `${title}\n${domain}`.toLowerCase(),
});

const portals = [
  entry('Summit Sales', 'summit.bitrix24.com'),
  entry('Portal 0987', 'p0987.bitrix24.de'),
  entry('Sum Total', 'sum-total.bitrix24.com'),
  entry('Partners Hub', 'partners.bitrix24.de'),
];
const titles = (found: Entry[]) => found.map((item) => item.title);

/** Counts how many keys each query reads, to show where the search looks. */
function counted(items: Entry[]) {
  let reads = 0;
  const watched = items.map((item) => ({
    get searchKey() {
      reads++;
      return item.searchKey;
    },
    title: item.title,
  }));
  return { watched, reads: () => reads, reset: () => (reads = 0) };
}

describe('searching the portal list as the person types', () => {
  it('finds the query in the title or domain, any case, in the list order', () => {
    const search = searchIn(portals);
    expect(titles(search('SUM'))).toEqual(['Summit Sales', 'Sum Total']);
    expect(titles(search('bitrix24.de'))).toEqual(['Portal 0987', 'Partners Hub']);
    expect(titles(search('  p0987 '))).toEqual(['Portal 0987']);
    expect(search('nothing like it')).toEqual([]);
  });

  it('lists everything for an empty or blank query', () => {
    const search = searchIn(portals);
    expect(search('')).toBe(portals);
    search('sum');
    expect(search('   ')).toBe(portals);
  });

  it('answers the same array for the same query, so the list below need not render again', () => {
    const search = searchIn(portals);
    const first = search('sum');
    expect(search('Sum ')).toBe(first);
  });

  it('looks only among the last matches when the query extends the last one', () => {
    const { watched, reads, reset } = counted(portals);
    const search = searchIn(watched);
    search('s');
    expect(reads()).toBe(4);
    reset();
    expect(titles(search('su'))).toEqual(['Summit Sales', 'Sum Total']);
    // "s" matched three portals ("Partners Hub" has an s): only those are read again.
    expect(reads()).toBe(3);
    reset();
    expect(titles(search('summ'))).toEqual(['Summit Sales']);
    expect(reads()).toBe(2);
  });

  it('searches the whole list again after a letter is deleted or the query changes', () => {
    const { watched, reads, reset } = counted(portals);
    const search = searchIn(watched);
    search('summ');
    reset();
    expect(titles(search('sum'))).toEqual(['Summit Sales', 'Sum Total']);
    expect(reads()).toBe(4);
    reset();
    expect(titles(search('hub'))).toEqual(['Partners Hub']);
    expect(reads()).toBe(4);
  });
});
