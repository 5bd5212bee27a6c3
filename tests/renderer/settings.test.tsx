import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DesktopSettings } from '../../src-preload/contract.ts';
import { deferred, failure, FakeBridge, type Handler } from './fake-bridge.ts';
import { chooseFromAccountMenu, findSignInHeading, renderApp, renderSignedIn } from './render-app.tsx';

type User = ReturnType<typeof renderApp>['user'];

/** Main on a desktop with a tray and login items (Electron's). */
function desktopMain(): FakeBridge {
  const bridge = new FakeBridge();
  bridge.settings = { ...bridge.settings, closeToTray: true, capabilities: { tray: true, startAtLogin: true } };
  return bridge;
}

async function openSettings(user: User) {
  await chooseFromAccountMenu(user, 'Settings…');
  return screen.findByRole('heading', { level: 1, name: 'Settings' });
}

const section = (name: string) => screen.getByRole('region', { name });
const sectionNames = () =>
  within(screen.getByRole('region', { name: 'Settings' }))
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent);

/** Holds main's answer to `settings.update` until the test lets it go. */
function holdUpdates(bridge: FakeBridge) {
  const answer = deferred<null>();
  const applyAsMain = bridge.handlerOf('settings.update');
  const held: Handler<'settings.update'> = async (change) => {
    await answer.promise;
    return applyAsMain(change);
  };
  bridge.respond('settings.update', held);
  return answer;
}

describe('the Settings screen', () => {
  it('has its sections in order, and the window’s only where this runtime has a tray or login items', async () => {
    const { user } = renderSignedIn();
    await openSettings(user);

    expect(sectionNames()).toEqual(['Language', 'Appearance', 'Portals', 'Server', 'Proxy']);
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('shows the window’s settings the desktop has, and changes them at once', async () => {
    const bridge = desktopMain();
    const { user } = renderSignedIn(bridge);
    await openSettings(user);
    expect(sectionNames()).toEqual(['Language', 'Appearance', 'Window', 'Portals', 'Server', 'Proxy']);

    const tray = within(section('Window')).getByRole('checkbox', { name: 'Keep Bitrix ID running in the tray when its window is closed' });
    const login = within(section('Window')).getByRole('checkbox', { name: 'Start Bitrix ID when you sign in to the computer' });
    expect((tray as HTMLInputElement).checked).toBe(true);
    expect((login as HTMLInputElement).checked).toBe(false);

    await user.click(login);

    await waitFor(() => expect(bridge.settings.startAtLogin).toBe(true));
    expect((login as HTMLInputElement).checked).toBe(true);
    expect(bridge.callsTo('settings.update').map((call) => call.request)).toEqual([{ startAtLogin: true }]);
  });

  it('says it is applying while main applies a change, then shows what main applied', async () => {
    const bridge = new FakeBridge();
    const { user } = renderSignedIn(bridge);
    await openSettings(user);
    const answer = holdUpdates(bridge);

    await user.click(screen.getByRole('radio', { name: 'Dark' }));

    const themes = screen.getByRole('group', { name: 'Theme' });
    expect(themes.getAttribute('aria-busy')).toBe('true');
    expect(within(themes).getByText('Applying…')).toBeTruthy();
    expect(document.documentElement.dataset.theme).not.toBe('dark');

    await act(async () => answer.resolve(null));

    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(themes.getAttribute('aria-busy')).toBe('false');
    expect(within(themes).queryByText('Applying…')).toBeNull();
    expect((screen.getByRole('radio', { name: 'Dark' }) as HTMLInputElement).checked).toBe(true);
  });

  it('marks the root light or dark as the theme says', async () => {
    const { user } = renderSignedIn();
    await openSettings(user);

    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    await user.click(screen.getByRole('radio', { name: 'Light' }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('light'));
    expect(localStorage.getItem('bitrix-id.theme')).toBe('light');
  });

  it('keeps the previous value and says why when main refuses a change', async () => {
    const bridge = desktopMain().respond('settings.update', () => failure('internal'));
    const { user } = renderSignedIn(bridge);
    await openSettings(user);
    const login = screen.getByRole('checkbox', { name: 'Start Bitrix ID when you sign in to the computer' }) as HTMLInputElement;

    await user.click(login);

    expect(await within(section('Window')).findByText('The system did not let Bitrix ID start at login, so nothing was changed.')).toBeTruthy();
    expect(login.checked).toBe(false);

    await user.click(screen.getByRole('radio', { name: 'Dark' }));

    expect(await within(section('Appearance')).findByText(/^This setting was not changed\. Something went wrong in the app\./)).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Same as the system' }) as HTMLInputElement).checked).toBe(true);
    expect(document.documentElement.dataset.theme).not.toBe('dark');
  });

  it('sets how many portals stay open when the number is done, and refuses one out of range without asking main', async () => {
    const bridge = new FakeBridge();
    const { user } = renderSignedIn(bridge);
    await openSettings(user);
    const field = within(section('Portals')).getByRole('spinbutton', { name: 'Portals kept open' }) as HTMLInputElement;
    expect(field.value).toBe('5');
    expect(within(section('Portals')).getByText(/Each one uses memory/)).toBeTruthy();

    await user.clear(field);
    await user.type(field, '12');
    // Typing "12" sends nothing on its way through "1".
    expect(bridge.callsTo('settings.update')).toEqual([]);
    await user.keyboard('{Enter}');

    await waitFor(() => expect(bridge.settings.maxLivePortalViews).toBe(12));
    expect(bridge.callsTo('settings.update').map((call) => call.request)).toEqual([{ maxLivePortalViews: 12 }]);

    await user.clear(field);
    await user.type(field, '51');
    fireEvent.blur(field);

    expect(await within(section('Portals')).findByText('Enter a whole number from 1 to 50.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(bridge.callsTo('settings.update')).toHaveLength(1);
    expect(bridge.settings.maxLivePortalViews).toBe(12);
  });

  it('names the server in use and opens the server screen, whose way back leads to Settings', async () => {
    const { user } = renderSignedIn();
    await openSettings(user);
    expect(within(section('Server')).getByText('Embedded mock backend')).toBeTruthy();

    await user.click(within(section('Server')).getByRole('button', { name: 'Change server…' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Server' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Back to settings' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
  });

  it('opens with Ctrl+, and goes back to the portals', async () => {
    const { user } = renderSignedIn();
    await screen.findByRole('heading', { name: 'Choose a portal' });

    await user.keyboard('{Control>},{/Control}');

    const heading = await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(document.activeElement).toBe(heading);
    await user.click(screen.getByRole('button', { name: 'Back to portals' }));
    expect(await screen.findByRole('heading', { name: 'Choose a portal' })).toBeTruthy();
  });

  it('follows a change main announces (from its tray or another window)', async () => {
    const bridge = new FakeBridge();
    const { user } = renderSignedIn(bridge);
    await openSettings(user);

    const changed: DesktopSettings = { ...bridge.settings, theme: 'dark', maxLivePortalViews: 3 };
    act(() => bridge.emit('settings.changed', changed));

    expect((screen.getByRole('radio', { name: 'Dark' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('spinbutton', { name: 'Portals kept open' }) as HTMLInputElement).value).toBe('3');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});

describe('Settings before signing in', () => {
  it('opens from the sign-in page: the language and the server, and back to sign in', async () => {
    const bridge = new FakeBridge();
    const { user } = renderApp(bridge);
    await findSignInHeading();

    await user.click(screen.getByRole('button', { name: 'Settings' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    // One language select on the page: the screen's own.
    expect(screen.getAllByRole('combobox')).toHaveLength(1);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language of the app' }), 'Русский');
    expect(await screen.findByRole('heading', { level: 1, name: 'Настройки' })).toBeTruthy();
    expect(bridge.settings.language).toBe('ru');

    await user.click(screen.getByRole('button', { name: 'Сменить сервер…' }));
    await user.click(await screen.findByRole('button', { name: 'К настройкам' }));
    await user.click(await screen.findByRole('button', { name: 'Ко входу' }));

    expect(await screen.findByRole('heading', { name: 'Вход в Bitrix ID' })).toBeTruthy();
  });

  it('opens with Ctrl+, from the sign-in page', async () => {
    const { user } = renderApp();
    await findSignInHeading();

    await user.keyboard('{Control>},{/Control}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
  });
});

describe('Settings in Bitrix24 mode', () => {
  it('opens from the account menu', async () => {
    const bridge = new FakeBridge();
    const { user } = renderApp(bridge.bitrix24Mode());
    await user.click(await screen.findByRole('button', { name: 'Account' }));
    await user.click(screen.getByRole('menuitem', { name: 'Settings…' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    expect(within(section('Server')).getByText('Bitrix24 account: https://www.bitrix24.net/')).toBeTruthy();
  });
});
