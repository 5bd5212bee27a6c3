import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aliceProfile, failure, FakeBridge, pendingChange } from './fake-bridge.ts';
import { accountStoresText, descriptionOf, openProfile, region, renderSignedIn } from './render-app.tsx';

type User = Parameters<typeof openProfile>[0];

/** Opens "Change email" (or phone) and fills the form in. */
async function fillChangeLogin(user: User, channel: 'email' | 'phone', value: string, password = 'Alice-Passw0rd!') {
  const section = region(channel === 'email' ? 'Email' : 'Phone');
  await user.click(within(section).getByRole('button', { name: channel === 'email' ? 'Change email' : 'Change phone' }));
  await user.type(within(section).getByLabelText(channel === 'email' ? 'New email' : 'New phone number'), value);
  await user.type(within(section).getByLabelText('Current password'), password);
}

describe('profile', () => {
  it('opens from the account menu with email, phone, password and social networks, and goes back', async () => {
    const { user } = renderSignedIn();

    const heading = await openProfile(user);

    // Focus moves in an effect after the screen renders: wait for it as the person would see it.
    await waitFor(() => expect(document.activeElement).toBe(heading));
    // The header stays.
    expect(screen.getByRole('button', { name: 'Alice Demo' })).toBeTruthy();
    const tabs = screen.getByRole('tablist', { name: 'Account settings' });
    expect(within(tabs).getByRole('tab', { name: 'Profile' }).getAttribute('aria-selected')).toBe('true');
    expect(within(tabs).getByRole('tab', { name: 'Passwords' }).getAttribute('aria-selected')).toBe('false');

    const email = await screen.findByRole('region', { name: 'Email' });
    expect(within(email).getByText('alice@example.com')).toBeTruthy();
    expect(within(email).getByRole('button', { name: 'Change email' }).textContent).toBe('Change');

    const phone = region('Phone');
    expect(within(phone).getByText('Not set')).toBeTruthy();
    expect(within(phone).getByRole('button', { name: 'Change phone' })).toBeTruthy();

    const password = region('Password');
    expect(within(password).getByRole('button', { name: 'Change password' })).toBeTruthy();
    expect(within(password).getByText('Last changed March 3, 2025')).toBeTruthy();

    const social = region('Social networks');
    expect((await within(social).findAllByRole('listitem'))[0]?.textContent).toBe('Google alice.demo@gmail.com Disconnect');
    expect(within(social).getByRole('button', { name: 'Disconnect Google' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Back to portals' }));
    const welcome = await screen.findByRole('heading', { name: 'Choose a portal' });
    await waitFor(() => expect(document.activeElement).toBe(welcome));
    expect(screen.queryByRole('tablist')).toBeNull();
  });

  it('says when no social network is connected, and formats the phone', async () => {
    const bridge = new FakeBridge();
    bridge.profile = { ...aliceProfile(), phone: '+15550100001', socialAccounts: [], passwordChangedAt: null };
    const { user } = renderSignedIn(bridge);
    await openProfile(user);

    // Every service the server offers is listed as not connected, with Connect and no Disconnect.
    const social = await screen.findByRole('region', { name: 'Social networks' });
    const rows = await within(social).findAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toContain('Google Not connected Connect');
    expect(rows.every((row) => row.textContent.includes('Not connected'))).toBe(true);
    expect(within(social).queryByRole('button', { name: /^Disconnect/ })).toBeNull();
    expect(within(region('Phone')).getByText('+1 555 010 0001')).toBeTruthy();
    expect(within(region('Password')).queryByText(/Last changed/)).toBeNull();
  });

  it('shows a failed profile load and tries again', async () => {
    let attempts = 0;
    const bridge = new FakeBridge();
    const real = structuredClone(bridge.profile);
    bridge.respond('profile.get', () => (++attempts === 1 ? failure('network') : { ok: true, value: real }));
    const { user } = renderSignedIn(bridge);
    await openProfile(user);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load your profile.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('region', { name: 'Email' })).toBeTruthy();
  });

  it('moves between tabs with the arrow keys', async () => {
    const { user } = renderSignedIn();
    await openProfile(user);
    const profileTab = screen.getByRole('tab', { name: 'Profile' });
    act(() => profileTab.focus());

    await user.keyboard('{ArrowRight}');

    const passwordsTab = screen.getByRole('tab', { name: 'Passwords' });
    expect(document.activeElement).toBe(passwordsTab);
    expect(passwordsTab.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'Passwords' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Active sessions' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Email' })).toBeNull();

    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(profileTab);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(passwordsTab);
    await user.keyboard('{Home}');
    expect(profileTab.getAttribute('aria-selected')).toBe('true');
  });
});

describe('changing the login', () => {
  it('starts an email change and shows the pending notice, never the new email as current', async () => {
    const { bridge, user } = renderSignedIn();
    await openProfile(user);
    await screen.findByRole('region', { name: 'Email' });
    await user.click(within(region('Email')).getByRole('button', { name: 'Change email' }));

    const form = screen.getByRole('form', { name: 'Change email' });
    expect(within(form).getByRole('heading', { name: 'Change email' })).toBeTruthy();
    const newEmail = within(form).getByLabelText<HTMLInputElement>('New email');
    expect(newEmail.type).toBe('email');
    expect(document.activeElement).toBe(newEmail);
    const updatePortals = within(form).getByRole<HTMLInputElement>('checkbox', {
      name: 'Update this login in all linked Bitrix24 accounts',
    });
    expect(updatePortals.checked).toBe(true);
    expect(within(form).getByRole('button', { name: 'Show current password' })).toBeTruthy();

    await user.type(newEmail, ' alice.new@example.com ');
    await user.type(within(form).getByLabelText('Current password'), 'Alice-Passw0rd!');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    const email = region('Email');
    expect(await within(email).findByText('Confirm the change: we sent a link to alice.new@example.com.')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Change email' })).toBeNull();
    expect(bridge.callsTo('account.changeLogin').map((call) => call.request)).toEqual([
      { channel: 'email', value: 'alice.new@example.com', currentPassword: 'Alice-Passw0rd!', updatePortals: true },
    ]);
    // The current value is still the old one; the new one appears only inside the notice.
    expect(within(email).getByText('alice@example.com')).toBeTruthy();
    expect(within(email).queryByText('alice.new@example.com')).toBeNull();
    const field = within(email).getByLabelText('Confirmation link or code');
    expect(descriptionOf(field)).toBe('Paste the link from the email, or the code in it.');
    expect(document.activeElement).toBe(field);
    // No password is kept in the renderer's state.
    expect(accountStoresText()).not.toContain('Alice-Passw0rd!');
  });

  it('can leave the portals’ logins as they are', async () => {
    const { bridge, user } = renderSignedIn();
    await openProfile(user);
    await screen.findByRole('region', { name: 'Email' });
    await fillChangeLogin(user, 'email', 'alice.new@example.com');

    await user.click(screen.getByRole('checkbox', { name: 'Update this login in all linked Bitrix24 accounts' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await within(region('Email')).findByText(/we sent a link/);
    expect(bridge.callsTo('account.changeLogin')[0]?.request).toMatchObject({ updatePortals: false });
  });

  it('says exactly that the email is taken, next to the field, and keeps what was typed', async () => {
    const bridge = new FakeBridge().respond('account.changeLogin', () => failure('login_taken'));
    const { user } = renderSignedIn(bridge);
    await openProfile(user);
    await screen.findByRole('region', { name: 'Email' });
    await fillChangeLogin(user, 'email', 'bob@example.com');

    await user.click(screen.getByRole('button', { name: 'Save' }));

    const newEmail = screen.getByLabelText<HTMLInputElement>('New email');
    expect(await screen.findByText('A user with this email already exists.')).toBeTruthy();
    expect(newEmail.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(newEmail)).toBe('A user with this email already exists.');
    expect(newEmail.value).toBe('bob@example.com');
    expect(screen.getByLabelText<HTMLInputElement>('Current password').value).toBe('Alice-Passw0rd!');
    expect(document.activeElement).toBe(newEmail);
    expect(screen.queryByText(/Server prose/)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(within(region('Email')).queryByText(/Confirm the change/)).toBeNull();
  });

  it('says exactly that the phone number is taken', async () => {
    const bridge = new FakeBridge().respond('account.changeLogin', () => failure('login_taken'));
    const { user } = renderSignedIn(bridge);
    await openProfile(user);
    await screen.findByRole('region', { name: 'Phone' });
    await fillChangeLogin(user, 'phone', '+1 555 010 0009');
    expect(screen.getByLabelText<HTMLInputElement>('New phone number').type).toBe('tel');

    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('A user with this phone number already exists.')).toBeTruthy();
    expect(descriptionOf(screen.getByLabelText('New phone number'))).toBe('A user with this phone number already exists.');
  });

  it('puts a wrong current password on the password field', async () => {
    const bridge = new FakeBridge().respond('account.changeLogin', () => failure('wrong_password'));
    const { user } = renderSignedIn(bridge);
    await openProfile(user);
    await screen.findByRole('region', { name: 'Email' });
    await fillChangeLogin(user, 'email', 'alice.new@example.com', 'not-it');

    await user.click(screen.getByRole('button', { name: 'Save' }));

    const password = screen.getByLabelText<HTMLInputElement>('Current password');
    expect(await screen.findByText('The current password is wrong.')).toBeTruthy();
    expect(descriptionOf(password)).toBe('The current password is wrong.');
    expect(document.activeElement).toBe(password);
    expect(password.value).toBe('not-it');
    expect(descriptionOf(screen.getByLabelText('New email'))).toBe('');
  });

  it('shows the server’s reason for the new value, and catches empty fields without a call', async () => {
    const bridge = new FakeBridge().respond('account.changeLogin', () => failure('validation', { fields: { value: 'invalid_email' } }));
    const { user } = renderSignedIn(bridge);
    await openProfile(user);
    await screen.findByRole('region', { name: 'Email' });
    await user.click(screen.getByRole('button', { name: 'Change email' }));

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(descriptionOf(screen.getByLabelText('New email'))).toBe('Enter the new email.');
    expect(descriptionOf(screen.getByLabelText('Current password'))).toBe('Enter your current password.');
    expect(bridge.callsTo('account.changeLogin')).toEqual([]);

    await user.type(screen.getByLabelText('New email'), 'alice@');
    await user.type(screen.getByLabelText('Current password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Enter a valid email address.')).toBeTruthy();
    expect(descriptionOf(screen.getByLabelText('Current password'))).toBe('');
  });

  it.each([
    ['network', 'Nothing was changed'],
    ['timeout', 'Nothing was changed'],
    ['server', 'Nothing was changed'],
  ] as const)('explains a %s failure as an alert, keeping the form', async (code, text) => {
    const bridge = new FakeBridge().respond('account.changeLogin', () => failure(code));
    const { user } = renderSignedIn(bridge);
    await openProfile(user);
    await screen.findByRole('region', { name: 'Email' });
    await fillChangeLogin(user, 'email', 'alice.new@example.com');

    await user.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not start the change.');
    expect(alert.textContent).toContain(text);
    expect(alert.textContent).toContain('try again');
    expect(screen.getByLabelText<HTMLInputElement>('New email').value).toBe('alice.new@example.com');
  });

  it('says when to try again after too many attempts', async () => {
    const bridge = new FakeBridge().respond('account.changeLogin', () => failure('rate_limited', { retryAfterMs: 90_000 }));
    const { user } = renderSignedIn(bridge);
    await openProfile(user);
    await screen.findByRole('region', { name: 'Email' });
    await fillChangeLogin(user, 'email', 'alice.new@example.com');

    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Could not start the change. Too many attempts. Try again in 2 minutes.');
  });

  it('cancels the form and gives focus back to the Change button', async () => {
    const { bridge, user } = renderSignedIn();
    await openProfile(user);
    await screen.findByRole('region', { name: 'Email' });
    await user.click(screen.getByRole('button', { name: 'Change email' }));

    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('form', { name: 'Change email' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Change email' }));
    expect(bridge.callsTo('account.changeLogin')).toEqual([]);
  });
});

describe('confirming a login change', () => {
  const withPendingPhone = (attemptsLeft = 2) => {
    const bridge = new FakeBridge();
    bridge.profile = { ...aliceProfile(), pendingLoginChange: pendingChange('phone', '+15550100002') };
    let wrong = 0;
    bridge.respond('account.confirmLoginChange', ({ confirmation }) => {
      if (confirmation !== '123456') return failure('invalid_code', { attemptsLeft: attemptsLeft - wrong++ });
      bridge.profile = { ...bridge.profile, phone: '+15550100002', pendingLoginChange: null };
      return { ok: true, value: structuredClone(bridge.profile) };
    });
    return bridge;
  };

  it('says how many attempts are left after a wrong code, then takes the right one', async () => {
    const { bridge, user } = renderSignedIn(withPendingPhone());
    await openProfile(user);
    const phone = await screen.findByRole('region', { name: 'Phone' });
    expect(within(phone).getByText('Confirm the change: we sent a code to +1 555 010 0002.')).toBeTruthy();
    expect(within(phone).getByText('Not set')).toBeTruthy();
    const code = within(phone).getByLabelText<HTMLInputElement>('Code from the text message');
    expect(code.getAttribute('inputmode')).toBe('numeric');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');

    await user.type(code, '000000');
    await user.click(within(phone).getByRole('button', { name: 'Confirm' }));
    expect(await within(phone).findByText('Wrong code. 2 attempts left.')).toBeTruthy();
    expect(code.value).toBe('000000');

    await user.clear(code);
    await user.type(code, '111111');
    await user.click(within(phone).getByRole('button', { name: 'Confirm' }));
    expect(await within(phone).findByText('Wrong code. 1 attempt left.')).toBeTruthy();

    await user.clear(code);
    await user.type(code, '123456');
    await user.click(within(phone).getByRole('button', { name: 'Confirm' }));

    expect(await within(phone).findByRole('status')).toBeTruthy();
    expect(within(phone).getByRole('status').textContent).toBe('Your phone number has been changed to +1 555 010 0002.');
    expect(within(phone).getByText('+1 555 010 0002')).toBeTruthy();
    expect(within(phone).queryByText(/Confirm the change/)).toBeNull();
    expect(within(phone).queryByLabelText('Code from the text message')).toBeNull();
    expect(bridge.callsTo('account.confirmLoginChange').map((call) => call.request)).toEqual([
      { confirmation: '000000' },
      { confirmation: '111111' },
      { confirmation: '123456' },
    ]);
    // Portals may sign in with the new login now: they are loaded again.
    expect(bridge.callsTo('portals.reload').length).toBeGreaterThanOrEqual(1);
  });

  it('confirms an email change with the pasted link and shows the new email', async () => {
    const { bridge, user } = renderSignedIn();
    await openProfile(user);
    await screen.findByRole('region', { name: 'Email' });
    await fillChangeLogin(user, 'email', 'alice.new@example.com');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const email = region('Email');
    const field = await within(email).findByLabelText('Confirmation link or code');

    await user.click(field);
    await user.paste('bitrixid://confirm-login?token=abc123');
    await user.click(within(email).getByRole('button', { name: 'Confirm' }));

    expect(await within(email).findByText('Your email has been changed to alice.new@example.com.')).toBeTruthy();
    expect(within(email).getByText('alice.new@example.com')).toBeTruthy();
    expect(bridge.callsTo('account.confirmLoginChange')[0]?.request).toEqual({ confirmation: 'bitrixid://confirm-login?token=abc123' });
    expect(document.activeElement).toBe(within(email).getByRole('button', { name: 'Change email' }));
  });

  it('says the change ended when the code expired, and drops the notice', async () => {
    const bridge = withPendingPhone().respond('account.confirmLoginChange', () => failure('code_expired'));
    const { user } = renderSignedIn(bridge);
    await openProfile(user);
    const phone = await screen.findByRole('region', { name: 'Phone' });

    await user.type(within(phone).getByLabelText('Code from the text message'), '123456');
    await user.click(within(phone).getByRole('button', { name: 'Confirm' }));

    expect((await within(phone).findByRole('alert')).textContent).toContain('The phone number change has ended');
    expect(within(phone).getByRole('alert').textContent).toContain('start again');
    expect(within(phone).queryByText(/Confirm the change/)).toBeNull();
    expect(within(phone).getByText('Not set')).toBeTruthy();
  });

  it('cancels a pending change', async () => {
    const { bridge, user } = renderSignedIn(withPendingPhone());
    await openProfile(user);
    const phone = await screen.findByRole('region', { name: 'Phone' });

    await user.click(within(phone).getByRole('button', { name: 'Cancel change' }));

    expect((await within(phone).findByRole('status')).textContent).toBe('The phone number change was cancelled.');
    expect(within(phone).queryByText(/Confirm the change/)).toBeNull();
    expect(bridge.callsTo('account.cancelLoginChange')).toHaveLength(1);
  });

  describe('Send again', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('counts down to when it may be sent again, then sends and counts down anew', async () => {
      // Only the clock and the once-a-second tick are faked; Testing Library keeps its real timeouts.
      vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: new Date('2025-06-01T12:00:00Z') });
      const bridge = new FakeBridge();
      bridge.profile = { ...aliceProfile(), pendingLoginChange: pendingChange('phone', '+15550100002', 42_000) };
      const { user } = renderSignedIn(bridge);
      await openProfile(user);
      const phone = await screen.findByRole('region', { name: 'Phone' });

      const button = within(phone).getByRole<HTMLButtonElement>('button', { name: 'Send again in 42 s' });
      expect(button.disabled).toBe(true);

      act(() => { vi.advanceTimersByTime(1000); });
      expect(button.textContent).toBe('Send again in 41 s');
      act(() => { vi.advanceTimersByTime(40_000); });
      expect(button.textContent).toBe('Send again in 1 s');
      act(() => { vi.advanceTimersByTime(1000); });
      expect(button.textContent).toBe('Send again');
      expect(button.disabled).toBe(false);

      await user.click(button);

      expect((await within(phone).findByRole('status')).textContent).toBe('We have sent it again.');
      expect(button.textContent).toBe('Send again in 60 s');
      expect(button.disabled).toBe(true);
      expect(bridge.callsTo('account.resendLoginChange')).toHaveLength(1);
    });

    it('waits longer when the server says too many attempts', async () => {
      vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: new Date('2025-06-01T12:00:00Z') });
      const bridge = new FakeBridge().respond('account.resendLoginChange', () => failure('rate_limited', { retryAfterMs: 300_000 }));
      bridge.profile = { ...aliceProfile(), pendingLoginChange: pendingChange('email', 'alice.new@example.com', 0) };
      const { user } = renderSignedIn(bridge);
      await openProfile(user);
      const email = await screen.findByRole('region', { name: 'Email' });

      await user.click(within(email).getByRole('button', { name: 'Send again' }));

      expect((await within(email).findByRole('alert')).textContent).toBe(
        'Could not send it again. Too many attempts. Try again in 5 minutes.',
      );
      expect(within(email).getByRole<HTMLButtonElement>('button', { name: 'Send again in 300 s' }).disabled).toBe(true);
    });
  });
});
