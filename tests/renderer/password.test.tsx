import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DeviceSession, Result, SessionState } from '../../src-preload/contract.ts';
import { useDeviceSessionsStore } from '../../src-renderer/src/stores/device-sessions-store.ts';
import { useProfileStore } from '../../src-renderer/src/stores/profile-store.ts';
import { deferred, deviceSessions, failure, FakeBridge, ok, type Deferred } from './fake-bridge.ts';
import { accountStoresText, descriptionOf, findSignInHeading, openProfile, region, renderSignedIn } from './render-app.tsx';

type User = Parameters<typeof openProfile>[0];

async function openPasswordForm(user: User) {
  await openProfile(user);
  await user.click(await screen.findByRole('button', { name: 'Change password' }));
  return screen.getByRole('form', { name: 'Change password' });
}

/** Types the current password, the new one and its repetition (the new one again unless told). */
async function fillPasswordForm(user: User, form: HTMLElement, current: string, next: string, repeat = next) {
  await user.type(within(form).getByLabelText('Current password'), current);
  await user.type(within(form).getByLabelText('New password'), next);
  await user.type(within(form).getByLabelText('Repeat new password'), repeat);
}

/** Each requirement's text and whether it says it is met. */
const checklist = () =>
  within(screen.getByRole('list', { name: 'Password requirements' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

const strength = () => screen.getByRole('meter', { name: 'Password strength' });

describe('changing the password', () => {
  it('checks the policy live as the person types, in words', async () => {
    const { user } = renderSignedIn();
    const form = await openPasswordForm(user);
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText('Current password')));
    await within(form).findByRole('list', { name: 'Password requirements' });

    expect(checklist()).toEqual([
      'At least 8 characters (not met)',
      'An upper-case letter (not met)',
      'A lower-case letter (not met)',
      'A digit (not met)',
      'Not the current password (not met)',
      'Does not contain your login (not met)',
    ]);
    expect(strength().getAttribute('value')).toBe('0');

    await user.type(within(form).getByLabelText('Current password'), 'Old-Passw0rd');
    const newPassword = within(form).getByLabelText('New password');
    await user.type(newPassword, 'abc');
    expect(checklist()).toEqual([
      'At least 8 characters (not met)',
      'An upper-case letter (not met)',
      'A lower-case letter (met)',
      'A digit (not met)',
      'Not the current password (met)',
      'Does not contain your login (met)',
    ]);
    expect(strength().getAttribute('aria-valuetext')).toBe('Weak');

    await user.type(newPassword, 'DEF12-xyz!');
    expect(checklist().every((item) => item?.endsWith('(met)'))).toBe(true);
    expect(strength().getAttribute('aria-valuetext')).toBe('Strong');
    expect(within(form).getByText('Strong')).toBeTruthy();

    // The login (the e-mail's local part) may not be in it, whatever the case.
    await user.type(newPassword, 'ALICE');
    expect(checklist()[5]).toBe('Does not contain your login (not met)');

    // Nor may it be the current password.
    await user.clear(newPassword);
    await user.type(newPassword, 'Old-Passw0rd');
    expect(checklist()[4]).toBe('Not the current password (not met)');
  });

  it('catches a mismatch and unmet requirements without calling main', async () => {
    const { bridge, user } = renderSignedIn();
    const form = await openPasswordForm(user);
    await fillPasswordForm(user, form, 'Old-Passw0rd', 'New-Passw0rd', 'New-Passw0rt');

    await user.click(within(form).getByRole('button', { name: 'Save' }));

    const repeat = within(form).getByLabelText('Repeat new password');
    expect(descriptionOf(repeat)).toBe('The passwords do not match.');
    expect(document.activeElement).toBe(repeat);

    await user.clear(within(form).getByLabelText('New password'));
    await user.type(within(form).getByLabelText('New password'), 'short');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(descriptionOf(within(form).getByLabelText('New password'))).toBe('The new password does not meet all the requirements.');
    expect(bridge.callsTo('account.changePassword')).toEqual([]);
  });

  it('shows show/hide toggles with distinct names', async () => {
    const { user } = renderSignedIn();
    const form = await openPasswordForm(user);
    const newPassword = within(form).getByLabelText<HTMLInputElement>('New password');

    await user.click(within(form).getByRole('button', { name: 'Show new password' }));

    expect(newPassword.type).toBe('text');
    expect(within(form).getByLabelText<HTMLInputElement>('Current password').type).toBe('password');
    expect(within(form).getByRole('button', { name: 'Show current password' })).toBeTruthy();
    expect(within(form).getByRole('button', { name: 'Show repeated password' })).toBeTruthy();
  });

  it('puts a wrong current password and the server’s new-password reasons on their fields', async () => {
    let attempt = 0;
    const bridge = new FakeBridge().respond('account.changePassword', () =>
      ++attempt === 1 ? failure('wrong_password') : failure('validation', { fields: { newPassword: 'contains_login' } }),
    );
    const { user } = renderSignedIn(bridge);
    const form = await openPasswordForm(user);
    await fillPasswordForm(user, form, 'not-it', 'New-Passw0rd');

    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const current = within(form).getByLabelText<HTMLInputElement>('Current password');
    expect(await within(form).findByText('The current password is wrong.')).toBeTruthy();
    expect(descriptionOf(current)).toBe('The current password is wrong.');
    expect(current.value).toBe('not-it');

    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('The password must not contain your login.')).toBeTruthy();
    expect(descriptionOf(within(form).getByLabelText('New password'))).toBe('The password must not contain your login.');
    expect(descriptionOf(current)).toBe('');
  });

  it('says the password changed and offers to log out on all devices', async () => {
    const { bridge, user } = renderSignedIn();
    const form = await openPasswordForm(user);
    await fillPasswordForm(user, form, 'Old-Passw0rd', 'New-Passw0rd');

    await user.click(within(form).getByRole('button', { name: 'Save' }));

    const password = region('Password');
    expect((await within(password).findByRole('status')).textContent).toBe(
      'Your password has been changed. Check it by signing in to Bitrix24 in a private browser window.',
    );
    expect(within(password).getByRole('button', { name: 'Sign out on all devices' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Change password' })).toBeNull();
    expect(bridge.callsTo('account.changePassword').map((call) => call.request)).toEqual([
      { currentPassword: 'Old-Passw0rd', newPassword: 'New-Passw0rd' },
    ]);
    const today = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
    expect(within(password).getByText(`Last changed ${today}`)).toBeTruthy();
    expect(accountStoresText()).not.toContain('Passw0rd');

    await user.click(within(password).getByRole('button', { name: 'Sign out on all devices' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Sign out on all devices' }));

    expect(await findSignInHeading()).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('You have been signed out on all devices.');
  });
});

describe('sessions and logging out everywhere', () => {
  async function openPasswordsTab(user: User) {
    await openProfile(user);
    await user.click(screen.getByRole('tab', { name: 'Passwords' }));
    return screen.findByRole('region', { name: 'Active sessions' });
  }

  it('lists the account’s sessions with the current device marked', async () => {
    const fiveMinutesAgo = new Date(Date.now() - 5 * 60_000).toISOString();
    const bridge = new FakeBridge().respond('account.sessions', () =>
      ok([{ ...deviceSessions[0], lastActiveAt: fiveMinutesAgo } as DeviceSession, ...deviceSessions.slice(1)]),
    );
    const { user } = renderSignedIn(bridge);
    const sessions = await openPasswordsTab(user);

    const items = await within(sessions).findAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toBe('Work laptopAppThis deviceLocation unknown · Active now');
    expect(within(items[1] as HTMLElement).getByText('Firefox on Ubuntu')).toBeTruthy();
    expect(within(items[1] as HTMLElement).getByText('Browser')).toBeTruthy();
    expect(within(items[1] as HTMLElement).queryByText('This device')).toBeNull();
    expect(within(items[1] as HTMLElement).getByText(/^Last active Nov 20, 2024/)).toBeTruthy();
  });

  it('shows loading, then an error with Try again', async () => {
    const first: Deferred<Result<DeviceSession[]>> = deferred();
    let attempts = 0;
    const bridge = new FakeBridge().respond('account.sessions', () => (++attempts === 1 ? first.promise : ok(deviceSessions)));
    const { user } = renderSignedIn(bridge);
    const sessions = await openPasswordsTab(user);
    expect(within(sessions).getByRole('status').textContent).toBe('Loading your sessions…');
    expect(sessions.getAttribute('aria-busy')).toBe('true');

    await act(async () => first.resolve(failure('timeout')));
    const alert = within(sessions).getByRole('alert');
    expect(alert.textContent).toContain('Could not load your sessions.');
    expect(alert.textContent).toContain('took too long');

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(sessions).findByText('Work laptop')).toBeTruthy();
  });

  it('asks first; Escape cancels and gives focus back', async () => {
    const { bridge, user } = renderSignedIn();
    const sessions = await openPasswordsTab(user);
    const button = within(sessions).getByRole('button', { name: 'Sign out on all devices' });

    await user.click(button);

    const dialog = screen.getByRole('alertdialog', { name: 'Sign out on all devices?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    // Focus stays inside while it is open.
    await user.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Sign out on all devices' }));
    await user.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(bridge.callsTo('account.logOutEverywhere')).toEqual([]);

    await user.click(button);
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(bridge.callsTo('account.logOutEverywhere')).toEqual([]);
  });

  it('logs out everywhere and returns to sign-in with the message, forgetting the account', async () => {
    const pending: Deferred<Result<SessionState>> = deferred();
    const bridge = new FakeBridge().respond('account.logOutEverywhere', () => pending.promise);
    const { user } = renderSignedIn(bridge);
    const sessions = await openPasswordsTab(user);
    await user.click(within(sessions).getByRole('button', { name: 'Sign out on all devices' }));
    const dialog = screen.getByRole('alertdialog');

    await user.click(within(dialog).getByRole('button', { name: 'Sign out on all devices' }));
    expect(within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Signing out…' }).disabled).toBe(true);

    await act(async () => pending.resolve(ok({ status: 'signed_out', reason: 'logged_out_everywhere' })));

    expect(await findSignInHeading()).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('You have been signed out on all devices.');
    expect(bridge.callsTo('account.logOutEverywhere')).toHaveLength(1);
    expect(useProfileStore.getState().profile.value).toBeNull();
    expect(useDeviceSessionsStore.getState().sessions.value).toEqual([]);
  });

  it('says so inside the dialog when it fails', async () => {
    const bridge = new FakeBridge().respond('account.logOutEverywhere', () => failure('network'));
    const { user } = renderSignedIn(bridge);
    const sessions = await openPasswordsTab(user);
    await user.click(within(sessions).getByRole('button', { name: 'Sign out on all devices' }));
    const dialog = screen.getByRole('alertdialog');

    await user.click(within(dialog).getByRole('button', { name: 'Sign out on all devices' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Could not sign out on all devices.');
    expect(alert.textContent).toContain('Nothing was changed');
    expect(screen.getByRole('button', { name: 'Alice Demo' })).toBeTruthy();
  });

  it('returns to sign-in when main announces the logout from elsewhere', async () => {
    const { bridge, user } = renderSignedIn();
    await openPasswordsTab(user);

    act(() => bridge.emit('session.changed', { status: 'signed_out', reason: 'logged_out_everywhere' }));

    expect(await findSignInHeading()).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('You have been signed out on all devices.');
  });
});
