import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LinkedPortalsNotice } from '../../src-preload/contract.ts';
import { usePortalsStore } from '../../src-renderer/src/stores/portal-list-store.ts';
import { i18n, initI18n } from '../../src-renderer/src/i18n/i18n.ts';
import { alice, FakeBridge, ok } from './fake-bridge.ts';
import { renderApp, renderSignedIn } from './render-app.tsx';

const aliceOld = { id: 'p-old', title: 'Alice (old)', domain: 'alice-old.bitrix24.ru' };
const aliceShop = { id: 'p-shop', title: 'Alice Shop', domain: 'alice-shop.bitrix24.de' };
/** The notice is a status (polite, not modal), among the others the window may show. */
function noticeStatus(): HTMLElement {
  const notice = screen.getAllByRole('status').find((status) => status.textContent?.startsWith('We found'));
  if (!notice) throw new Error('No status says "We found …"');
  return notice;
}
const linking = (newlyLinked: LinkedPortalsNotice['newlyLinked']) => new FakeBridge().respond('portals.linkedNotice', () => ok({ newlyLinked }));

describe('accounts linked by e-mail', () => {
  it('says which account was linked, once, without standing in the way', async () => {
    const { bridge, user } = renderSignedIn(linking([aliceOld]));

    await screen.findByText(/^We found/);
    const notice = noticeStatus();
    expect(notice.textContent).toBe(
      'We found 1 more Bitrix24 account registered with alice@example.com: alice-old.bitrix24.ru. It is now linked to your Bitrix ID.Dismiss',
    );
    // Not modal: the portals can be used at once.
    await user.click(within(screen.getByRole('navigation', { name: 'Portals' })).getByRole('button', { name: /Globex/ }));
    expect(await screen.findByTitle('Globex')).toBeTruthy();

    // Another load of the list does not ask again.
    await act(async () => usePortalsStore.getState().reload());
    expect(bridge.callsTo('portals.linkedNotice')).toHaveLength(1);

    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/^We found/)).toBeNull();
  });

  it('counts several, with the phone when the account has no e-mail', async () => {
    const bridge = linking([aliceOld, aliceShop]).respond('session.get', () =>
      ok({ status: 'signed_in', user: { ...alice, email: null, phone: '+15550100001' }, persistence: 'keychain' }),
    );
    renderApp(bridge);

    expect((await screen.findByText(/^We found/)).textContent).toBe(
      'We found 2 more Bitrix24 accounts registered with +15550100001: alice-old.bitrix24.ru, alice-shop.bitrix24.de. They are now linked to your Bitrix ID.',
    );
  });

  it('says nothing when nothing was linked', async () => {
    const { bridge } = renderSignedIn();
    await within(await screen.findByRole('navigation', { name: 'Portals' })).findByRole('button', { name: /Globex/ });
    await act(async () => undefined);

    expect(bridge.callsTo('portals.linkedNotice')).toHaveLength(1);
    expect(screen.queryByText(/^We found/)).toBeNull();
  });

  it('speaks Russian with its plural forms', async () => {
    localStorage.setItem('bitrix-id.language', 'ru');
    await act(async () => initI18n());
    expect(i18n.language).toBe('ru');
    renderSignedIn(linking([aliceOld, aliceShop]));

    expect((await screen.findByText(/^Мы нашли/)).textContent).toBe(
      'Мы нашли ещё 2 учётные записи Битрикс24, зарегистрированные на alice@example.com: alice-old.bitrix24.ru, alice-shop.bitrix24.de. Теперь они привязаны к вашему Bitrix ID.',
    );
  });
});
