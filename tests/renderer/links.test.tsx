import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failure, FakeBridge, ok } from './fake-bridge.ts';
import { findSignInHeading, renderApp, renderSignedIn } from './render-app.tsx';

describe('links handed over by the OS', () => {
  it('asks a signed-out person to sign in to confirm, then says when it is done', async () => {
    const { bridge } = renderApp();
    await findSignInHeading();

    act(() => bridge.emit('link.opened', { kind: 'confirm-login', state: 'needs_sign_in' }));
    expect((await screen.findByText('Sign in to confirm your new login.')).closest('[role="status"]')).not.toBeNull();

    act(() => bridge.emit('link.opened', { kind: 'confirm-login', state: 'confirmed' }));
    expect(screen.getByRole('status').textContent).toContain('Your new login is confirmed.');
  });

  it('asks before a link confirms the new login, and confirms only after Confirm', async () => {
    const { bridge, user } = renderSignedIn();
    act(() => bridge.emit('link.opened', { kind: 'confirm-login', state: 'asking', login: 'alice.link@example.com' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Confirm the new login' });
    expect(dialog.textContent).toContain('Confirm the new login alice.link@example.com?');
    expect(bridge.callsTo('links.confirmLogin')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    // The shell loads lazily: the note shows in its notice area once it has.
    const confirmed = await screen.findByText('Your new login is confirmed.', { exact: false });
    expect(confirmed.closest('[role="status"]')).not.toBeNull();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(bridge.callsTo('links.confirmLogin')).toHaveLength(1);
  });

  it('forgets the link on Cancel, confirming nothing', async () => {
    const { bridge, user } = renderSignedIn();
    act(() => bridge.emit('link.opened', { kind: 'confirm-login', state: 'asking', login: 'alice.link@example.com' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Confirm the new login' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(bridge.callsTo('links.dismiss')).toHaveLength(1);
    expect(bridge.callsTo('links.confirmLogin')).toHaveLength(0);
  });

  it('shows a link that arrived before the window, and says why a confirmation failed', async () => {
    const bridge = new FakeBridge().respond('links.pending', () =>
      ok({ kind: 'confirm-login', state: 'failed', error: { code: 'code_expired' } }),
    );
    const { user } = renderSignedIn(bridge);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This confirmation link did not work.');
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));

    expect(screen.queryByText('This confirmation link did not work.')).toBeNull();
    expect(bridge.callsTo('links.dismiss')).toHaveLength(1);
  });

  it('sets a new password from a recovery link without ever holding its checkword', async () => {
    const bridge = new FakeBridge().respond('links.completeRecovery', () => ok({ status: 'signed_out', reason: 'password_reset' }));
    const { user } = renderApp(bridge);
    await findSignInHeading();

    act(() => bridge.emit('link.opened', { kind: 'recover', login: 'alice@example.com' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Reset your password' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    screen.getByText('Set a new password for alice@example.com.');
    const form = screen.getByRole('form', { name: 'Set a new password' });
    expect(within(form).queryByLabelText('Code or link from the message')).toBeNull();

    await user.type(within(form).getByLabelText('New password'), 'Bright-Meadow-77');
    await user.type(within(form).getByLabelText('Repeat new password'), 'Bright-Meadow-77');
    await user.click(within(form).getByRole('button', { name: 'Set new password' }));

    await findSignInHeading();
    expect(screen.getByLabelText<HTMLInputElement>('Email or phone').value).toBe('alice@example.com');
    expect(bridge.callsTo('links.completeRecovery')).toEqual([
      { channel: 'links.completeRecovery', request: { newPassword: 'Bright-Meadow-77' } },
    ]);
  });

  it('keeps the typed password when the link turns out to be used up', async () => {
    const bridge = new FakeBridge().respond('links.completeRecovery', () => failure('invalid_checkword'));
    const { user } = renderApp(bridge);
    await findSignInHeading();
    act(() => bridge.emit('link.opened', { kind: 'recover', login: 'alice@example.com' }));
    const form = await screen.findByRole('form', { name: 'Set a new password' });

    await user.type(within(form).getByLabelText('New password'), 'Bright-Meadow-77');
    await user.type(within(form).getByLabelText('Repeat new password'), 'Bright-Meadow-77');
    await user.click(within(form).getByRole('button', { name: 'Set new password' }));

    expect((await within(form).findByRole('alert')).textContent).toContain('This link has expired or was already used.');
    expect(within(form).getByLabelText<HTMLInputElement>('New password').value).toBe('Bright-Meadow-77');
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    await findSignInHeading();
    expect(bridge.callsTo('links.dismiss')).toHaveLength(1);
  });
});
