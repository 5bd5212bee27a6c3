import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PortalsSnapshot, Result } from '../../src-preload/contract.ts';
import { deferred, FakeBridge, ok, snapshot, type Deferred } from './fake-bridge.ts';
import { renderApp, renderSignedIn } from './render-app.tsx';

const findNav = () => screen.findByRole('navigation', { name: 'Portals' });
const main = () => screen.getByRole('main');

describe('the sidebar', () => {
  it('shows placeholder rows and a busy state while the first page loads, and nothing about the list in the content area', async () => {
    const pending: Deferred<Result<PortalsSnapshot>> = deferred();
    renderSignedIn(new FakeBridge().respond('portals.list', () => pending.promise));

    const nav = await findNav();
    expect(nav.getAttribute('aria-busy')).toBe('true');
    expect(within(nav).getByRole('status').textContent).toBe('Loading your portals…');
    expect(nav.querySelectorAll('.portal-skeleton-row').length).toBeGreaterThan(0);
    expect(within(main()).getByRole('heading', { level: 1, name: 'Portals' })).toBeTruthy();
    expect(within(main()).queryByText(/listed on the left/)).toBeNull();
    expect(within(main()).queryByRole('button', { name: 'Create Bitrix24' })).toBeNull();

    await act(async () => pending.resolve(ok(snapshot([]))));
    expect(nav.querySelectorAll('.portal-skeleton-row')).toHaveLength(0);
  });

  it('invites the person to create a Bitrix24 when they have none, from the content area', async () => {
    const { user } = renderSignedIn(new FakeBridge().respond('portals.list', () => ok(snapshot([]))));
    await findNav();

    expect(await within(main()).findByRole('heading', { level: 1, name: 'No portals yet' })).toBeTruthy();
    expect(within(main()).queryByText(/listed on the left/)).toBeNull();
    await user.click(within(main()).getByRole('button', { name: 'Create Bitrix24' }));
    expect(await screen.findByRole('dialog', { name: 'Create Bitrix24' })).toBeTruthy();
  });

  it('in Bitrix24 mode with no portals, offers to add one or to create a Bitrix24 on the Network', async () => {
    const bridge = new FakeBridge().bitrix24Mode().respond('portals.list', () => ok(snapshot([])));
    const { user } = renderApp(bridge);
    await findNav();

    expect(await within(main()).findByText(/There are no portals here yet/)).toBeTruthy();
    await user.click(within(main()).getByRole('button', { name: 'Add a portal' }));
    const adding = await screen.findByRole('dialog', { name: 'Add a portal' });
    await user.click(within(adding).getByRole('button', { name: 'Cancel' }));

    await user.click(within(main()).getByRole('button', { name: 'Create Bitrix24' }));
    expect(bridge.callsTo('network.open').map((call) => call.request)).toEqual([{ page: 'createPortal' }]);
  });

  it('collapses and expands from its button and from Ctrl+Shift+S, and remembers the choice', async () => {
    const { user } = renderSignedIn();
    const nav = await findNav();
    await within(nav).findByRole('button', { name: /Acme Corp/ });
    expect(within(main()).getByText(/listed on the left/)).toBeTruthy();

    const hide = within(nav).getByRole('button', { name: 'Hide sidebar' });
    expect(hide.getAttribute('aria-expanded')).toBe('true');
    await user.click(hide);

    const show = within(nav).getByRole('button', { name: 'Show sidebar' });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    expect(within(nav).queryByRole('button', { name: /Acme Corp/ })).toBeNull();
    expect(within(nav).queryByRole('searchbox')).toBeNull();
    expect(within(main()).getByText(/Show the sidebar to choose/)).toBeTruthy();
    expect(localStorage.getItem('bitrix-id:sidebar-collapsed')).toBe('true');

    await user.keyboard('{Control>}{Shift>}S{/Shift}{/Control}');
    expect(within(nav).getByRole('button', { name: 'Hide sidebar' })).toBeTruthy();
    expect(within(nav).getByRole('button', { name: /Acme Corp/ })).toBeTruthy();

    // Collapsing from the search box gives the focus to the button that brings the list back.
    await user.click(within(nav).getByRole('searchbox', { name: 'Search portals' }));
    await user.keyboard('{Control>}{Shift>}S{/Shift}{/Control}');
    expect(document.activeElement).toBe(within(nav).getByRole('button', { name: 'Show sidebar' }));
  });

  it('starts collapsed when it was collapsed last time', async () => {
    localStorage.setItem('bitrix-id:sidebar-collapsed', 'true');
    renderSignedIn();
    const nav = await findNav();
    expect(within(nav).getByRole('button', { name: 'Show sidebar' }).getAttribute('aria-expanded')).toBe('false');
    expect(await within(main()).findByText(/Show the sidebar to choose/)).toBeTruthy();
  });

  it('follows the app menu’s "Toggle sidebar"', async () => {
    const { bridge } = renderSignedIn();
    const nav = await findNav();
    await within(nav).findByRole('button', { name: /Acme Corp/ });

    act(() => bridge.emit('shell.toggleSidebar', null));
    expect(within(nav).getByRole('button', { name: 'Show sidebar' })).toBeTruthy();
    act(() => bridge.emit('shell.toggleSidebar', null));
    expect(within(nav).getByRole('button', { name: 'Hide sidebar' })).toBeTruthy();
  });

  it('keeps the role out of the address’s way: a glyph named by the role, with a tooltip', async () => {
    renderSignedIn();
    const nav = await findNav();
    const row = await within(nav).findByRole('button', { name: /Acme Corp/ });
    expect(row.textContent).toBe('Acme Corpacme.bitrix24.comAdmin');
    expect(within(row).getByTitle('Admin')).toBeTruthy();
  });
});
