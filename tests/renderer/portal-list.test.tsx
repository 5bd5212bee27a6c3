import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Portal, PortalsSnapshot, Result } from '../../src-preload/contract.ts';
import {
  acmePortal,
  deferred,
  failure,
  FakeBridge,
  globexPortal,
  manyPortals,
  noPrefs,
  ok,
  partnerHubPortal,
  portals,
  snapshot,
  type Deferred,
} from './fake-bridge.ts';
import { renderSignedIn } from './render-app.tsx';

const findNav = () => screen.findByRole('navigation', { name: 'Portals' });
const nav = () => screen.getByRole('navigation', { name: 'Portals' });
/** The portal rows rendered now (a row's name carries its title, domain and role). */
const rows = () => within(nav()).queryAllByRole('button', { name: /bitrix24\./ });
/** Each row's title: the first thing it reads out. */
const rowTitles = () => rows().map((row) => within(row).getAllByText(/./)[0]?.textContent);
/** A note in the notice area (above the portals, not in their sidebar) that says `text`. */
const note = (role: 'status' | 'alert', text: string) =>
  waitFor(() => {
    const found = screen.getAllByRole(role).find((element) => element.textContent?.includes(text));
    if (!found) throw new Error(`No ${role} says "${text}"`);
    return found;
  });
const search = () => within(nav()).getByRole('searchbox', { name: 'Search portals' });

describe('portal list', () => {
  it('keeps only a screenful of rows in the page for 10,000 portals, and search finds one deep in the list', async () => {
    const bridge = new FakeBridge().respond('portals.list', () => ok(snapshot(manyPortals(10_000))));
    const { user } = renderSignedIn(bridge);
    await within(await findNav()).findByRole('button', { name: /Portal 00001/ });

    expect(rows().length).toBeGreaterThanOrEqual(10);
    expect(rows().length).toBeLessThanOrEqual(80);
    // The rows that are there say how many there are in all.
    const first = within(nav()).getAllByRole('listitem')[0];
    expect(first?.getAttribute('aria-setsize')).toBe('10000');
    expect(first?.getAttribute('aria-posinset')).toBe('1');

    await user.type(search(), 'Portal 09876');
    expect(rows()).toHaveLength(1);
    expect(rows()[0]?.textContent).toContain('p09876.bitrix24.com');

    await user.clear(search());
    await user.type(search(), 'P0432');
    // By domain, in any case: p04320 … p04329.
    expect(rows()).toHaveLength(10);
    expect(rows().every((row) => row.textContent?.includes('p0432'))).toBe(true);

    await user.clear(search());
    expect(rows().length).toBeLessThanOrEqual(80);
    expect(rowTitles()[0]).toBe('Portal 00001');
  });

  it('filters by title and by domain as the person types, and says when nothing matches', async () => {
    const { user } = renderSignedIn();
    await within(await findNav()).findByRole('button', { name: /Acme Corp/ });

    await user.type(search(), 'glob');
    expect(rowTitles()).toEqual(['Globex']);

    await user.clear(search());
    await user.type(search(), '.DE');
    expect(rowTitles()).toEqual(['Partner Hub']);

    await user.type(search(), 'zz');
    expect(rows()).toHaveLength(0);
    expect(within(nav()).getByRole('status').textContent).toBe('No portals match “.DEzz”.');

    await user.clear(search());
    expect(rowTitles()).toEqual(['Acme Corp', 'Globex', 'Partner Hub']);
  });

  it('sorts by recent use, never-opened last, or by name', async () => {
    const prefs = { ...noPrefs(), lastOpenedAt: { 'p-3': 2_000, 'p-1': 1_000 } };
    const extra: Portal = { ...acmePortal, id: 'p-4', title: 'Beta Works', domain: 'beta.bitrix24.com' };
    const bridge = new FakeBridge().respond('portals.list', () => ok(snapshot([...portals, extra], { prefs })));
    const { user } = renderSignedIn(bridge);
    await within(await findNav()).findByRole('button', { name: /Acme Corp/ });
    const sort = within(nav()).getByRole('combobox', { name: 'Sort' });

    expect((sort as HTMLSelectElement).value).toBe('recent');
    expect(rowTitles()).toEqual(['Partner Hub', 'Acme Corp', 'Beta Works', 'Globex']);

    await user.selectOptions(sort, 'Name');
    expect(rowTitles()).toEqual(['Acme Corp', 'Beta Works', 'Globex', 'Partner Hub']);

    // The search keeps the order.
    await user.type(search(), 'e');
    expect(rowTitles()).toEqual(['Acme Corp', 'Beta Works', 'Globex', 'Partner Hub']);
    await user.selectOptions(sort, 'Recent');
    expect(rowTitles()).toEqual(['Partner Hub', 'Acme Corp', 'Beta Works', 'Globex']);
  });

  it('under Recent, moves the portals opened up once the person leaves the list, never under the pointer', async () => {
    const prefs = { ...noPrefs(), lastOpenedAt: { 'p-3': 2_000, 'p-1': 1_000 } };
    const bridge = new FakeBridge().respond('portals.list', () => ok(snapshot(portals, { prefs })));
    const { user } = renderSignedIn(bridge);
    await within(await findNav()).findByRole('button', { name: /Acme Corp/ });
    expect(rowTitles()).toEqual(['Partner Hub', 'Acme Corp', 'Globex']);

    await user.click(within(nav()).getByRole('button', { name: /Globex/ }));
    await within(screen.getByRole('main')).findByRole('button', { name: 'Sign out of this portal' });
    // Still in the list, under the pointer: nothing moves.
    expect(rowTitles()).toEqual(['Partner Hub', 'Acme Corp', 'Globex']);

    // The pointer goes to the portal's page: by the time it comes back, Globex is on top.
    await user.unhover(within(nav()).getByRole('list'));
    expect(rowTitles()).toEqual(['Globex', 'Partner Hub', 'Acme Corp']);
  });

  it('lists unavailable portals with the reason', async () => {
    const listed: Portal[] = [
      acmePortal,
      { ...globexPortal, status: 'deleted' },
      { ...partnerHubPortal, status: 'access_revoked' },
    ];
    renderSignedIn(new FakeBridge().respond('portals.list', () => ok(snapshot(listed))));
    await within(await findNav()).findByRole('button', { name: /Acme Corp/ });

    expect(within(nav()).getByRole('button', { name: /Globex/ }).textContent).toContain('Unavailable — deleted');
    expect(within(nav()).getByRole('button', { name: /Partner Hub/ }).textContent).toContain('Unavailable — access revoked');
    expect(within(nav()).getByRole('button', { name: /Acme Corp/ }).textContent).not.toContain('Unavailable');
  });

  it('shows the background load’s progress, adds each page of the same load, and ignores other loads', async () => {
    const all = manyPortals(1_200);
    const first = snapshot(all.slice(0, 500), { loadId: 7, total: 1_200, complete: false });
    const { bridge, user } = renderSignedIn(new FakeBridge().respond('portals.list', () => ok(first)));
    await within(await findNav()).findByRole('button', { name: /Portal 00001/ });

    const progress = within(nav()).getByRole('progressbar', { name: 'Loading portals: 500 of 1,200' });
    expect(progress.getAttribute('aria-valuenow')).toBe('500');
    expect(progress.getAttribute('aria-valuemax')).toBe('1200');
    expect(nav().getAttribute('aria-busy')).toBe('false');

    act(() => bridge.emit('portals.page', { loadId: 7, items: all.slice(500, 1_000), total: 1_200, complete: false }));
    expect(within(nav()).getByRole('progressbar', { name: 'Loading portals: 1,000 of 1,200' })).toBeTruthy();
    // A page of an older load is not this list's.
    act(() => bridge.emit('portals.page', { loadId: 6, items: manyPortals(5, 50_000), total: 5, complete: true }));
    expect(within(nav()).getByRole('progressbar', { name: 'Loading portals: 1,000 of 1,200' })).toBeTruthy();

    act(() => bridge.emit('portals.page', { loadId: 7, items: all.slice(1_000), total: 1_200, complete: true }));
    expect(within(nav()).queryByRole('progressbar')).toBeNull();

    await user.type(search(), 'Portal 01150');
    expect(rowTitles()).toEqual(['Portal 01150']);
    await user.clear(search());
    await user.type(search(), 'Portal 5000');
    expect(rows()).toHaveLength(0);
  });

  it('counts up without a total when the server gives none', async () => {
    const first = snapshot(manyPortals(300), { loadId: 2, total: null, complete: false });
    renderSignedIn(new FakeBridge().respond('portals.list', () => ok(first)));
    await within(await findNav()).findByRole('button', { name: /Portal 00001/ });

    const progress = within(nav()).getByRole('progressbar', { name: 'Loading portals: 300 so far' });
    expect(progress.getAttribute('aria-valuenow')).toBeNull();
  });

  it('keeps what was loaded when a later page fails, and loads again from the start on request', async () => {
    const all = manyPortals(800);
    const first = snapshot(all.slice(0, 500), { loadId: 3, total: 800, complete: false });
    const bridge = new FakeBridge()
      .respond('portals.list', () => ok(first))
      .respond('portals.reload', () => ok(snapshot(all, { loadId: 4 })));
    const { user } = renderSignedIn(bridge);
    await within(await findNav()).findByRole('button', { name: /Portal 00001/ });

    act(() =>
      bridge.emit('portals.page', { loadId: 3, items: [], total: 800, complete: false, error: { code: 'network' } }),
    );

    const alert = within(nav()).getByRole('alert');
    expect(alert.textContent).toContain('Could not load all portals.');
    expect(alert.textContent).toContain('Could not connect to Bitrix ID.');
    expect(within(nav()).queryByRole('progressbar')).toBeNull();
    expect(rowTitles()[0]).toBe('Portal 00001');

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(bridge.callsTo('portals.reload')).toHaveLength(1);
    await user.type(search(), 'Portal 00799');
    expect(await within(nav()).findByRole('button', { name: /Portal 00799/ })).toBeTruthy();
    expect(within(nav()).queryByRole('alert')).toBeNull();
  });

  it('keeps a page that overtakes the answer with its load’s first page', async () => {
    const answer: Deferred<Result<PortalsSnapshot>> = deferred();
    const all = manyPortals(30);
    const { bridge, user } = renderSignedIn(new FakeBridge().respond('portals.list', () => answer.promise));
    await findNav();

    act(() => bridge.emit('portals.page', { loadId: 5, items: all.slice(20), total: 30, complete: true }));
    await act(async () => answer.resolve(ok(snapshot(all.slice(0, 20), { loadId: 5, total: 30, complete: false }))));

    expect(within(nav()).queryByRole('progressbar')).toBeNull();
    await user.type(search(), 'Portal 00030');
    expect(rowTitles()).toEqual(['Portal 00030']);
  });

  it('moves between rows with the arrow keys and opens one with Enter', async () => {
    const { bridge, user } = renderSignedIn();
    await within(await findNav()).findByRole('button', { name: /Acme Corp/ });
    const [acme, globex, partners] = rows();

    // Only one row is in the Tab order.
    expect(rows().filter((row) => row.tabIndex === 0)).toEqual([acme]);
    await user.click(search());
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(acme);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(globex);
    expect(rows().filter((row) => row.tabIndex === 0)).toEqual([globex]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(partners);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(partners);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(acme);
    await user.keyboard('{ArrowDown}{Enter}');

    expect(bridge.callsTo('portals.open').map((call) => call.request)).toEqual([{ portalId: 'p-2' }]);
    expect(await within(screen.getByRole('main')).findByRole('heading', { name: 'Globex' })).toBeTruthy();
    expect(globex?.getAttribute('aria-current')).toBe('true');
  });

  it('hides a portal from the list, and Undo brings it back', async () => {
    const { bridge, user } = renderSignedIn();
    await user.click(await within(await findNav()).findByRole('button', { name: /Globex/ }));

    await user.click(within(screen.getByRole('main')).getByRole('button', { name: 'Hide from list' }));

    const hiddenNote = await note('status', 'Globex hidden.');
    expect(rowTitles()).toEqual(['Acme Corp', 'Partner Hub']);
    expect(bridge.callsTo('portals.setHidden').map((call) => call.request)).toEqual([{ portalId: 'p-2', hidden: true }]);

    await user.click(within(hiddenNote).getByRole('button', { name: 'Undo' }));

    expect(await within(nav()).findByRole('button', { name: /Globex/ })).toBeTruthy();
    expect(rowTitles()).toEqual(['Acme Corp', 'Globex', 'Partner Hub']);
    expect(await note('status', 'Globex is back in the list.')).toBeTruthy();
    expect(bridge.callsTo('portals.setHidden').map((call) => call.request)).toEqual([
      { portalId: 'p-2', hidden: true },
      { portalId: 'p-2', hidden: false },
    ]);
  });

  it('says when hiding fails, and keeps the portal listed', async () => {
    const bridge = new FakeBridge().respond('portals.setHidden', () => failure('network'));
    const { user } = renderSignedIn(bridge);
    await user.click(await within(await findNav()).findByRole('button', { name: /Globex/ }));

    await user.click(screen.getByRole('button', { name: 'Hide from list' }));

    expect(await note('alert', 'Could not hide Globex.')).toBeTruthy();
    // Still listed; opened, and the pointer gone to the toolbar, it is first under Recent.
    expect(rowTitles()).toEqual(['Globex', 'Acme Corp', 'Partner Hub']);
  });

  it('lists hidden portals again, marked, on request, and shows one in the list again', async () => {
    const prefs = { ...noPrefs(), hiddenIds: ['p-3'] };
    const bridge = new FakeBridge().respond('portals.list', () => ok(snapshot(portals, { prefs })));
    bridge.prefs = prefs;
    const { user } = renderSignedIn(bridge);
    await within(await findNav()).findByRole('button', { name: /Acme Corp/ });
    expect(rowTitles()).toEqual(['Acme Corp', 'Globex']);

    const toggle = within(nav()).getByRole('button', { name: 'Show hidden portals (1)' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await user.click(toggle);

    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const partners = within(nav()).getByRole('button', { name: /Partner Hub/ });
    expect(partners.textContent).toContain('Hidden');

    await user.click(partners);
    await user.click(within(screen.getByRole('main')).getByRole('button', { name: 'Show in list' }));

    expect(await note('status', 'Partner Hub is back in the list.')).toBeTruthy();
    expect(within(nav()).queryByRole('button', { name: /Show hidden portals/ })).toBeNull();
    expect(within(nav()).getByRole('button', { name: /Partner Hub/ }).textContent).not.toContain('Hidden');
  });
});
