import { describe, expect, it } from 'vitest';
import type { Portal } from '../../src-preload/contract.ts';
import { listEntries } from '../../src-renderer/src/portals/portal-order.ts';

const portal = (id: string, title: string): Portal => ({
  id,
  title,
  domain: `${id}.bitrix24.com`,
  role: 'employee',
  login: 'alice@example.com',
  status: 'active',
});

describe('the portal list entries', () => {
  it('carry the hidden mark and the lower-cased title and domain the search looks in', () => {
    const [first, second] = listEntries([portal('acme', 'ACME Corp'), portal('globex', 'Globex')], ['globex']);
    expect(first).toMatchObject({ hidden: false, searchKey: 'acme corp\nacme.bitrix24.com' });
    expect(second).toMatchObject({ hidden: true, searchKey: 'globex\nglobex.bitrix24.com' });
  });

  it('stay the same objects when a page adds portals, so the order can grow instead of being sorted again', () => {
    const firstPage = [portal('acme', 'ACME Corp'), portal('globex', 'Globex')];
    const before = listEntries(firstPage, []);
    const after = listEntries([...firstPage, portal('initech', 'Initech')], []);
    expect(after.slice(0, 2)).toEqual(before);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toBe(before[1]);
  });

  it('change for a portal that is hidden or shown again', () => {
    const portals = [portal('acme', 'ACME Corp'), portal('globex', 'Globex')];
    const before = listEntries(portals, []);
    const after = listEntries(portals, ['acme']);
    expect(after[0]).not.toBe(before[0]);
    expect(after[0]?.hidden).toBe(true);
    expect(after[1]).toBe(before[1]);
  });
});
