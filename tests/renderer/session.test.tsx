import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AppInfo, PortalsSnapshot, Profile, Result, SessionState } from '../../src-preload/contract.ts';
import { setBitrixId } from '../../src-renderer/src/bridge/bitrix-id.ts';
import { usePortalsStore } from '../../src-renderer/src/stores/portal-list-store.ts';
import { useProfileStore } from '../../src-renderer/src/stores/profile-store.ts';
import { startStores } from '../../src-renderer/src/stores/start-up.ts';
import { aliceProfile, appInfoFor, deferred, failure, FakeBridge, mockAppInfo, ok, signedIn, snapshot, type Deferred } from './fake-bridge.ts';
import { findSignInHeading, openProfile, renderApp, renderSignedIn } from './render-app.tsx';

describe('start-up and session events', () => {
  it('shows a quiet loading state until main says whether a session was restored', async () => {
    const pending: Deferred<Result<SessionState>> = deferred();
    const { bridge } = renderApp(new FakeBridge().respond('session.get', () => pending.promise));

    const loading = screen.getByRole('status');
    expect(loading.getAttribute('aria-busy')).toBe('true');
    expect(loading.textContent).toBe('Loading…');
    expect(screen.queryByRole('heading')).toBeNull();
    expect(bridge.callsTo('app.info')).toHaveLength(1);
    expect(bridge.callsTo('session.get')).toHaveLength(1);

    await act(async () => pending.resolve(ok(signedIn())));

    // A restored session goes straight to the shell; the sign-in form never flashes.
    expect(await screen.findByRole('button', { name: 'Alice Demo' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Sign in to Bitrix ID' })).toBeNull();
  });

  it('says why when the restored session had expired', async () => {
    renderApp(new FakeBridge().respond('session.get', () => ok({ status: 'signed_out', reason: 'expired' })));

    await findSignInHeading();
    expect(screen.getByRole('status').textContent).toBe('Your session expired. Please sign in again.');
  });

  it('shows a failed restore and tries again on request', async () => {
    let attempts = 0;
    const bridge = new FakeBridge().respond('session.get', () =>
      ++attempts === 1 ? ok({ status: 'signed_out', restoreError: { code: 'network' } }) : ok(signedIn()),
    );
    const { user } = renderApp(bridge);
    await findSignInHeading();

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Could not restore your session.');
    expect(alert.textContent).toContain('Could not connect to Bitrix ID');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('button', { name: 'Alice Demo' })).toBeTruthy();
    expect(bridge.callsTo('session.get')).toHaveLength(2);
  });

  it('treats a failed session.get call as a failed restore, not a crash', async () => {
    renderApp(new FakeBridge().respond('session.get', () => failure('internal')));

    await findSignInHeading();
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong in the app.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('returns to sign-in with the reason when main ends the session, and forgets the portals', async () => {
    const { bridge } = renderApp(new FakeBridge().respond('session.get', () => ok(signedIn())));
    await screen.findByRole('button', { name: /Acme Corp/ });
    expect(usePortalsStore.getState().portals).toHaveLength(3);

    act(() => bridge.emit('session.changed', { status: 'signed_out', reason: 'revoked' }));

    await findSignInHeading();
    expect(screen.getByRole('status').textContent).toBe('You were signed out from another device. Please sign in again.');
    expect(usePortalsStore.getState().portals).toEqual([]);
    expect(usePortalsStore.getState().status).toBe('idle');
  });

  it('never shows a portal list that arrives after the session ended', async () => {
    const pending: Deferred<Result<PortalsSnapshot>> = deferred();
    const bridge = new FakeBridge()
      .respond('session.get', () => ok(signedIn()))
      .respond('portals.list', () => pending.promise);
    renderApp(bridge);
    await screen.findByRole('navigation', { name: 'Portals' });

    act(() => bridge.emit('session.changed', { status: 'signed_out', reason: 'expired' }));
    const late = { id: 'p-9', title: 'Late', domain: 'late.bitrix24.com', role: 'admin', login: 'alice@example.com', status: 'active' } as const;
    await act(async () => pending.resolve(ok(snapshot([late]))));

    expect(usePortalsStore.getState().portals).toEqual([]);
    expect(await findSignInHeading()).toBeTruthy();
  });

  it('never shows a profile that arrives after the session ended', async () => {
    const pending: Deferred<Result<Profile>> = deferred();
    const bridge = new FakeBridge().respond('profile.get', () => pending.promise);
    const { user } = renderSignedIn(bridge);
    await openProfile(user);
    // The profile asks for itself in an effect, after its heading is on screen.
    await waitFor(() => expect(bridge.callsTo('profile.get')).toHaveLength(1));

    act(() => bridge.emit('session.changed', { status: 'signed_out', reason: 'expired' }));
    await act(async () => pending.resolve(ok({ ...aliceProfile(), displayName: 'Late Alice' })));

    expect(await findSignInHeading()).toBeTruthy();
    expect(useProfileStore.getState().profile).toEqual({ status: 'idle', value: null, loaded: false, error: null });
  });

  it('follows a sign-in that main announces', async () => {
    const { bridge } = renderApp();
    await findSignInHeading();

    act(() => bridge.emit('session.changed', signedIn()));

    expect(await screen.findByRole('button', { name: 'Alice Demo' })).toBeTruthy();
  });

  it('listens to main from the moment the store starts until it stops', () => {
    const bridge = new FakeBridge();
    setBitrixId(bridge.api);
    const stop = startStores();
    expect(bridge.listenerCount('session.changed')).toBe(1);
    expect(bridge.listenerCount('backend.status')).toBe(1);
    expect(bridge.listenerCount('app.changed')).toBe(1);

    stop();

    expect(bridge.listenerCount('session.changed')).toBe(0);
    expect(bridge.listenerCount('backend.status')).toBe(0);
    expect(bridge.listenerCount('app.changed')).toBe(0);
  });

  it('follows main when the backend changes, in the footer and in the header badge', async () => {
    const { bridge } = renderApp();
    await findSignInHeading();
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByText('Embedded mock backend')).toBeTruthy();

    act(() => bridge.emit('app.changed', appInfoFor('https://id.example.org')));

    expect(within(footer).getByText('Server: https://id.example.org')).toBeTruthy();
    expect(within(footer).queryByRole('button', { name: 'Mock inbox' })).toBeNull();

    act(() => bridge.emit('session.changed', signedIn()));
    expect(await screen.findByText('Server: id.example.org')).toBeTruthy();
    act(() => bridge.emit('app.changed', mockAppInfo));
    expect(screen.getByText('Mock backend')).toBeTruthy();
  });

  it('keeps an app.changed that arrives before app.info answers', async () => {
    const info: Deferred<Result<AppInfo>> = deferred();
    const { bridge } = renderApp(new FakeBridge().respond('app.info', () => info.promise));

    act(() => bridge.emit('app.changed', appInfoFor('https://id.example.org')));
    await act(async () => info.resolve(ok(mockAppInfo)));

    await findSignInHeading();
    expect(screen.getByText('Server: https://id.example.org')).toBeTruthy();
  });

  it('survives a bridge call that throws', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bridge = new FakeBridge().respond('app.info', () => {
      throw new Error('IPC is gone');
    });
    renderApp(bridge);

    expect(await findSignInHeading()).toBeTruthy();
    expect(screen.queryByText('Embedded mock backend')).toBeNull();
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });
});
