import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { failure, FakeBridge, ok, signedIn } from './fake-bridge.ts';
import { accountStoresText, descriptionOf, openProfile, region, renderApp, renderSignedIn } from './render-app.tsx';

type User = Parameters<typeof openProfile>[0];

async function openPasswordsTab(user: User) {
  await openProfile(user);
  await user.click(screen.getByRole('tab', { name: 'Passwords' }));
  return screen.findByRole('region', { name: 'Application passwords' });
}

describe('the Passwords tab: application passwords', () => {
  it('says what they are for, shows the empty state, creates one and shows its password once with Copy', async () => {
    // user-event puts a clipboard stub on navigator, as a browser has one.
    const { user, bridge } = renderSignedIn();
    const section = await openPasswordsTab(user);
    expect(section.textContent).toContain(
      'For programs that cannot do two-step verification, such as mail or calendar apps. They cannot change your account.',
    );
    expect(await within(section).findByText('You have no application passwords.')).toBeTruthy();

    await user.click(within(section).getByRole('button', { name: 'Create application password' }));
    const dialog = screen.getByRole('dialog', { name: 'New application password' });
    const name = within(dialog).getByLabelText('Name');
    await waitFor(() => expect(document.activeElement).toBe(name));
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(descriptionOf(name)).toContain('Enter a name.');
    expect(bridge.callsTo('appPasswords.create')).toHaveLength(0);

    await user.type(name, 'Thunderbird');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    const shown = await screen.findByRole('dialog', { name: 'Your new application password' });
    expect(within(shown).getByLabelText<HTMLInputElement>('Application password').value).toBe('abcd efgh ijkl mnop');
    expect(shown.textContent).toContain('You will not see it again.');
    // Only the dialog holds it: no store keeps it.
    expect(accountStoresText()).not.toContain('abcd efgh ijkl mnop');

    await user.click(within(shown).getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe('abcd efgh ijkl mnop');
    expect(within(shown).getByRole('status').textContent).toBe('Copied.');

    await user.click(within(shown).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByText('abcd efgh ijkl mnop')).toBeNull();
    expect(within(section).getByText('Thunderbird')).toBeTruthy();
    expect(within(section).getByText(/Never used/)).toBeTruthy();
  });

  it('says so when the clipboard refuses', async () => {
    const { user } = renderSignedIn();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    const section = await openPasswordsTab(user);
    await user.click(within(section).getByRole('button', { name: 'Create application password' }));
    await user.type(screen.getByLabelText('Name'), 'Mail');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    const shown = await screen.findByRole('dialog', { name: 'Your new application password' });
    await user.click(within(shown).getByRole('button', { name: 'Copy' }));
    expect(within(shown).getByRole('status').textContent).toBe('Could not copy. Select the password and copy it yourself.');
  });

  it('puts a refused name under the field and the limit in the dialog, by the catalogue', async () => {
    const bridge = new FakeBridge();
    bridge.respond('appPasswords.create', () => failure('validation', { fields: { name: 'invalid' } }));
    const { user } = renderSignedIn(bridge);
    const section = await openPasswordsTab(user);
    await user.click(within(section).getByRole('button', { name: 'Create application password' }));
    const name = screen.getByLabelText('Name');
    await user.type(name, 'Mail');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(descriptionOf(name)).toContain('The name cannot contain control or invisible characters.'));

    bridge.respond('appPasswords.create', () => failure('app_password_limit_reached'));
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Could not create the password. You have the most application passwords you can have (20). Revoke one you no longer use, then create a new one.',
    );
  });

  it('lists each with when it was last used, and revokes one after confirming', async () => {
    const bridge = new FakeBridge();
    bridge.appPasswords = [
      { id: 'ap-2', name: 'Calendar', createdAt: '2025-03-03T10:00:00.000Z', lastUsedAt: null },
      { id: 'ap-1', name: 'Thunderbird', createdAt: '2025-03-01T10:00:00.000Z', lastUsedAt: new Date().toISOString() },
    ];
    const { user } = renderSignedIn(bridge);
    const section = await openPasswordsTab(user);
    const items = await within(section).findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Calendar.*Created March 3, 2025.*Never used/),
      expect.stringMatching(/^Thunderbird.*Created March 1, 2025.*Last used/),
    ]);

    await user.click(within(section).getByRole('button', { name: 'Revoke Thunderbird' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Revoke “Thunderbird”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(within(section).queryByText('Thunderbird')).toBeNull();
    expect(within(section).getByText('Calendar')).toBeTruthy();
    expect(bridge.callsTo('appPasswords.revoke').map((call) => call.request)).toEqual([{ id: 'ap-1' }]);
  });
});

describe('the Passwords tab: sessions', () => {
  it('shows where each device was, marks this one, and signs another out after confirming', async () => {
    const { user, bridge } = renderSignedIn();
    await openPasswordsTab(user);
    const sessions = region('Active sessions');
    const [own, other] = await within(sessions).findAllByRole('listitem');
    expect(own?.textContent).toContain('This device');
    expect(own?.textContent).toContain('Location unknown');
    expect(within(own as HTMLElement).queryByRole('button', { name: /Sign out/ })).toBeNull();
    expect(other?.textContent).toContain('Berlin, Germany');

    await user.click(within(sessions).getByRole('button', { name: 'Sign out Firefox on Ubuntu' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Sign out Firefox on Ubuntu?' });
    await user.click(within(confirm).getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(within(sessions).queryByText('Firefox on Ubuntu')).toBeNull());
    expect(bridge.callsTo('account.signOutSession').map((call) => call.request)).toEqual([{ id: 's-2' }]);
    expect(within(sessions).getByRole('button', { name: 'Sign out on all devices' })).toBeTruthy();
  });
});

describe('a session of an application password', () => {
  it('says why the account cannot be changed and does not ask for the application passwords', async () => {
    const bridge = new FakeBridge().respond('session.get', () => ok({ ...signedIn(), limited: true }));
    const { user } = renderApp(bridge);
    await openProfile(user);
    expect(
      screen.getByText('You signed in with an application password. To change your account, sign in with your password.'),
    ).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: 'Passwords' }));
    const section = await screen.findByRole('region', { name: 'Application passwords' });
    expect(within(section).queryByRole('button', { name: 'Create application password' })).toBeNull();
    expect(bridge.callsTo('appPasswords.list')).toHaveLength(0);
  });
});
