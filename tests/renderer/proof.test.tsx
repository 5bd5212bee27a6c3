import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failure, FakeBridge, noPasswordProfile, ok } from './fake-bridge.ts';
import { descriptionOf, findSignInHeading, openProfile, region, renderApp, renderSignedIn, signInAs } from './render-app.tsx';

type User = Parameters<typeof openProfile>[0];

const withoutPassword = () => {
  const bridge = new FakeBridge();
  bridge.profile = noPasswordProfile();
  return bridge;
};

async function openSetPassword(user: User) {
  await openProfile(user);
  const card = region('Password');
  await user.click(within(card).getByRole('button', { name: 'Set a password' }));
  return card;
}

async function proveWithCode(user: User, code = '123456') {
  await user.click(await screen.findByRole('button', { name: 'Send a code to alice@example.com' }));
  const field = await screen.findByLabelText('Code');
  await user.clear(field);
  await user.type(field, code);
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
}

describe('an account without a password', () => {
  it('shows the password as not set, proves it is the person by a code, and sets one', async () => {
    const bridge = withoutPassword();
    const { user } = renderSignedIn(bridge);
    const card = await openSetPassword(user);
    expect(within(card).getByText('Not set')).toBeTruthy();
    expect(within(card).queryByLabelText('Current password')).toBeNull();
    expect(within(card).getByRole('heading', { name: 'Confirm it’s you' })).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Sign in again with Yandex' })).toBeTruthy();
    // No phone on the account: no way to send one there.
    expect(within(card).queryByRole('button', { name: /Send a code to \+/ })).toBeNull();

    await proveWithCode(user, '000000');
    const code = screen.getByLabelText('Code');
    await waitFor(() => expect(descriptionOf(code)).toBe('Wrong code. 4 tries left.'));
    expect((code as HTMLInputElement).value).toBe('000000');
    expect(screen.getByRole('button', { name: /^Send a new code in \d+ s$/ }).hasAttribute('disabled')).toBe(true);

    await user.clear(code);
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    const newPassword = await within(card).findByLabelText('New password');
    await waitFor(() => expect(document.activeElement).toBe(newPassword));
    await user.type(newPassword, 'Sunny-Meadow-42');
    await user.type(within(card).getByLabelText('Repeat new password'), 'Sunny-Meadow-42');
    await user.click(within(card).getByRole('button', { name: 'Save' }));

    expect(await within(card).findByText('Your password is set. You can now sign in with it as well.')).toBeTruthy();
    expect(within(card).queryByText('Not set')).toBeNull();
    expect(within(card).getByRole('button', { name: 'Change password' })).toBeTruthy();
    expect(bridge.callsTo('account.setPassword').map((call) => call.request)).toEqual([{ newPassword: 'Sunny-Meadow-42' }]);
  });

  it('reads a code typed as "123 456", and never says "0 attempts left" when main gives no count', async () => {
    const bridge = withoutPassword().respond('account.proveWithCode', ({ code }) =>
      code === '123456' ? ok({ validUntil: new Date(Date.now() + 300_000).toISOString() }) : failure('invalid_code'),
    );
    const { user } = renderSignedIn(bridge);
    const card = await openSetPassword(user);
    await proveWithCode(user, '000 000');
    const code = screen.getByLabelText('Code');
    await waitFor(() => expect(descriptionOf(code)).toBe('Wrong code. Check it and try again.'));

    await user.clear(code);
    await user.type(code, '123 456');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await within(card).findByLabelText('New password')).toBeTruthy();
    expect(bridge.callsTo('account.proveWithCode').map((call) => call.request)).toEqual([{ code: '000000' }, { code: '123456' }]);
  });

  it('goes back to "Confirm it’s you" when main no longer holds the proof, keeping the typed password', async () => {
    const bridge = withoutPassword().respond('account.setPassword', () => failure('proof_required'));
    const { user } = renderSignedIn(bridge);
    const card = await openSetPassword(user);
    await user.click(within(card).getByRole('button', { name: 'Sign in again with Yandex' }));
    await user.type(await within(card).findByLabelText('New password'), 'Sunny-Meadow-42');
    await user.type(within(card).getByLabelText('Repeat new password'), 'Sunny-Meadow-42');
    await user.click(within(card).getByRole('button', { name: 'Save' }));
    expect(await within(card).findByRole('heading', { name: 'Confirm it’s you' })).toBeTruthy();
    expect((await within(card).findByRole('alert')).textContent).toBe(
      'Could not set the password. Confirm that it is you first: ask for a code, or sign in again with your social network.',
    );

    await user.click(within(card).getByRole('button', { name: 'Sign in again with Yandex' }));
    expect((await within(card).findByLabelText<HTMLInputElement>('New password')).value).toBe('Sunny-Meadow-42');
    expect(within(card).getByLabelText<HTMLInputElement>('Repeat new password').value).toBe('Sunny-Meadow-42');
    expect(bridge.callsTo('account.proveWithSocial').map((call) => call.request)).toEqual([{ provider: 'yandex' }, { provider: 'yandex' }]);
  });

  it('changes the e-mail with the same proof instead of a current password', async () => {
    const bridge = withoutPassword();
    const { user } = renderSignedIn(bridge);
    await openProfile(user);
    const card = region('Email');
    await user.click(within(card).getByRole('button', { name: 'Change email' }));
    expect(within(card).queryByLabelText('Current password')).toBeNull();
    await user.type(within(card).getByLabelText('New email'), 'alice.new@example.com');

    await user.click(within(card).getByRole('button', { name: 'Save' }));
    expect((await within(card).findByRole('alert')).textContent).toBe(
      'Confirm that it is you first: ask for a code, or sign in again with your social network.',
    );
    expect(bridge.callsTo('account.changeLogin')).toEqual([]);

    await proveWithCode(user);
    expect(await within(card).findByText('Confirmed. You can save the change now.')).toBeTruthy();
    expect((within(card).getByLabelText('New email') as HTMLInputElement).value).toBe('alice.new@example.com');
    await user.click(within(card).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(bridge.callsTo('account.changeLogin').map((call) => call.request)).toEqual([
        { channel: 'email', value: 'alice.new@example.com', updatePortals: true },
      ]),
    );
  });
});

describe('the sign-in form’s login', () => {
  it('starts as the last login that signed in on this device', async () => {
    renderApp(new FakeBridge().respond('session.get', () => ok({ status: 'signed_out', lastLogin: 'alice@example.com' })));
    await findSignInHeading();
    expect((screen.getByLabelText('Email or phone') as HTMLInputElement).value).toBe('alice@example.com');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Password')));
  });

  it('is never a login typed only into recovery, once someone has signed in and out', async () => {
    const bridge = new FakeBridge().respond('session.signOut', () => ok({ status: 'signed_out', reason: 'signed_out', lastLogin: 'alice@example.com' }));
    const { user } = renderApp(bridge);
    await findSignInHeading();
    await user.click(screen.getByRole('button', { name: 'Forgot your password?' }));
    const recoveryLogin = await screen.findByLabelText('Email or phone');
    await user.type(recoveryLogin, 'bob@example.com');
    await user.click(screen.getByRole('button', { name: 'Back to sign in' }));
    await findSignInHeading();

    const login = screen.getByLabelText('Email or phone');
    await user.clear(login);
    await signInAs(user, 'alice@example.com');
    await act(async () => bridge.emit('session.changed', { status: 'signed_out', reason: 'signed_out', lastLogin: 'alice@example.com' }));
    await findSignInHeading();
    expect((screen.getByLabelText('Email or phone') as HTMLInputElement).value).toBe('alice@example.com');
  });
});
