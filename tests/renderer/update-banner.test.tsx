import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { UpdateStatus } from '../../src-preload/contract.ts';
import { useUpdateStore } from '../../src-renderer/src/stores/update-store.ts';
import { deferred, FakeBridge, ok } from './fake-bridge.ts';
import { findSignInHeading, renderApp, renderSignedIn, signInAs } from './render-app.tsx';

const ready = (version: string): UpdateStatus => ({ state: 'ready', version });
const banner = () => screen.getByRole('status');
const restartButton = () => screen.queryByRole('button', { name: 'Restart to update' });

// The store lives as long as the app; each test starts a fresh one.
beforeEach(() => {
  useUpdateStore.setState({ status: null, dismissedVersion: null, restarting: false });
});

describe('update banner', () => {
  it('shows nothing while updates are off, checking, up to date or downloading', async () => {
    const { bridge } = renderApp();
    await findSignInHeading();
    expect(bridge.callsTo('app.updateStatus').length).toBeGreaterThan(0);

    for (const status of [
      { state: 'idle' },
      { state: 'checking' },
      { state: 'up_to_date' },
      { state: 'downloading', version: '1.2.0' },
      { state: 'failed', error: { code: 'network' } },
    ] satisfies UpdateStatus[]) {
      act(() => bridge.emit('app.update', status));
      expect(screen.queryByRole('status')).toBeNull();
      expect(restartButton()).toBeNull();
    }
  });

  it('appears on the sign-in page when an update is ready, and restarts into it', async () => {
    const bridge = new FakeBridge().respond('app.restartToUpdate', () => ok({ restarting: true }));
    const { user } = renderApp(bridge);
    await findSignInHeading();

    act(() => bridge.emit('app.update', ready('1.2.0')));

    expect(within(banner()).getByText('Version 1.2.0 is ready. Restart to update.')).toBeTruthy();
    await user.click(within(banner()).getByRole('button', { name: 'Restart to update' }));

    expect(bridge.callsTo('app.restartToUpdate')).toHaveLength(1);
    const restarting = within(banner()).getByRole('button', { name: 'Restarting…' }) as HTMLButtonElement;
    expect(restarting.disabled).toBe(true);
  });

  it('is in the signed-in shell too, when main already has an update ready', async () => {
    renderSignedIn(new FakeBridge().respond('app.updateStatus', () => ok(ready('1.3.0'))));

    expect(await screen.findByText('Version 1.3.0 is ready. Restart to update.')).toBeTruthy();
    expect(restartButton()).toBeTruthy();
  });

  it('believes an event that arrives while the first question is still open', async () => {
    const answer = deferred<ReturnType<typeof ok<UpdateStatus>>>();
    const bridge = new FakeBridge().respond('app.updateStatus', () => answer.promise);
    renderApp(bridge);
    await findSignInHeading();

    act(() => bridge.emit('app.update', ready('1.2.0')));
    await act(async () => answer.resolve(ok({ state: 'idle' })));

    expect(restartButton()).toBeTruthy();
  });

  it('gives the button back when main says no update is ready after all', async () => {
    const bridge = new FakeBridge();
    const { user } = renderApp(bridge);
    await findSignInHeading();
    act(() => bridge.emit('app.update', ready('1.2.0')));

    await user.click(within(banner()).getByRole('button', { name: 'Restart to update' }));

    expect(bridge.callsTo('app.restartToUpdate')).toHaveLength(1);
    expect((restartButton() as HTMLButtonElement).disabled).toBe(false);
  });

  it('is reached and used from the keyboard', async () => {
    const bridge = new FakeBridge();
    const { user } = renderApp(bridge);
    await findSignInHeading();
    act(() => bridge.emit('app.update', ready('1.2.0')));

    // It comes first on the page, before the language and the form.
    (document.activeElement as HTMLElement | null)?.blur();
    await user.tab();
    expect(document.activeElement).toBe(restartButton());
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Later' }));
    await user.keyboard('{Enter}');

    expect(restartButton()).toBeNull();
  });

  it('goes away with "Later", stays away after signing in, and comes back for a newer version', async () => {
    const { bridge, user } = renderApp();
    await findSignInHeading();
    act(() => bridge.emit('app.update', ready('1.2.0')));

    await user.click(within(banner()).getByRole('button', { name: 'Later' }));
    expect(restartButton()).toBeNull();
    expect(bridge.callsTo('app.restartToUpdate')).toHaveLength(0);

    // Main still has it ready when the signed-in shell asks.
    bridge.respond('app.updateStatus', () => ok(ready('1.2.0')));
    await signInAs(user);
    await screen.findByRole('button', { name: /Acme Corp/ });
    await act(async () => undefined);
    expect(restartButton()).toBeNull();

    act(() => bridge.emit('app.update', ready('1.3.0')));
    expect(screen.getByText('Version 1.3.0 is ready. Restart to update.')).toBeTruthy();
  });
});
