import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSessionStore } from '../../src-renderer/src/stores/session-store.ts';
import { deferred, failure, FakeBridge, ok, serverAppInfo, signedIn, type Deferred } from './fake-bridge.ts';
import { descriptionOf, findSignInHeading, renderApp, signInAs } from './render-app.tsx';
import type { Result, SessionState } from '../../src-preload/contract.ts';

const loginField = () => screen.getByLabelText('Email or phone');
const passwordField = () => screen.getByLabelText<HTMLInputElement>('Password');

describe('sign-in screen', () => {
  it('signs in and shows the shell with the person and their three portals', async () => {
    const { bridge, user } = renderApp();
    await findSignInHeading();

    await signInAs(user, '  alice@example.com ', 'correct horse');

    expect(await screen.findByRole('button', { name: 'Alice Demo' })).toBeTruthy();
    const nav = await screen.findByRole('navigation', { name: 'Portals' });
    const items = await within(nav).findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Acme Corpacme.bitrix24.comAdmin',
      'Globexglobex.bitrix24.euEmployee',
      'Partner Hubpartners.bitrix24.deExtranet',
    ]);
    expect(screen.queryByRole('heading', { name: 'Sign in to Bitrix ID' })).toBeNull();
    // The login is sent trimmed; the password exactly as typed.
    expect(bridge.callsTo('session.signIn').map((call) => call.request)).toEqual([
      { login: 'alice@example.com', password: 'correct horse' },
    ]);
  });

  it('catches empty fields before sending anything', async () => {
    const { bridge, user } = renderApp();
    await findSignInHeading();

    await user.type(loginField(), '   ');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(loginField().getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(loginField())).toBe('Enter your email or phone number.');
    expect(passwordField().getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(passwordField())).toBe('Enter your password.');
    expect(document.activeElement).toBe(loginField());
    expect(bridge.callsTo('session.signIn')).toEqual([]);

    // Typing into a field clears its own error only.
    await user.type(passwordField(), 'x');
    expect(passwordField().getAttribute('aria-invalid')).toBeNull();
    expect(loginField().getAttribute('aria-invalid')).toBe('true');
  });

  it('says the login or password is wrong, keeps what was typed and holds no password in state', async () => {
    const bridge = new FakeBridge().respond('session.signIn', () => failure('invalid_credentials'));
    const { user } = renderApp(bridge);
    await findSignInHeading();

    await signInAs(user, 'alice@example.com', 'wrong-secret');

    expect((await screen.findByRole('alert')).textContent).toBe('Wrong login or password.');
    expect((loginField() as HTMLInputElement).value).toBe('alice@example.com');
    expect(passwordField().value).toBe('wrong-secret');
    expect(document.activeElement).toBe(passwordField());
    expect(JSON.stringify(useSessionStore.getState())).not.toContain('wrong-secret');
    // Main's own English message is never shown.
    expect(screen.queryByText(/main says/)).toBeNull();
  });

  it('explains a network failure: nothing changed, try again', async () => {
    const bridge = new FakeBridge().respond('session.signIn', () => failure('network'));
    const { user } = renderApp(bridge);
    await findSignInHeading();

    await signInAs(user);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not connect to Bitrix ID');
    expect(alert.textContent).toContain('Nothing was changed');
    expect(alert.textContent).toContain('try again');
  });

  it('says when to try again after too many attempts', async () => {
    const bridge = new FakeBridge().respond('session.signIn', () => failure('rate_limited', { retryAfterMs: 90_000 }));
    const { user } = renderApp(bridge);
    await findSignInHeading();

    await signInAs(user);

    expect((await screen.findByRole('alert')).textContent).toBe('Too many attempts. Try again in 2 minutes.');
  });

  it('shows the server’s field errors next to their fields, not as an alert', async () => {
    const bridge = new FakeBridge().respond('session.signIn', () =>
      failure('validation', { fields: { login: 'invalid', password: 'too_long' } }),
    );
    const { user } = renderApp(bridge);
    await findSignInHeading();

    await signInAs(user, 'alice@', 'secret');

    expect(await screen.findByText('Check this field and try again.')).toBeTruthy();
    expect(descriptionOf(loginField())).toBe('Check this field and try again.');
    expect(descriptionOf(passwordField())).toBe('This is too long.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('is busy while the attempt is pending', async () => {
    const pending: Deferred<Result<SessionState>> = deferred();
    const bridge = new FakeBridge().respond('session.signIn', () => pending.promise);
    const { user } = renderApp(bridge);
    await findSignInHeading();

    await signInAs(user);

    const busyButton = screen.getByRole<HTMLButtonElement>('button', { name: 'Signing in…' });
    expect(busyButton.disabled).toBe(true);
    expect(screen.getByRole('form', { name: 'Sign in to Bitrix ID' }).getAttribute('aria-busy')).toBe('true');
    // Pressing Enter again while busy sends nothing more.
    await user.type(passwordField(), '{Enter}');
    expect(bridge.callsTo('session.signIn')).toHaveLength(1);

    await act(async () => pending.resolve(ok(signedIn())));
    expect(await screen.findByRole('button', { name: 'Alice Demo' })).toBeTruthy();
  });

  it('shows and hides the password with a toggle button', async () => {
    const { user } = renderApp();
    await findSignInHeading();
    await user.type(passwordField(), 'secret');
    const toggle = screen.getByRole('button', { name: 'Show password' });

    expect(passwordField().type).toBe('password');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');

    await user.click(toggle);
    expect(passwordField().type).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');

    await user.keyboard(' ');
    expect(passwordField().type).toBe('password');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(passwordField().value).toBe('secret');
  });

  it.each([
    ['expired', 'Your session expired. Please sign in again.'],
    ['revoked', 'You were signed out from another device. Please sign in again.'],
    ['logged_out_everywhere', 'You have been signed out on all devices.'],
    ['password_reset', 'Your password was changed. Sign in with the new password.'],
  ] as const)('says why the session ended: %s', async (reason, message) => {
    renderApp(new FakeBridge().respond('session.get', () => ok({ status: 'signed_out', reason })));

    await findSignInHeading();
    expect(screen.getByRole('status').textContent).toBe(message);
  });

  it('names the backend in use in the footer', async () => {
    renderApp();
    expect(await screen.findByText('Embedded mock backend')).toBeTruthy();
  });

  it('names a real server by its URL', async () => {
    const bridge = new FakeBridge().respond('app.info', () => ok(serverAppInfo));
    renderApp(bridge);
    expect(await screen.findByText('Server: https://id.example.com')).toBeTruthy();
    expect(screen.queryByText('Embedded mock backend')).toBeNull();
  });
});
