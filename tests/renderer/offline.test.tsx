import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BackendStatus, PortalsSnapshot, Result } from '../../src-preload/contract.ts';
import { usePortalsStore } from '../../src-renderer/src/stores/portal-list-store.ts';
import { deferred, failure, FakeBridge, ok, portals, snapshot, type Deferred } from './fake-bridge.ts';
import { findSignInHeading, openProfile, region, renderApp, renderSignedIn, signInAs } from './render-app.tsx';

const offlineText =
  "Can’t reach the server. What you see may be out of date; changes will not be sent until it is back.";
const queryBanner = () => screen.queryByText(offlineText);
const nav = () => screen.getByRole('navigation', { name: 'Portals' });

describe('offline banner', () => {
  it('appears on the sign-in screen when main says the backend is unreachable, and goes by itself', async () => {
    const { bridge } = renderApp();
    await findSignInHeading();
    expect(bridge.callsTo('backend.status')).toHaveLength(1);
    expect(queryBanner()).toBeNull();

    act(() => bridge.emit('backend.status', { reachable: false }));

    const banner = screen.getByRole('status');
    expect(banner.textContent).toBe(offlineText);
    expect(banner.getAttribute('aria-live')).toBe('polite');

    act(() => bridge.emit('backend.status', { reachable: true }));
    expect(queryBanner()).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows from the start when main answers that the backend is unreachable', async () => {
    renderApp(new FakeBridge().respond('backend.status', () => ok({ reachable: false })));
    await findSignInHeading();

    expect(await screen.findByText(offlineText)).toBeTruthy();
  });

  it('believes an event that arrives while the first question is still open', async () => {
    const answer: Deferred<Result<BackendStatus>> = deferred();
    const { bridge } = renderApp(new FakeBridge().respond('backend.status', () => answer.promise));
    await findSignInHeading();

    act(() => bridge.emit('backend.status', { reachable: false }));
    await act(async () => answer.resolve(ok({ reachable: true })));

    expect(queryBanner()).toBeTruthy();
  });

  it('appears in the signed-in shell and on the recovery screen too', async () => {
    const { bridge } = renderSignedIn();
    await screen.findByRole('button', { name: /Acme Corp/ });

    act(() => bridge.emit('backend.status', { reachable: false }));
    expect(screen.getByRole('status').textContent).toBe(offlineText);
    act(() => bridge.emit('backend.status', { reachable: true }));
    expect(queryBanner()).toBeNull();
  });

  it('stays on the recovery screen, which still shows its own errors', async () => {
    const bridge = new FakeBridge().respond('recovery.request', () => failure('network'));
    const { user } = renderApp(bridge);
    await findSignInHeading();
    act(() => bridge.emit('backend.status', { reachable: false }));
    await user.click(screen.getByRole('button', { name: 'Forgot your password?' }));
    await screen.findByRole('heading', { name: 'Reset your password' });
    expect(queryBanner()).toBeTruthy();

    await user.type(screen.getByRole('textbox', { name: 'Email or phone' }), 'alice@example.com');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    // Nothing pretends to have been sent.
    expect((await screen.findByRole('alert')).textContent).toContain('Could not send the message.');
    expect(screen.queryByText(/we have sent it a message/)).toBeNull();
  });

  it('does not stop the sign-in form from saying it failed', async () => {
    const bridge = new FakeBridge().respond('session.signIn', () => failure('network'));
    const { user } = renderApp(bridge);
    await findSignInHeading();
    act(() => bridge.emit('backend.status', { reachable: false }));

    await signInAs(user);

    expect((await screen.findByRole('alert')).textContent).toContain('Could not connect to Bitrix ID.');
    expect(queryBanner()).toBeTruthy();
  });

  it('asks again whether the new backend is reachable after a switch', async () => {
    let reachable = false;
    const { bridge } = renderApp(new FakeBridge().respond('backend.status', () => ok({ reachable })));
    expect(await screen.findByText(offlineText)).toBeTruthy();

    reachable = true;
    act(() =>
      bridge.emit('app.changed', { version: '0.1.0', backend: { mode: 'url', url: 'https://id.example.org', source: 'settings' }, mockTools: false }),
    );

    expect(await screen.findByText('Server: https://id.example.org')).toBeTruthy();
    await act(async () => undefined);
    expect(queryBanner()).toBeNull();
    expect(bridge.callsTo('backend.status')).toHaveLength(2);
  });
});

describe('cached data while offline', () => {
  it('keeps the portal list on show, marked, when a reload cannot reach the server', async () => {
    const { bridge, user } = renderSignedIn();
    await screen.findByRole('button', { name: /Acme Corp/ });
    bridge.respond('portals.reload', () => failure('network'));

    act(() => bridge.emit('backend.status', { reachable: false }));
    // The connection flickers back; the reload this starts fails again.
    act(() => bridge.emit('backend.status', { reachable: true }));

    expect(await within(nav()).findByText('Offline — showing the last loaded list.')).toBeTruthy();
    expect(bridge.callsTo('portals.list')).toHaveLength(1);
    expect(bridge.callsTo('portals.reload')).toHaveLength(1);
    expect(within(nav()).getAllByRole('listitem')).toHaveLength(3);
    expect(within(nav()).getByRole('button', { name: /Globex/ })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText('Could not load your portals.')).toBeNull();

    // The chosen portal stays usable from the cached list.
    await user.click(within(nav()).getByRole('button', { name: /Globex/ }));
    expect(within(screen.getByRole('main')).getByRole('heading', { name: 'Globex' })).toBeTruthy();

    bridge.respond('portals.reload', () => ok(snapshot(portals.slice(0, 1))));
    await user.click(within(nav()).getByRole('button', { name: 'Try again' }));

    expect(await within(nav()).findByRole('button', { name: /Acme Corp/ })).toBeTruthy();
    expect(within(nav()).queryByText('Offline — showing the last loaded list.')).toBeNull();
    expect(within(nav()).getAllByRole('listitem')).toHaveLength(1);
  });

  it('shows the list main cached, marked, when main answers while the server is away', async () => {
    const cached = snapshot(portals.slice(0, 2), { offline: true });
    const bridge = new FakeBridge().respond('portals.list', () => ok(cached));
    const { user } = renderSignedIn(bridge);
    await screen.findByRole('navigation', { name: 'Portals' });

    expect(await within(nav()).findByText('Offline — showing the last loaded list.')).toBeTruthy();
    expect(within(nav()).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByRole('alert')).toBeNull();
    // The server is away: nobody is asked about newly linked accounts yet.
    expect(bridge.callsTo('portals.linkedNotice')).toHaveLength(0);

    await user.click(within(nav()).getByRole('button', { name: 'Try again' }));

    expect(await within(nav()).findByRole('button', { name: /Partner Hub/ })).toBeTruthy();
    expect(within(nav()).queryByText('Offline — showing the last loaded list.')).toBeNull();
    expect(bridge.callsTo('portals.linkedNotice')).toHaveLength(1);
  });

  it('keeps the list on show while it reloads', async () => {
    const { bridge } = renderSignedIn();
    await screen.findByRole('button', { name: /Acme Corp/ });
    const answer: Deferred<Result<PortalsSnapshot>> = deferred();
    bridge.respond('portals.reload', () => answer.promise);

    // `reload` resolves only with the answer; look before it comes.
    await act(async () => {
      void usePortalsStore.getState().reload();
    });
    expect(nav().getAttribute('aria-busy')).toBe('true');
    expect(within(nav()).getAllByRole('listitem')).toHaveLength(3);
    expect(within(nav()).queryByText('Loading your portals…')).toBeNull();

    await act(async () => answer.resolve(failure('timeout')));
    expect(within(nav()).getByText('Offline — showing the last loaded list.')).toBeTruthy();
    expect(within(nav()).getAllByRole('listitem')).toHaveLength(3);
  });

  it('replaces the list with the error when the server refuses, rather than being away', async () => {
    const { bridge } = renderSignedIn();
    await screen.findByRole('button', { name: /Acme Corp/ });
    bridge.respond('portals.reload', () => failure('server'));

    await act(async () => usePortalsStore.getState().reload());

    expect(within(nav()).getByRole('alert').textContent).toContain('Could not load your portals.');
    expect(within(nav()).queryByRole('list')).toBeNull();
    expect(within(nav()).queryByText('Offline — showing the last loaded list.')).toBeNull();
  });

  it('loads the portals again when the server is back', async () => {
    const { bridge } = renderSignedIn();
    await screen.findByRole('button', { name: /Acme Corp/ });
    bridge.respond('portals.reload', () => ok(snapshot(portals.slice(1), { loadId: 2 })));

    act(() => bridge.emit('backend.status', { reachable: false }));
    expect(bridge.callsTo('portals.reload')).toHaveLength(0);
    act(() => bridge.emit('backend.status', { reachable: true }));

    expect(await within(nav()).findByText('Globex')).toBeTruthy();
    await act(async () => undefined);
    expect(within(nav()).queryByText('Acme Corp')).toBeNull();
  });

  it('keeps the profile on show, marked, when opening it again cannot reach the server', async () => {
    const { bridge, user } = renderSignedIn();
    await openProfile(user);
    await screen.findByRole('region', { name: 'Email' });
    await user.click(screen.getByRole('button', { name: 'Back to portals' }));
    bridge.respond('profile.get', () => failure('network'));

    await openProfile(user);

    const mark = await screen.findByText('Offline — showing the last loaded profile.');
    expect(mark.getAttribute('role')).toBe('status');
    expect(bridge.callsTo('profile.get')).toHaveLength(2);
    expect(within(region('Email')).getByText('alice@example.com')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();

    bridge.respond('profile.get', () => ok({ ...bridge.profile, email: 'alice@new.example.com' }));
    act(() => bridge.emit('backend.status', { reachable: false }));
    act(() => bridge.emit('backend.status', { reachable: true }));

    expect(await within(region('Email')).findByText('alice@new.example.com')).toBeTruthy();
    expect(screen.queryByText('Offline — showing the last loaded profile.')).toBeNull();
  });

  it('keeps the account’s sessions on show, marked, when they cannot be loaded again', async () => {
    const { bridge, user } = renderSignedIn();
    await openProfile(user);
    await user.click(screen.getByRole('tab', { name: 'Passwords' }));
    expect(await within(region('Active sessions')).findByText('Work laptop')).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: 'Profile' }));
    bridge.respond('account.sessions', () => failure('timeout'));

    await user.click(screen.getByRole('tab', { name: 'Passwords' }));

    const sessions = region('Active sessions');
    expect(await within(sessions).findByText('Offline — showing the last loaded list.')).toBeTruthy();
    expect(bridge.callsTo('account.sessions')).toHaveLength(2);
    expect(within(sessions).getByText('Work laptop')).toBeTruthy();
    expect(within(sessions).queryByRole('alert')).toBeNull();
  });

  it('still says a first profile load failed, with nothing to show instead', async () => {
    const { user } = renderSignedIn(new FakeBridge().respond('profile.get', () => failure('network')));
    await openProfile(user);

    expect((await screen.findByRole('alert')).textContent).toContain('Could not load your profile.');
    expect(screen.queryByText('Offline — showing the last loaded profile.')).toBeNull();
  });
});
