import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failure, FakeBridge } from './fake-bridge.ts';
import { findSignInHeading, renderApp } from './render-app.tsx';

type User = ReturnType<typeof renderApp>['user'];

async function openServerFromFooter(user: User) {
  await findSignInHeading();
  await user.click(await screen.findByRole('button', { name: 'Server settings' }));
  return screen.findByRole('heading', { level: 1, name: 'Server' });
}

describe('server settings: Bitrix24 mode', () => {
  it('offers “Use my Bitrix24 account” with what it means, and switches to Bitrix24 mode', async () => {
    const { bridge, user } = renderApp();
    await openServerFromFooter(user);

    const choice = screen.getByRole('button', { name: 'Use my Bitrix24 account' });
    expect(choice.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(choice.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Signs in on Bitrix24’s own pages; no Bitrix ID API needed.',
    );

    await user.click(choice);

    expect(await screen.findByRole('button', { name: 'Bitrix24' })).toBeTruthy();
    expect(within(screen.getByRole('banner')).getByText('Bitrix24 · www.bitrix24.net')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Portals' })).toBeTruthy();
    expect(bridge.callsTo('server.useBitrix24')).toHaveLength(1);
  });

  it('says why the switch failed and stays', async () => {
    const bridge = new FakeBridge().respond('server.useBitrix24', () => failure('internal'));
    const { user } = renderApp(bridge);
    await openServerFromFooter(user);

    await user.click(screen.getByRole('button', { name: 'Use my Bitrix24 account' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Could not switch servers. Something went wrong in the app. Nothing was changed. Please try again.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Server' })).toBeTruthy();
  });

  it('in Bitrix24 mode, says the Bitrix24 account is in use and offers the other backends after a confirmation', async () => {
    const { bridge, user } = renderApp(new FakeBridge().bitrix24Mode());
    await user.click(await screen.findByRole('button', { name: 'Account' }));
    await user.click(screen.getByRole('menuitem', { name: 'Server settings' }));
    await screen.findByRole('heading', { level: 1, name: 'Server' });

    expect(screen.getByText('In use:').textContent).toBe('In use: Your Bitrix24 account (https://www.bitrix24.net/)');
    expect(screen.queryByRole('button', { name: 'Use my Bitrix24 account' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Use the embedded mock backend' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Switch servers?' })).getByRole('button', { name: 'Switch and sign out' }));

    await findSignInHeading();
    expect(bridge.callsTo('server.set').map((call) => call.request)).toEqual([{ url: null }]);
  });
});
