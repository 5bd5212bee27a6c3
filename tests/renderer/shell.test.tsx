import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PortalsSnapshot, Result } from '../../src-preload/contract.ts';
import { deferred, failure, FakeBridge, ok, signedIn, snapshot, type Deferred } from './fake-bridge.ts';
import { findSignInHeading, renderApp, renderSignedIn } from './render-app.tsx';

const findMenuButton = () => screen.findByRole('button', { name: 'Alice Demo' });

describe('signed-in shell', () => {
  it('shows the app name, backend badge, the person and their portals with roles, and no memory-only warning', async () => {
    renderSignedIn();

    const menuButton = await findMenuButton();
    expect(menuButton.getAttribute('aria-haspopup')).toBe('menu');
    expect(menuButton.getAttribute('aria-expanded')).toBe('false');
    // The initials are shown but not read out twice.
    expect(menuButton.textContent).toBe('ADAlice Demo');
    expect(screen.getByText('Bitrix ID')).toBeTruthy();
    expect(screen.getByText('Mock backend')).toBeTruthy();

    const nav = screen.getByRole('navigation', { name: 'Portals' });
    expect(await within(nav).findByRole('button', { name: /Acme Corp/ })).toBeTruthy();
    expect(within(nav).getAllByRole('listitem')).toHaveLength(3);
    expect(within(nav).getByText('globex.bitrix24.eu')).toBeTruthy();
    expect(within(nav).getByText('Admin')).toBeTruthy();
    expect(within(nav).getByText('Employee')).toBeTruthy();
    expect(within(nav).getByText('Extranet')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Choose a portal' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('warns when the session is kept in memory only', async () => {
    const bridge = new FakeBridge().respond('session.get', () => ok(signedIn('memory')));
    renderApp(bridge);
    await screen.findByRole('button', { name: /Acme Corp/ });

    const banner = screen.getByRole('status');
    expect(banner.textContent).toBe('The system keychain is unavailable, so you will be signed out when you quit.');
  });

  it('shows a loading state while the portals load', async () => {
    const pending: Deferred<Result<PortalsSnapshot>> = deferred();
    renderSignedIn(new FakeBridge().respond('portals.list', () => pending.promise));

    const nav = await screen.findByRole('navigation', { name: 'Portals' });
    expect(nav.getAttribute('aria-busy')).toBe('true');
    expect(within(nav).getByRole('status').textContent).toBe('Loading your portals…');

    await act(async () => pending.resolve(ok(snapshot([]))));
    expect(nav.getAttribute('aria-busy')).toBe('false');
    expect(within(nav).getByText('You are not a member of any portal yet.')).toBeTruthy();
    expect(within(nav).queryByRole('list')).toBeNull();
  });

  it('says when the portals could not be loaded and tries again on request', async () => {
    let attempts = 0;
    const bridge = new FakeBridge()
      .respond('portals.list', () => (++attempts === 1 ? failure('timeout') : ok(snapshot([]))))
      .respond('portals.reload', () => ok(snapshot([])));
    const { user } = renderSignedIn(bridge);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load your portals.');
    expect(alert.textContent).toContain('took too long');

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('You are not a member of any portal yet.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(bridge.callsTo('portals.list')).toHaveLength(1);
    expect(bridge.callsTo('portals.reload')).toHaveLength(1);
  });

  it('shows the chosen portal in the content area', async () => {
    const { user } = renderSignedIn();
    const globex = await screen.findByRole('button', { name: /Globex/ });

    await user.click(globex);

    expect(globex.getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('button', { name: /Acme Corp/ }).getAttribute('aria-current')).toBeNull();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('heading', { name: 'Globex' })).toBeTruthy();
    expect(within(main).getByText('globex.bitrix24.eu')).toBeTruthy();
    expect(within(main).getByText('Employee')).toBeTruthy();
    // Each membership signs in with its own login.
    expect(within(main).getByText('Signed in as alice.g@example.com')).toBeTruthy();
  });

  it('opens the account menu from the keyboard, moves with arrows and closes with Escape', async () => {
    const { user } = renderSignedIn();
    const menuButton = await findMenuButton();
    act(() => menuButton.focus());

    await user.keyboard('{Enter}');
    const menu = screen.getByRole('menu', { name: 'Alice Demo' });
    expect(within(menu).getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'Profile and security',
      'Server settings',
      'Settings…',
      'Mock inbox',
      'Mock backend',
      'Sign out',
    ]);
    const changeAccount = within(menu).getByRole('menuitem', { name: 'Profile and security' });
    const signOut = within(menu).getByRole('menuitem', { name: 'Sign out' });
    expect(menuButton.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(changeAccount);

    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: 'Server settings' }));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(signOut);
    // The arrows wrap around.
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(changeAccount);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menuButton);

    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Sign out' }));
  });

  it('closes the menu on a click outside it', async () => {
    const { user } = renderSignedIn();
    await user.click(await findMenuButton());
    expect(screen.getByRole('menu')).toBeTruthy();

    await user.click(screen.getByRole('heading', { name: 'Choose a portal' }));

    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('signs out from the menu and returns to the sign-in screen', async () => {
    const { bridge, user } = renderSignedIn();
    const menuButton = await findMenuButton();
    act(() => menuButton.focus());

    // ArrowUp opens the menu on its last item.
    await user.keyboard('{ArrowUp}');
    await user.keyboard('{Enter}');

    expect(await findSignInHeading()).toBeTruthy();
    expect(bridge.callsTo('session.signOut')).toHaveLength(1);
    // Signing out on purpose is not "your session ended".
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says so when signing out fails', async () => {
    const bridge = new FakeBridge().respond('session.signOut', () => failure('network'));
    const { user } = renderSignedIn(bridge);
    await user.click(await findMenuButton());

    await user.click(screen.getByRole('menuitem', { name: 'Sign out' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not sign out.');
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Alice Demo' })).toBeTruthy();
  });
});
