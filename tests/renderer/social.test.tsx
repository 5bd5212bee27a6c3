import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aliceProfile, appInfoFor, failure, FakeBridge, ok } from './fake-bridge.ts';
import { findSignInHeading, openProfile, renderApp, renderSignedIn } from './render-app.tsx';

type User = ReturnType<typeof renderApp>['user'];

const loginField = () => screen.getByLabelText<HTMLInputElement>('Email or phone');
const passwordField = () => screen.getByLabelText<HTMLInputElement>('Password');
const socialGroup = () => screen.findByRole('group', { name: 'Or sign in with' });
const waitRegion = () => screen.getByRole('region', { name: 'Continue in your browser' });

/** A fake main whose social sign-in and connect wait for the "browser" until the test finishes them. */
const holding = () => {
  const bridge = new FakeBridge();
  bridge.holdBrowser = true;
  return bridge;
};

describe('signing in with a social service', () => {
  it('offers a button per service the server lists, in its order, each named for it', async () => {
    const bridge = new FakeBridge().respond('social.providers', () => ({
      ok: true,
      value: [
        { id: 'google', name: 'Google' },
        { id: 'apple', name: 'Apple' },
        { id: 'okta', name: 'Okta' },
      ],
    }));
    renderApp(bridge);
    await findSignInHeading();

    const group = await socialGroup();
    const buttons = within(group).getAllByRole('button');
    // Found by their accessible names, in the server's order.
    expect(buttons).toEqual(
      ['Sign in with Google', 'Sign in with Apple', 'Sign in with Okta'].map((name) => within(group).getByRole('button', { name })),
    );
    // The marks are decoration; a service the app has no mark for gets a generic one, never nothing.
    for (const button of buttons) {
      const icon = button.querySelector('svg');
      expect(icon?.getAttribute('aria-hidden')).toBe('true');
      expect(icon?.childElementCount).toBeGreaterThan(0);
    }
    expect(within(buttons[2] as HTMLElement).getByText('O')).toBeTruthy();
  });

  it('lists the seven services of the default server', async () => {
    renderApp();
    await findSignInHeading();

    const names = within(await socialGroup())
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(names).toEqual(['Google', 'Apple', 'Microsoft', 'Facebook', 'Yandex', 'VK', 'Zoom'].map((name) => `Sign in with ${name}`));
  });

  it('leaves the row out, with no error, when the list cannot be loaded', async () => {
    const bridge = new FakeBridge().respond('social.providers', () => failure('network'));
    renderApp(bridge);
    await findSignInHeading();
    await act(async () => {
      await Promise.resolve();
    });

    expect(bridge.callsTo('social.providers')).toHaveLength(1);
    expect(screen.queryByRole('group', { name: 'Or sign in with' })).toBeNull();
    // No service's button; the QR sign-in, which needs no list, is still offered.
    expect(screen.queryAllByRole('button', { name: /Sign in with/ }).map((button) => button.textContent)).toEqual([
      'Sign in with QR code',
    ]);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });

  it('waits for the browser in place of the form, then opens the shell', async () => {
    const bridge = holding();
    const { user } = renderApp(bridge);
    await findSignInHeading();

    await user.click(within(await socialGroup()).getByRole('button', { name: 'Sign in with Google' }));

    const wait = waitRegion();
    expect(within(wait).getByRole('heading', { name: 'Continue in your browser' })).toBeTruthy();
    expect(within(wait).getByText('We opened Google in your web browser. Finish signing in there, then come back.')).toBeTruthy();
    expect(within(wait).getByRole('progressbar', { name: 'Waiting for Google…' })).toBeTruthy();
    const cancel = within(wait).getByRole('button', { name: 'Cancel' });
    expect(document.activeElement).toBe(cancel);
    // The form and the other services are out of the way while the browser is open.
    expect(screen.queryByRole('form', { name: 'Sign in to Bitrix ID' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Sign in with/ })).toBeNull();
    expect(bridge.callsTo('social.signIn').map((call) => call.request)).toEqual([{ provider: 'google' }]);

    await act(async () => bridge.finishBrowser());

    expect(await screen.findByRole('button', { name: 'Alice Demo' })).toBeTruthy();
    expect(await screen.findByRole('navigation', { name: 'Portals' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Sign in to Bitrix ID' })).toBeNull();
  });

  it('cancels from the keyboard: back to the form as typed, no error, the focus on the service', async () => {
    const bridge = holding();
    const { user } = renderApp(bridge);
    await findSignInHeading();
    await socialGroup();
    await user.type(loginField(), 'alice@example.com');
    await user.type(passwordField(), 'half-typed');

    // Password -> show password -> Sign in -> Forgot your password? -> the first service.
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Sign in with Google' }));
    await user.keyboard('{Enter}');

    expect(document.activeElement).toBe(within(waitRegion()).getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Enter}');

    expect(await findSignInHeading()).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Continue in your browser' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(bridge.callsTo('social.cancel')).toHaveLength(1);
    expect(bridge.browserWaiting).toBe(false);
    expect(loginField().value).toBe('alice@example.com');
    expect(passwordField().value).toBe('half-typed');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Sign in with Google' }));
  });

  it('says plainly that the service account is linked to no Bitrix ID, and offers no new account', async () => {
    // Alice has only Google connected: her Apple account is linked to nobody.
    const bridge = holding();
    const { user } = renderApp(bridge);
    await findSignInHeading();
    await user.type(loginField(), 'alice@example.com');
    await user.click(within(await socialGroup()).getByRole('button', { name: 'Sign in with Apple' }));

    await act(async () => bridge.finishBrowser());

    expect((await screen.findByRole('alert')).textContent).toBe(
      'This Apple account is not linked to any Bitrix ID. Sign in with your password, then connect Apple in your profile.',
    );
    expect(screen.queryByRole('button', { name: /create|register|sign up/i })).toBeNull();
    expect(screen.queryByText(/main says/)).toBeNull();
    expect(loginField().value).toBe('alice@example.com');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Sign in with Apple' }));
  });

  it('says the sign-in page was not completed in time', async () => {
    const bridge = new FakeBridge().respond('social.signIn', () => failure('timeout'));
    const { user } = renderApp(bridge);
    await findSignInHeading();

    await user.click(within(await socialGroup()).getByRole('button', { name: 'Sign in with Google' }));

    expect((await screen.findByRole('alert')).textContent).toBe('The sign-in page was not completed in time. Try again.');
  });

  it('asks the new server for its services when the backend changes', async () => {
    const { bridge } = renderApp();
    await findSignInHeading();
    const group = await socialGroup();
    expect(within(group).getAllByRole('button')).toHaveLength(7);

    bridge.respond('social.providers', () => ok([{ id: 'yandex', name: 'Yandex' }]));
    act(() => bridge.emit('app.changed', appInfoFor('https://id.example.com')));

    expect(await screen.findByRole('button', { name: 'Sign in with Yandex' })).toBeTruthy();
    expect(within(await socialGroup()).getAllByRole('button')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Sign in with Google' })).toBeNull();
  });

  it('speaks Russian too', async () => {
    const bridge = new FakeBridge();
    const { user } = renderApp(bridge);
    await findSignInHeading();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Русский');

    const group = await screen.findByRole('group', { name: 'Или войдите через' });
    await user.click(within(group).getByRole('button', { name: 'Войти через Apple' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Эта учётная запись Apple не привязана ни к одному Bitrix ID. Войдите с паролем, а затем подключите Apple в профиле.',
    );
  });

  it('explains a network failure as the password form does, and a password attempt clears it', async () => {
    const bridge = new FakeBridge()
      .respond('social.signIn', () => failure('network'))
      .respond('session.signIn', () => failure('invalid_credentials'));
    const { user } = renderApp(bridge);
    await findSignInHeading();

    await user.click(within(await socialGroup()).getByRole('button', { name: 'Sign in with Yandex' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not connect to Bitrix ID');
    expect(alert.textContent).toContain('Nothing was changed');

    await user.type(loginField(), 'alice@example.com');
    await user.type(passwordField(), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Wrong login or password.')).toBeTruthy();
    expect(screen.getAllByRole('alert').map((element) => element.textContent)).toEqual(['Wrong login or password.']);
  });
});

/** Opens the profile; resolves to the social section once the server's services are listed. */
async function openSocial(user: User) {
  await openProfile(user);
  const section = await screen.findByRole('region', { name: 'Social networks' });
  await within(section).findByRole('button', { name: 'Connect Zoom' });
  return section;
}

/** Each row as the person reads it: the service, its account (or "Not connected"), its one button. */
const listed = (section: HTMLElement) =>
  within(within(section).getByRole('list', { name: 'Social services' }))
    .queryAllByRole('listitem')
    .map((item) => item.textContent);

describe('social networks in the profile', () => {
  it('lists every service once, with one button: Disconnect for the connected, Connect for the rest', async () => {
    const { user } = renderSignedIn();

    const section = await openSocial(user);

    expect(listed(section)).toEqual([
      'Google alice.demo@gmail.com Disconnect',
      'Apple Not connected Connect',
      'Microsoft Not connected Connect',
      'Facebook Not connected Connect',
      'Yandex Not connected Connect',
      'VK Not connected Connect',
      'Zoom Not connected Connect',
    ]);
    expect(within(section).queryByRole('switch')).toBeNull();
  });

  it('connects Apple from the keyboard: waits for the browser in the section, then shows it connected', async () => {
    const bridge = holding();
    const { user } = renderSignedIn(bridge);
    const section = await openSocial(user);
    const apple = within(section).getByRole('button', { name: 'Connect Apple' });

    act(() => apple.focus());
    await user.keyboard(' ');

    const wait = within(section).getByRole('region', { name: 'Continue in your browser' });
    expect(within(wait).getByText('We opened Apple in your web browser. Finish signing in there, then come back.')).toBeTruthy();
    expect(within(wait).getByRole('progressbar')).toBeTruthy();
    expect(document.activeElement).toBe(within(wait).getByRole('button', { name: 'Cancel' }));
    // One browser round trip at a time: everything else waits.
    for (const name of ['Connect Apple', 'Connect Zoom', 'Disconnect Google']) {
      expect(within(section).getByRole<HTMLButtonElement>('button', { name }).disabled).toBe(true);
    }
    expect(bridge.callsTo('social.connect').map((call) => call.request)).toEqual([{ provider: 'apple' }]);

    await act(async () => bridge.finishBrowser());

    expect(await within(section).findByRole('status')).toBeTruthy();
    expect(within(section).getByRole('status').textContent).toBe('Apple is now connected.');
    expect(listed(section).slice(0, 2)).toEqual(['Google alice.demo@gmail.com Disconnect', 'Apple Alice Demo (alice@icloud.com) Disconnect']);
    expect(within(section).queryByRole('region', { name: 'Continue in your browser' })).toBeNull();
    const disconnectApple = within(section).getByRole('button', { name: 'Disconnect Apple' });
    expect(disconnectApple).toHaveProperty('disabled', false);
    expect(document.activeElement).toBe(disconnectApple);
  });

  it('cancels a connect: social.cancel, Zoom stays not connected, nothing to explain', async () => {
    const bridge = holding();
    const { user } = renderSignedIn(bridge);
    const section = await openSocial(user);
    await user.click(within(section).getByRole('button', { name: 'Connect Zoom' }));

    await user.click(within(section).getByRole('button', { name: 'Cancel' }));

    await act(async () => {
      await Promise.resolve();
    });
    expect(within(section).queryByRole('region', { name: 'Continue in your browser' })).toBeNull();
    expect(bridge.callsTo('social.cancel')).toHaveLength(1);
    expect(within(section).queryByRole('alert')).toBeNull();
    expect(within(section).queryByRole('status')).toBeNull();
    expect(listed(section).at(-1)).toBe('Zoom Not connected Connect');
    expect(document.activeElement).toBe(within(section).getByRole('button', { name: 'Connect Zoom' }));
  });

  it('stops waiting for the browser when the session ends meanwhile', async () => {
    const bridge = holding();
    const { user } = renderSignedIn(bridge);
    const section = await openSocial(user);
    await user.click(within(section).getByRole('button', { name: 'Connect Apple' }));
    expect(bridge.browserWaiting).toBe(true);

    act(() => bridge.emit('session.changed', { status: 'signed_out', reason: 'revoked' }));

    expect(await findSignInHeading()).toBeTruthy();
    expect(bridge.callsTo('social.cancel')).toHaveLength(1);
    expect(bridge.browserWaiting).toBe(false);
    expect(screen.queryByRole('region', { name: 'Continue in your browser' })).toBeNull();
  });

  it('says the service account already belongs to another Bitrix ID', async () => {
    const bridge = new FakeBridge().respond('social.connect', () => failure('social_taken'));
    const { user } = renderSignedIn(bridge);
    const section = await openSocial(user);

    await user.click(within(section).getByRole('button', { name: 'Connect Apple' }));

    expect((await within(section).findByRole('alert')).textContent).toBe(
      'This Apple account is already connected to another Bitrix ID.',
    );
    expect(listed(section).slice(0, 2)).toEqual(['Google alice.demo@gmail.com Disconnect', 'Apple Not connected Connect']);
  });

  it('disconnects a service with its Disconnect button, which becomes Connect and keeps the focus', async () => {
    const bridge = new FakeBridge();
    bridge.profile = {
      ...aliceProfile(),
      socialAccounts: [
        { provider: 'google', displayName: 'alice.demo@gmail.com' },
        { provider: 'vk', displayName: 'Alice Demo (alice@vk.com)' },
      ],
    };
    const { user } = renderSignedIn(bridge);
    const section = await openSocial(user);

    await user.click(within(section).getByRole('button', { name: 'Disconnect VK' }));

    expect((await within(section).findByRole('status')).textContent).toBe('VK was disconnected.');
    expect(listed(section)).toContain('VK Not connected Connect');
    expect(bridge.callsTo('social.disconnect').map((call) => call.request)).toEqual([{ provider: 'vk' }]);
    expect(document.activeElement).toBe(within(section).getByRole('button', { name: 'Connect VK' }));

    await user.click(within(section).getByRole('button', { name: 'Disconnect Google' }));
    expect(await within(section).findByRole('button', { name: 'Connect Google' })).toBeTruthy();
    expect(within(section).queryByRole('button', { name: /^Disconnect/ })).toBeNull();
  });

  it('explains why the only way to sign in cannot be disconnected', async () => {
    const bridge = new FakeBridge();
    bridge.profile = { ...bridge.profile, hasPassword: false };
    const { user } = renderSignedIn(bridge);
    const section = await openSocial(user);
    const disconnect = within(section).getByRole('button', { name: 'Disconnect Google' });

    act(() => disconnect.focus());
    await user.keyboard('{Enter}');

    expect((await within(section).findByRole('alert')).textContent).toBe(
      "You can’t disconnect Google: it is the only way to sign in to your Bitrix ID. Set a password or connect another service first.",
    );
    expect(listed(section)[0]).toBe('Google alice.demo@gmail.com Disconnect');
    expect(document.activeElement).toBe(disconnect);
  });
});
