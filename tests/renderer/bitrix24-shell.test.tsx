import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NETWORK_VIEW_ID, type LinkedPortalsNotice, type NetworkPage, type Result } from '../../src-preload/contract.ts';
import { deferred, failure, FakeBridge, firstProfile, ok, profileSession, snapshot, webPortal } from './fake-bridge.ts';
import { renderApp } from './render-app.tsx';

type User = ReturnType<typeof renderApp>['user'];

const renderBitrix24 = (bridge = new FakeBridge()) => renderApp(bridge.bitrix24Mode());
const findNav = () => screen.findByRole('navigation', { name: 'Portals' });
const nav = () => screen.getByRole('navigation', { name: 'Portals' });
const main = () => screen.getByRole('main');
const header = () => screen.getByRole('banner');
const row = (name: string | RegExp) => within(nav()).getByRole('button', { name: typeof name === 'string' ? new RegExp(name) : name });
const networkFrame = () => screen.getByTitle<HTMLIFrameElement>('Bitrix24.Network');
const openedPages = (bridge: FakeBridge) => bridge.callsTo('network.open').map((call) => (call.request as { page: NetworkPage }).page);

async function chooseFromMenu(user: User, button: string, item: string) {
  await user.click(await screen.findByRole('button', { name: button }));
  await user.click(screen.getByRole('menuitem', { name: item }));
}

describe('Bitrix24 mode: the shell', () => {
  it('shows the Bitrix24 shell: the backend, the profile, the list and a first-run hint; no sign-in form, no password field', async () => {
    const { bridge, user } = renderBitrix24();

    await within(await findNav()).findByRole('button', { name: /Acme/ });

    expect(within(header()).getByText('Bitrix24 · www.bitrix24.net')).toBeTruthy();
    expect(within(header()).getByRole('button', { name: 'Bitrix24' }).getAttribute('aria-haspopup')).toBe('menu');
    expect(within(header()).getByRole('button', { name: 'Account' }).getAttribute('aria-haspopup')).toBe('menu');
    // The language lives on the Settings screen, so German-length names keep the toolbar on one line.
    expect(within(header()).queryByRole('combobox')).toBeNull();
    expect(row('Globex')).toBeTruthy();
    expect(within(main()).getByRole('heading', { level: 1, name: 'Your Bitrix24, in this app' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Sign in to Bitrix ID' })).toBeNull();
    expect(document.querySelector('input[type="password"]')).toBeNull();
    // The API mode's own creation is not offered: portals are added by address.
    expect(within(nav()).queryByRole('button', { name: 'Create Bitrix24' })).toBeNull();

    await user.click(within(main()).getByRole('button', { name: 'Sign in to Bitrix24' }));

    expect(await within(main()).findByRole('heading', { level: 1, name: 'Bitrix24.Network — Sign in' })).toBeTruthy();
    expect(openedPages(bridge)).toEqual(['signIn']);
  });

  it('says why the profile could not be opened at start, offers to try again, and never shows a password field', async () => {
    let attempts = 0;
    const bridge = new FakeBridge().bitrix24Mode();
    bridge.respond('session.get', () => (++attempts === 1 ? failure('internal') : ok(profileSession(firstProfile))));
    const { user } = renderApp(bridge);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not restore your session. Something went wrong in the app.');
    expect(document.querySelector('input[type="password"]')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Sign in to Bitrix ID' })).toBeNull();

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await within(await findNav()).findByRole('button', { name: /Acme/ })).toBeTruthy();
  });

  it.each([
    ['Sign in to Bitrix24', 'signIn', 'Sign in'],
    ['Profile', 'profile', 'Profile'],
    ['Change login', 'changeLogin', 'Change login'],
    ['Change password', 'changePassword', 'Change password'],
    ['Social networks', 'socialNetworks', 'Social networks'],
    ['Sign out on all devices', 'logOutEverywhere', 'Sign out on all devices'],
    ['Password recovery', 'passwordRecovery', 'Password recovery'],
    ['Create Bitrix24', 'createPortal', 'Create Bitrix24'],
  ] as const)('the account menu’s “%s” opens that Network page in the content area', async (item, page, title) => {
    const { bridge, user } = renderBitrix24();
    await within(await findNav()).findByRole('button', { name: /Acme/ });

    await chooseFromMenu(user, 'Account', item);

    expect(await within(main()).findByRole('heading', { level: 1, name: `Bitrix24.Network — ${title}` })).toBeTruthy();
    expect(openedPages(bridge)).toEqual([page]);
    expect(networkFrame().hidden).toBe(false);
    expect(networkFrame().getAttribute('src')).toBe(`/network-frame/${page}`);
  });

  it('says why the Network’s page did not open, and tries again on request', async () => {
    let attempts = 0;
    const bridge = new FakeBridge();
    const { user } = renderBitrix24(
      bridge.respond('network.open', ({ page }) =>
        ++attempts === 1 ? failure('internal') : ok({ portalId: NETWORK_VIEW_ID, frameUrl: `/network-frame/${page}`, reused: false }),
      ),
    );
    await within(await findNav()).findByRole('button', { name: /Acme/ });

    await chooseFromMenu(user, 'Account', 'Profile');

    const alert = await within(main()).findByRole('alert');
    expect(alert.textContent).toContain('Could not open Bitrix24.Network. Something went wrong in the app.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect((await screen.findByTitle<HTMLIFrameElement>('Bitrix24.Network')).hidden).toBe(false);
    expect(within(main()).queryByRole('alert')).toBeNull();
    expect(openedPages(bridge)).toEqual(['profile', 'profile']);
  });

  it('closes the Network’s page back to the portal last shown, or to the welcome', async () => {
    const { bridge, user } = renderBitrix24();
    await within(await findNav()).findByRole('button', { name: /Acme/ });
    await chooseFromMenu(user, 'Account', 'Profile');
    await within(main()).findByRole('heading', { level: 1, name: 'Bitrix24.Network — Profile' });

    expect(document.activeElement).toBe(within(main()).getByRole('heading', { level: 1, name: 'Bitrix24.Network — Profile' }));

    await user.click(within(main()).getByRole('button', { name: 'Close' }));

    expect(await within(main()).findByRole('heading', { level: 1, name: 'Your Bitrix24, in this app' })).toBeTruthy();
    expect(document.activeElement).toBe(within(main()).getByRole('heading', { level: 1, name: 'Your Bitrix24, in this app' }));
    expect(networkFrame().hidden).toBe(true);

    await user.click(row('Acme'));
    expect((await screen.findByTitle<HTMLIFrameElement>('Acme')).hidden).toBe(false);
    await chooseFromMenu(user, 'Account', 'Change password');
    await within(main()).findByRole('heading', { level: 1, name: 'Bitrix24.Network — Change password' });
    expect(screen.getByTitle<HTMLIFrameElement>('Acme').hidden).toBe(true);

    await user.click(within(main()).getByRole('button', { name: 'Close' }));

    expect(await within(main()).findByRole('heading', { level: 1, name: 'Acme' })).toBeTruthy();
    expect(document.activeElement).toBe(within(main()).getByRole('heading', { level: 1, name: 'Acme' }));
    expect(screen.getByTitle<HTMLIFrameElement>('Acme').hidden).toBe(false);
    // Main is asked to show the portal's view again (it is live: no new sign-in).
    expect(bridge.callsTo('portals.open').map((call) => call.request)).toEqual([
      { portalId: 'https://acme.bitrix24.com' },
      { portalId: 'https://acme.bitrix24.com' },
    ]);
  });

  it('asks before signing out of everything, and signs out only after yes', async () => {
    const { bridge, user } = renderBitrix24();
    await within(await findNav()).findByRole('button', { name: /Acme/ });

    await chooseFromMenu(user, 'Account', 'Sign out');

    const dialog = screen.getByRole('alertdialog', { name: 'Sign out?' });
    expect(dialog.textContent).toContain('Sign out of every portal and Bitrix24.Network on this device?');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(bridge.callsTo('profiles.signOut')).toHaveLength(0);

    await chooseFromMenu(user, 'Account', 'Sign out');
    await user.click(within(screen.getByRole('alertdialog', { name: 'Sign out?' })).getByRole('button', { name: 'Sign out' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(bridge.callsTo('profiles.signOut')).toHaveLength(1);
  });

  it('shows each portal’s unread count and the total, and clears them when the counts go', async () => {
    const { bridge } = renderBitrix24();
    await within(await findNav()).findByRole('button', { name: /Acme/ });
    expect(screen.queryByText(/unread/)).toBeNull();

    act(() => bridge.emit('portals.unread', { counts: { 'https://acme.bitrix24.com': 3, 'https://globex.bitrix24.de': 2 }, total: 5 }));

    expect(row(/Acme.*3 unread/)).toBeTruthy();
    expect(within(row('Acme')).getByText('3')).toBeTruthy();
    expect(row(/Globex.*2 unread/)).toBeTruthy();
    expect(within(header()).getByText('5 unread')).toBeTruthy();

    act(() => bridge.emit('portals.unread', { counts: { 'https://globex.bitrix24.de': 1 }, total: 1 }));

    expect(row('Acme').textContent).not.toContain('unread');
    expect(row(/Globex.*1 unread/)).toBeTruthy();
    expect(within(header()).getByText('1 unread')).toBeTruthy();

    act(() => bridge.emit('portals.unread', { counts: {}, total: 0 }));

    expect(screen.queryByText(/unread/)).toBeNull();
  });

  it('shows a portal main activates (opened from the Network’s page), listing it if it was not', async () => {
    const { bridge } = renderBitrix24();
    await within(await findNav()).findByRole('button', { name: /Acme/ });
    const initech = webPortal('initech.bitrix24.com', 'Initech');

    act(() => bridge.emit('portals.activate', { portal: initech }));

    expect(await within(main()).findByRole('heading', { level: 1, name: 'Initech' })).toBeTruthy();
    expect(row('Initech').getAttribute('aria-current')).toBe('true');
    expect(bridge.callsTo('portals.open').map((call) => call.request)).toEqual([{ portalId: initech.id }]);
  });

  it('comes back from the server settings to show a portal main activates (the Network’s page opened it)', async () => {
    const { bridge, user } = renderBitrix24();
    await within(await findNav()).findByRole('button', { name: /Acme/ });
    await chooseFromMenu(user, 'Account', 'Server settings');
    await screen.findByRole('heading', { level: 1, name: 'Server' });

    act(() => bridge.emit('portals.activate', { portal: webPortal('globex.bitrix24.de', 'Globex') }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Globex' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 1, name: 'Server' })).toBeNull();
  });

  it('replaces the list with the one main sends when it changed the list itself', async () => {
    const { bridge } = renderBitrix24();
    await within(await findNav()).findByRole('button', { name: /Acme/ });

    act(() =>
      bridge.emit('portals.listChanged', {
        loadId: 7,
        items: [webPortal('initech.bitrix24.com', 'Initech')],
        total: 1,
        complete: true,
        offline: false,
        prefs: { hiddenIds: [], lastOpenedAt: {}, lastActiveId: null },
      }),
    );

    expect(row('Initech')).toBeTruthy();
    expect(within(nav()).queryByRole('button', { name: /Acme/ })).toBeNull();
  });

  it('does not ask again for the linked-portals notice when the backend cannot tell (main changes the list often)', async () => {
    const notice = deferred<Result<LinkedPortalsNotice>>();
    const bridge = new FakeBridge().respond('portals.linkedNotice', () => notice.promise);
    renderBitrix24(bridge);
    await within(await findNav()).findByRole('button', { name: /Acme/ });
    expect(bridge.callsTo('portals.linkedNotice')).toHaveLength(1);
    await act(async () => notice.resolve(failure('unsupported')));

    act(() => bridge.emit('portals.listChanged', snapshot([webPortal('initech.bitrix24.com', 'Initech')], { loadId: 9 })));

    expect(row('Initech')).toBeTruthy();
    expect(bridge.callsTo('portals.linkedNotice')).toHaveLength(1);
  });
});

describe('Bitrix24 mode in Russian', () => {
  it('fetches the mode’s Russian strings when the language changes', async () => {
    const { bridge, user } = renderBitrix24();
    await within(await findNav()).findByRole('button', { name: /Acme/ });
    act(() => bridge.emit('portals.unread', { counts: { 'https://acme.bitrix24.com': 5 }, total: 5 }));

    await chooseFromMenu(user, 'Account', 'Settings…');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Language of the app' }), 'ru');
    await user.click(await screen.findByRole('button', { name: 'К порталам' }));

    expect(await within(main()).findByRole('heading', { level: 1, name: 'Ваш Битрикс24 в приложении' })).toBeTruthy();
    expect(within(header()).getByRole('button', { name: 'Аккаунт' })).toBeTruthy();
    expect(within(header()).getByText('5 непрочитанных')).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Порталы' })).getByRole('button', { name: 'Добавить портал' })).toBeTruthy();
  });
});

describe('Bitrix24 mode: the profile switcher', () => {
  it('adds another Bitrix ID, shows its own (empty) list, and switches back to the first', async () => {
    const { bridge, user } = renderBitrix24();
    await within(await findNav()).findByRole('button', { name: /Acme/ });

    await user.click(screen.getByRole('button', { name: 'Bitrix24' }));
    expect(screen.getByRole('menuitemradio', { name: 'Bitrix24' }).getAttribute('aria-checked')).toBe('true');
    await user.click(screen.getByRole('menuitem', { name: 'Add another Bitrix ID' }));
    const dialog = screen.getByRole('dialog', { name: 'Add another Bitrix ID' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name (optional)' }), 'Work{Enter}');

    expect(await screen.findByRole('button', { name: 'Work' })).toBeTruthy();
    expect(bridge.callsTo('profiles.add').map((call) => call.request)).toEqual([{ name: 'Work' }]);
    expect(await within(nav()).findByText('No portals yet. Add one by its address, or open one from Bitrix24.Network.')).toBeTruthy();
    expect(within(nav()).queryByRole('button', { name: /Acme/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Work' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'Bitrix24' }));

    expect(await within(await findNav()).findByRole('button', { name: /Acme/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Bitrix24' })).toBeTruthy();
    expect(bridge.callsTo('profiles.switch').map((call) => call.request)).toEqual([{ id: firstProfile.id }]);
  });

  it('adds a profile without a name: main names it', async () => {
    const { bridge, user } = renderBitrix24();
    await within(await findNav()).findByRole('button', { name: /Acme/ });

    await chooseFromMenu(user, 'Bitrix24', 'Add another Bitrix ID');
    await user.click(screen.getByRole('button', { name: 'Add' }));

    // The new profile's own list, empty.
    expect(await within(nav()).findByText('No portals yet. Add one by its address, or open one from Bitrix24.Network.')).toBeTruthy();
    expect(bridge.callsTo('profiles.add').map((call) => call.request)).toEqual([{}]);
  });

  it('counts a name in characters as the person sees them, as main does: 64 emoji pass, 65 characters do not', async () => {
    const { bridge, user } = renderBitrix24();
    await within(await findNav()).findByRole('button', { name: /Acme/ });
    const emoji = '\u{1F600}'.repeat(64);

    await chooseFromMenu(user, 'Bitrix24', 'Add another Bitrix ID');
    const field = within(screen.getByRole('dialog', { name: 'Add another Bitrix ID' })).getByRole('textbox', { name: 'Name (optional)' });
    await user.type(field, 'x'.repeat(65));
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('Use at most 64 characters.')).toBeTruthy();
    expect(bridge.callsTo('profiles.add')).toEqual([]);

    await user.clear(field);
    fireEvent.change(field, { target: { value: emoji } });
    await user.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(bridge.callsTo('profiles.add').map((call) => call.request)).toEqual([{ name: emoji }]));
  });

  it('says why a switch failed, until dismissed, and stays on the profile shown', async () => {
    const bridge = new FakeBridge().respond('profiles.switch', () => failure('internal'));
    bridge.webProfiles = { profiles: [firstProfile, { id: 'c'.repeat(32), name: 'Work' }], activeId: firstProfile.id };
    const { user } = renderBitrix24(bridge);
    await within(await findNav()).findByRole('button', { name: /Acme/ });

    await user.click(screen.getByRole('button', { name: 'Bitrix24' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'Work' }));

    const alert = await within(header()).findByRole('alert');
    expect(alert.textContent).toContain('Could not switch profiles. Something went wrong in the app.');
    expect(screen.getByRole('button', { name: 'Bitrix24' })).toBeTruthy();
    expect(row('Acme')).toBeTruthy();

    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(within(header()).queryByRole('alert')).toBeNull();
  });

  it('renames the active profile', async () => {
    const { bridge, user } = renderBitrix24();
    await within(await findNav()).findByRole('button', { name: /Acme/ });

    await chooseFromMenu(user, 'Bitrix24', 'Rename profile…');
    const field = within(screen.getByRole('dialog', { name: 'Rename profile' })).getByRole<HTMLInputElement>('textbox', { name: 'Name' });
    expect(field.value).toBe('Bitrix24');
    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('dialog', { name: 'Rename profile' }).textContent).toContain('Enter a name.');
    await user.type(field, 'Home{Enter}');

    expect(await screen.findByRole('button', { name: 'Home' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(bridge.callsTo('profiles.rename').map((call) => call.request)).toEqual([{ id: firstProfile.id, name: 'Home' }]);
  });

  it('removes a profile only after a confirmation that says what is deleted on this device', async () => {
    const bridge = new FakeBridge();
    bridge.webProfiles = { profiles: [firstProfile, { id: 'c'.repeat(32), name: 'Work' }], activeId: firstProfile.id };
    const { user } = renderBitrix24(bridge);
    await within(await findNav()).findByRole('button', { name: /Acme/ });

    await chooseFromMenu(user, 'Bitrix24', 'Remove profile…');
    const dialog = screen.getByRole('alertdialog', { name: 'Remove the profile Bitrix24?' });
    expect(dialog.textContent).toContain('This deletes the sign-ins of Bitrix24 (Bitrix24.Network and every portal) and its list of portals on this device.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(bridge.callsTo('profiles.remove')).toHaveLength(0);

    await chooseFromMenu(user, 'Bitrix24', 'Remove profile…');
    await user.click(screen.getByRole('button', { name: 'Remove profile' }));

    expect(await screen.findByRole('button', { name: 'Work' })).toBeTruthy();
    expect(bridge.callsTo('profiles.remove').map((call) => call.request)).toEqual([{ id: firstProfile.id }]);
  });

  it('says why the only profile cannot be removed, inside the confirmation', async () => {
    const { user } = renderBitrix24();
    await within(await findNav()).findByRole('button', { name: /Acme/ });

    await chooseFromMenu(user, 'Bitrix24', 'Remove profile…');
    await user.click(screen.getByRole('button', { name: 'Remove profile' }));

    const alert = await within(screen.getByRole('alertdialog')).findByRole('alert');
    expect(alert.textContent).toBe('Could not change the profiles. This is the only profile, so it cannot be removed. Sign out instead.');
  });
});
