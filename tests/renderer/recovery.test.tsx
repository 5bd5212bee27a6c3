import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result, SessionState } from '../../src-preload/contract.ts';
import { deferred, failure, FakeBridge, ok, type Deferred } from './fake-bridge.ts';
import { descriptionOf, findSignInHeading, openProfile, renderApp, renderSignedIn } from './render-app.tsx';

type User = Parameters<typeof openProfile>[0];

const findRecoveryHeading = () => screen.findByRole('heading', { level: 1, name: 'Reset your password' });

/** From the sign-in screen, with a login typed there first. */
async function openRecovery(user: User, login = 'alice@example.com') {
  await findSignInHeading();
  if (login) await user.type(screen.getByLabelText('Email or phone'), login);
  await user.click(screen.getByRole('button', { name: 'Forgot your password?' }));
  return findRecoveryHeading();
}

async function requestCheckword(user: User) {
  await user.click(screen.getByRole('button', { name: 'Send' }));
  return screen.findByRole('form', { name: 'Set a new password' });
}

async function fillStepTwo(user: User, form: HTMLElement, checkword = 'CHECK-1234', password = 'New-Passw0rd') {
  await user.type(within(form).getByLabelText('Code or link from the message'), checkword);
  await user.type(within(form).getByLabelText('New password'), password);
  await user.type(within(form).getByLabelText('Repeat new password'), password);
}

describe('password recovery', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens from sign-in with the login carried over, and goes back with it', async () => {
    const { user } = renderApp();
    const heading = await openRecovery(user, 'bob@example.com');

    expect(document.activeElement).toBe(heading);
    expect(screen.getByLabelText<HTMLInputElement>('Email or phone').value).toBe('bob@example.com');
    expect(screen.queryByRole('form', { name: 'Set a new password' })).toBeNull();

    await user.clear(screen.getByLabelText('Email or phone'));
    await user.type(screen.getByLabelText('Email or phone'), 'carol@example.com');
    await user.click(screen.getByRole('button', { name: 'Back to sign in' }));

    await findSignInHeading();
    expect(screen.getByLabelText<HTMLInputElement>('Email or phone').value).toBe('carol@example.com');
  });

  it('answers with the same neutral message for any login and counts down to Send again', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: new Date('2025-06-01T12:00:00Z') });
    const { bridge, user } = renderApp();
    await openRecovery(user, 'nobody@example.com');

    const form = await requestCheckword(user);

    expect(screen.getByRole('status').textContent).toBe(
      'If a Bitrix ID is registered with nobody@example.com, we have sent it a message with a link and a code.',
    );
    expect(bridge.callsTo('recovery.request').map((call) => call.request)).toEqual([{ login: 'nobody@example.com' }]);
    expect(document.activeElement).toBe(within(form).getByLabelText('Code or link from the message'));
    const again = screen.getByRole<HTMLButtonElement>('button', { name: 'Send again in 60 s' });
    expect(again.disabled).toBe(true);

    act(() => { vi.advanceTimersByTime(59_000); });
    expect(again.textContent).toBe('Send again in 1 s');
    act(() => { vi.advanceTimersByTime(1000); });
    expect(again.textContent).toBe('Send again');
    expect(again.disabled).toBe(false);

    await user.click(again);
    expect(await screen.findByRole('button', { name: 'Send again in 60 s' })).toBeTruthy();
    expect(bridge.callsTo('recovery.request')).toHaveLength(2);
  });

  it('counts down from the server’s wait when rate limited, and still offers step 2', async () => {
    const bridge = new FakeBridge().respond('recovery.request', () => failure('rate_limited', { retryAfterMs: 120_000 }));
    const { user } = renderApp(bridge);
    await openRecovery(user);

    await requestCheckword(user);

    expect(screen.getByRole('alert').textContent).toBe('Could not send the message. Too many attempts. Try again in 2 minutes.');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Send again in 120 s' }).disabled).toBe(true);
    expect(screen.queryByText(/we have sent it a message/)).toBeNull();
  });

  it('asks for the login before sending', async () => {
    const { bridge, user } = renderApp();
    await openRecovery(user, '');

    await user.click(screen.getByRole('button', { name: 'Send' }));

    const login = screen.getByLabelText('Email or phone');
    expect(descriptionOf(login)).toBe('Enter your email or phone number.');
    expect(document.activeElement).toBe(login);
    expect(bridge.callsTo('recovery.request')).toEqual([]);
  });

  it('shows the policy checklist without the current-password item and catches a mismatch', async () => {
    const { bridge, user } = renderApp();
    await openRecovery(user);
    const form = await requestCheckword(user);

    const rules = await within(form).findByRole('list', { name: 'Password requirements' });
    expect(within(rules).queryByText('Not the current password')).toBeNull();
    await user.type(within(form).getByLabelText('New password'), 'alice-Passw0rd');
    expect(within(rules).getAllByRole('listitem').at(-1)?.textContent).toBe('Does not contain your login (not met)');
    expect(within(form).getByRole('meter', { name: 'Password strength' })).toBeTruthy();

    await user.clear(within(form).getByLabelText('New password'));
    await fillStepTwo(user, form, 'CHECK-1234', 'New-Passw0rd');
    await user.type(within(form).getByLabelText('Repeat new password'), 'x');
    await user.click(within(form).getByRole('button', { name: 'Set new password' }));

    expect(descriptionOf(within(form).getByLabelText('Repeat new password'))).toBe('The passwords do not match.');
    expect(bridge.callsTo('recovery.complete')).toEqual([]);
  });

  it('says an invalid checkword on its field and keeps what was typed', async () => {
    const bridge = new FakeBridge().respond('recovery.complete', () => failure('invalid_checkword'));
    const { user } = renderApp(bridge);
    await openRecovery(user);
    const form = await requestCheckword(user);
    await fillStepTwo(user, form, 'WRONG');

    await user.click(within(form).getByRole('button', { name: 'Set new password' }));

    const checkword = within(form).getByLabelText<HTMLInputElement>('Code or link from the message');
    expect(await within(form).findByText('This code or link no longer works. Ask for a new one.')).toBeTruthy();
    expect(descriptionOf(checkword)).toBe('This code or link no longer works. Ask for a new one. Paste the code or the whole link from the message.');
    expect(checkword.value).toBe('WRONG');
    expect(document.activeElement).toBe(checkword);
    expect(within(form).getByLabelText<HTMLInputElement>('New password').value).toBe('New-Passw0rd');
  });

  it('sets the new password and returns to sign-in with the message and the login', async () => {
    const pending: Deferred<Result<SessionState>> = deferred();
    const bridge = new FakeBridge().respond('recovery.complete', () => pending.promise);
    const { user } = renderApp(bridge);
    await openRecovery(user, ' alice@example.com ');
    const form = await requestCheckword(user);
    await fillStepTwo(user, form, 'bitrixid://recover?login=alice%40example.com&checkword=CHECK-1234');

    await user.click(within(form).getByRole('button', { name: 'Set new password' }));
    expect(within(form).getByRole<HTMLButtonElement>('button', { name: 'Setting the password…' }).disabled).toBe(true);
    await act(async () => pending.resolve(ok({ status: 'signed_out', reason: 'password_reset' })));

    await findSignInHeading();
    expect(screen.getByRole('status').textContent).toBe('Your password was changed. Sign in with the new password.');
    expect(screen.getByLabelText<HTMLInputElement>('Email or phone').value).toBe('alice@example.com');
    expect(bridge.callsTo('recovery.complete').map((call) => call.request)).toEqual([
      {
        login: 'alice@example.com',
        checkword: 'bitrixid://recover?login=alice%40example.com&checkword=CHECK-1234',
        newPassword: 'New-Passw0rd',
      },
    ]);
  });

  /** Fresh start, recovery opened with nothing typed on sign-in, so sign-in's old hint is empty. */
  async function reachSetNewPassword(user: User) {
    await openRecovery(user, '');
    await user.type(screen.getByLabelText('Email or phone'), 'alice@example.com');
    const form = await requestCheckword(user);
    await fillStepTwo(user, form);
    await user.click(within(form).getByRole('button', { name: 'Set new password' }));
  }

  const passwordReset: SessionState = { status: 'signed_out', reason: 'password_reset' };

  it('fills in the recovered login on sign-in when main’s session event arrives before the answer', async () => {
    const pending: Deferred<Result<SessionState>> = deferred();
    const bridge = new FakeBridge().respond('recovery.complete', () => pending.promise);
    const { user } = renderApp(bridge);
    await reachSetNewPassword(user);
    expect(bridge.callsTo('recovery.complete')).toHaveLength(1);

    // Main ends the session while the answer is still on its way: the event alone shows sign-in.
    act(() => bridge.emit('session.changed', passwordReset));
    await findSignInHeading();
    expect(screen.getByRole('status').textContent).toBe('Your password was changed. Sign in with the new password.');
    expect(screen.getByLabelText<HTMLInputElement>('Email or phone').value).toBe('alice@example.com');

    await act(async () => pending.resolve(ok(passwordReset)));
    expect(screen.getByRole('heading', { name: 'Sign in to Bitrix ID' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Your password was changed. Sign in with the new password.');
    expect(screen.getByLabelText<HTMLInputElement>('Email or phone').value).toBe('alice@example.com');
  });

  it('fills in the recovered login on sign-in when the answer arrives before main’s session event', async () => {
    const pending: Deferred<Result<SessionState>> = deferred();
    const bridge = new FakeBridge().respond('recovery.complete', () => pending.promise);
    const { user } = renderApp(bridge);
    await reachSetNewPassword(user);

    await act(async () => pending.resolve(ok(passwordReset)));
    await findSignInHeading();
    expect(screen.getByLabelText<HTMLInputElement>('Email or phone').value).toBe('alice@example.com');

    act(() => bridge.emit('session.changed', passwordReset));
    expect(screen.getByRole('status').textContent).toBe('Your password was changed. Sign in with the new password.');
    expect(screen.getByLabelText<HTMLInputElement>('Email or phone').value).toBe('alice@example.com');
  });

  it('puts the server’s reason about the new password on its field', async () => {
    const bridge = new FakeBridge().respond('recovery.complete', () => failure('validation', { fields: { newPassword: 'contains_login' } }));
    const { user } = renderApp(bridge);
    await openRecovery(user);
    const form = await requestCheckword(user);
    await fillStepTwo(user, form);

    await user.click(within(form).getByRole('button', { name: 'Set new password' }));

    const newPassword = within(form).getByLabelText('New password');
    expect(await within(form).findByText('The password must not contain your login.')).toBeTruthy();
    expect(descriptionOf(newPassword)).toContain('The password must not contain your login.');
    expect(document.activeElement).toBe(newPassword);
    expect(within(form).queryByRole('alert')).toBeNull();
  });

  it('explains other failures as an alert', async () => {
    const bridge = new FakeBridge().respond('recovery.complete', () => failure('network'));
    const { user } = renderApp(bridge);
    await openRecovery(user);
    const form = await requestCheckword(user);
    await fillStepTwo(user, form);

    await user.click(within(form).getByRole('button', { name: 'Set new password' }));

    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('Could not set the new password.');
    expect(alert.textContent).toContain('Nothing was changed');
  });

  it('opens from the change forms inside the shell and ends the session on success', async () => {
    const { bridge, user } = renderSignedIn();
    await openProfile(user);
    await user.click(await screen.findByRole('button', { name: 'Change email' }));
    await user.click(screen.getByRole('button', { name: 'Forgot your password?' }));

    await findRecoveryHeading();
    // Still inside the shell, with the account's login filled in.
    expect(screen.getByRole('button', { name: 'Alice Demo' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Email or phone').value).toBe('alice@example.com');
    await user.click(screen.getByRole('button', { name: 'Back to profile' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Alice Demo' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Change password' }));
    await user.click(screen.getByRole('button', { name: 'Forgot your password?' }));
    await findRecoveryHeading();
    const form = await requestCheckword(user);
    await fillStepTwo(user, form);
    await user.click(within(form).getByRole('button', { name: 'Set new password' }));

    await findSignInHeading();
    expect(screen.getByRole('status').textContent).toBe('Your password was changed. Sign in with the new password.');
    expect(screen.getByLabelText<HTMLInputElement>('Email or phone').value).toBe('alice@example.com');
    expect(bridge.callsTo('recovery.complete')).toHaveLength(1);
  });
});
