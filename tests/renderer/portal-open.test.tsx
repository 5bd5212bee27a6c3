import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { Portal, PortalView, Result } from '../../src-preload/contract.ts';
import { acmePortal, deferred, failure, FakeBridge, globexPortal, noPrefs, ok, portals, snapshot, type Deferred } from './fake-bridge.ts';
import { openProfile, renderSignedIn } from './render-app.tsx';

const findNav = () => screen.findByRole('navigation', { name: 'Portals' });
const nav = () => screen.getByRole('navigation', { name: 'Portals' });
const main = () => screen.getByRole('main');
const row = (title: string) => within(nav()).getByRole('button', { name: new RegExp(title) });
/** A portal's page: in the browser harness an iframe named after the portal. */
const frame = (title: string) => screen.getByTitle<HTMLIFrameElement>(title);
const openedIds = (bridge: FakeBridge) => bridge.callsTo('portals.open').map((call) => (call.request as { portalId: string }).portalId);

/** Where the content area is, as the layout would put it (jsdom lays nothing out). */
function placeContentArea(rect = { x: 300.4, y: 96.6, width: 979.6, height: 663.5 }) {
  const spy = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect(rect));
  onTestFinished(() => spy.mockRestore());
}
const layouts = (bridge: FakeBridge) => bridge.callsTo('portals.layout').map((call) => (call.request as { bounds: unknown }).bounds);
const placed = { x: 300, y: 97, width: 980, height: 664 };

describe('opening a portal', () => {
  it('is busy while main signs the portal in, then shows its page under its toolbar', async () => {
    const answer: Deferred<Result<PortalView>> = deferred();
    const bridge = new FakeBridge().respond('portals.open', () => answer.promise);
    const { user } = renderSignedIn(bridge);
    await within(await findNav()).findByRole('button', { name: /Globex/ });

    await user.click(row('Globex'));

    expect(main().getAttribute('aria-busy')).toBe('true');
    expect(within(main()).getByRole('status').textContent).toBe('Opening Globex…');
    expect(within(main()).getByRole('heading', { level: 1, name: 'Globex' })).toBeTruthy();
    expect(within(main()).getByText('globex.bitrix24.eu')).toBeTruthy();
    // Not signed in to it yet: the toolbar says so only once its page is live.
    expect(within(main()).queryByText('Signed in as alice.g@example.com')).toBeNull();

    await act(async () => answer.resolve(ok({ portalId: 'p-2', frameUrl: '/portal-frame/x', reused: false })));
    expect(within(main()).getByText('Signed in as alice.g@example.com')).toBeTruthy();

    expect(main().getAttribute('aria-busy')).toBe('false');
    expect(within(main()).queryByRole('status')).toBeNull();
    expect(frame('Globex').hidden).toBe(false);
    expect(frame('Globex').getAttribute('src')).toBe('/portal-frame/x');
    expect(within(main()).getByRole('button', { name: 'Sign out of this portal' })).toBeTruthy();
  });

  it('says why it failed and tries again on request', async () => {
    let attempts = 0;
    const bridge = new FakeBridge().respond('portals.open', ({ portalId }) =>
      ++attempts === 1 ? failure('network') : ok({ portalId, frameUrl: `/portal-frame/${portalId}`, reused: false }),
    );
    const { user } = renderSignedIn(bridge);
    await within(await findNav()).findByRole('button', { name: /Globex/ });

    await user.click(row('Globex'));

    const alert = await within(main()).findByRole('alert');
    expect(alert.textContent).toContain('Could not open Globex.');
    expect(alert.textContent).toContain('Could not connect to Bitrix ID.');
    expect(screen.queryByTitle('Globex')).toBeNull();

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect((await screen.findByTitle<HTMLIFrameElement>('Globex')).hidden).toBe(false);
    expect(within(main()).queryByRole('alert')).toBeNull();
    expect(openedIds(bridge)).toEqual(['p-2', 'p-2']);
  });

  it.each([
    ['deleted', 'This Bitrix24 was deleted.'],
    ['access_revoked', 'Your access to this Bitrix24 was revoked.'],
  ] as const)('says the portal is unavailable: %s', async (reason, sentence) => {
    const listed: Portal[] = [acmePortal, { ...globexPortal, status: reason }];
    const bridge = new FakeBridge()
      .respond('portals.list', () => ok(snapshot(listed)))
      .respond('portals.open', () => failure('portal_unavailable', { reason }));
    const { user } = renderSignedIn(bridge);
    await within(await findNav()).findByRole('button', { name: /Globex/ });

    await user.click(row('Globex'));

    const alert = await within(main()).findByRole('alert');
    expect(alert.textContent).toBe(`${sentence} You can take it off the list with “Hide from list” above.`);
    // It will not open again: nothing to try again, nothing to sign out of; hiding it is what is left to do.
    expect(within(main()).queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(within(main()).queryByRole('button', { name: 'Sign out of this portal' })).toBeNull();
    await user.click(within(main()).getByRole('button', { name: 'Hide from list' }));
    expect(bridge.callsTo('portals.setHidden').map((call) => call.request)).toEqual([{ portalId: 'p-2', hidden: true }]);
  });

  it('opens by itself a portal that could not open for want of a connection, once the server is back', async () => {
    let attempts = 0;
    const bridge = new FakeBridge().respond('portals.open', ({ portalId }) =>
      ++attempts === 1 ? failure('network') : ok({ portalId, frameUrl: `/portal-frame/${portalId}`, reused: false }),
    );
    const { user } = renderSignedIn(bridge);
    await within(await findNav()).findByRole('button', { name: /Globex/ });
    await user.click(row('Globex'));
    expect((await within(main()).findByRole('alert')).textContent).toContain('Could not open Globex.');

    act(() => bridge.emit('backend.status', { reachable: false }));
    expect(openedIds(bridge)).toEqual(['p-2']);
    act(() => bridge.emit('backend.status', { reachable: true }));

    expect((await screen.findByTitle<HTMLIFrameElement>('Globex')).hidden).toBe(false);
    expect(within(main()).queryByRole('alert')).toBeNull();
    expect(openedIds(bridge)).toEqual(['p-2', 'p-2']);
  });

  it('says why a portal cannot be shown here, and offers it in the browser', async () => {
    const bridge = new FakeBridge().respond('portals.open', () => failure('frame_refused'));
    const { user } = renderSignedIn(bridge);
    await within(await findNav()).findByRole('button', { name: /Globex/ });
    await user.click(row('Globex'));

    expect(await within(main()).findByText(/^Globex cannot be shown here: the browser harness shows only/)).toBeTruthy();
    const link = within(main()).getByRole('link', { name: 'Open in browser' });
    expect(link.getAttribute('href')).toBe('https://globex.bitrix24.eu/');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(within(main()).queryByText(/Signed in as/)).toBeNull();
  });

  it('keeps every live page loaded and shows only the chosen one; going back to a live one asks main nothing more', async () => {
    const { bridge, user } = renderSignedIn();
    await within(await findNav()).findByRole('button', { name: /Acme Corp/ });
    await user.click(row('Acme Corp'));
    const acme = await screen.findByTitle<HTMLIFrameElement>('Acme Corp');
    await user.click(row('Globex'));
    const globex = await screen.findByTitle<HTMLIFrameElement>('Globex');
    expect(acme.hidden).toBe(true);
    expect(globex.hidden).toBe(false);
    const frameOrder = () => screen.getAllByTitle(/^(Acme Corp|Globex)$/).map((element) => element.title);
    expect(frameOrder()).toEqual(['Acme Corp', 'Globex']);

    // Main answers a live view at once, but the switch does not even wait for that.
    const answer: Deferred<Result<PortalView>> = deferred();
    bridge.respond('portals.open', () => answer.promise);
    const callsBefore = bridge.calls.length;
    await user.click(row('Acme Corp'));

    expect(frame('Acme Corp')).toBe(acme);
    expect(acme.hidden).toBe(false);
    expect(globex.hidden).toBe(true);
    expect(within(main()).queryByRole('status')).toBeNull();
    expect(bridge.calls.slice(callsBefore).map((call) => call.channel)).toEqual(['portals.open']);

    await act(async () => answer.resolve(ok({ portalId: 'p-1', frameUrl: '/portal-frame/p-1', reused: true })));
    expect(frame('Acme Corp')).toBe(acme);
    expect(frame('Globex')).toBe(globex);
    // Moving an iframe in the page would reload it: they keep their places whatever was used last.
    expect(frameOrder()).toEqual(['Acme Corp', 'Globex']);
  });

  it('drops the pages main closed (evicted), and opens them afresh next time', async () => {
    const { bridge, user } = renderSignedIn();
    await within(await findNav()).findByRole('button', { name: /Acme Corp/ });
    await user.click(row('Acme Corp'));
    await screen.findByTitle('Acme Corp');
    await user.click(row('Globex'));
    await screen.findByTitle('Globex');

    bridge.views = { live: [{ portalId: 'p-2', frameUrl: '/portal-frame/p-2', reused: false }], activeId: 'p-2' };
    act(() => bridge.emit('portals.views', structuredClone(bridge.views)));

    expect(screen.queryByTitle('Acme Corp')).toBeNull();
    const answer: Deferred<Result<PortalView>> = deferred();
    bridge.respond('portals.open', () => answer.promise);
    await user.click(row('Acme Corp'));
    expect(within(main()).getByRole('status').textContent).toBe('Opening Acme Corp…');
    await act(async () => answer.resolve(ok({ portalId: 'p-1', frameUrl: '/portal-frame/p-1-again', reused: false })));
    expect(frame('Acme Corp').getAttribute('src')).toBe('/portal-frame/p-1-again');
  });

  it('signs out of one portal: its page closes and it shows as not open, ready to open again', async () => {
    const { bridge, user } = renderSignedIn();
    await within(await findNav()).findByRole('button', { name: /Globex/ });
    await user.click(row('Globex'));
    await screen.findByTitle('Globex');

    await user.click(within(main()).getByRole('button', { name: 'Sign out of this portal' }));

    expect(await within(main()).findByText('Globex is not open.')).toBeTruthy();
    expect(bridge.callsTo('portals.signOut').map((call) => call.request)).toEqual([{ portalId: 'p-2' }]);
    expect(screen.queryByTitle('Globex')).toBeNull();
    expect(within(main()).queryByRole('button', { name: 'Sign out of this portal' })).toBeNull();

    await user.click(within(main()).getByRole('button', { name: 'Open' }));

    expect(await screen.findByTitle('Globex')).toBeTruthy();
    expect(openedIds(bridge)).toEqual(['p-2', 'p-2']);
  });

  it('says when signing out of a portal fails, and keeps it open', async () => {
    const bridge = new FakeBridge().respond('portals.signOut', () => failure('server'));
    const { user } = renderSignedIn(bridge);
    await within(await findNav()).findByRole('button', { name: /Globex/ });
    await user.click(row('Globex'));
    await screen.findByTitle('Globex');

    await user.click(within(main()).getByRole('button', { name: 'Sign out of this portal' }));

    expect((await within(main()).findByRole('alert')).textContent).toContain('Could not sign out of Globex.');
    expect(frame('Globex').hidden).toBe(false);
  });

  it('opens the portal that was open last, once the list has it', async () => {
    const prefs = { ...noPrefs(), lastActiveId: 'p-3' };
    const bridge = new FakeBridge().respond('portals.list', () =>
      ok(snapshot(portals.slice(0, 2), { loadId: 4, prefs, total: 3, complete: false })),
    );
    renderSignedIn(bridge);
    await within(await findNav()).findByRole('button', { name: /Acme Corp/ });
    expect(bridge.callsTo('portals.open')).toHaveLength(0);

    act(() => bridge.emit('portals.page', { loadId: 4, items: portals.slice(2), total: 3, complete: true }));

    expect(await screen.findByTitle('Partner Hub')).toBeTruthy();
    expect(openedIds(bridge)).toEqual(['p-3']);
  });

  it.each([
    ['no longer active', { lastActiveId: 'p-2' }, [acmePortal, { ...globexPortal, status: 'deleted' as const }]],
    ['hidden', { lastActiveId: 'p-2', hiddenIds: ['p-2'] }, portals],
    ['gone from the list', { lastActiveId: 'p-9' }, portals],
  ])('does not open the last portal by itself when it is %s', async (_, saved, listed) => {
    const bridge = new FakeBridge().respond('portals.list', () => ok(snapshot(listed, { prefs: { ...noPrefs(), ...saved } })));
    renderSignedIn(bridge);
    await within(await findNav()).findByRole('button', { name: /Acme Corp/ });
    await act(async () => undefined);

    expect(bridge.callsTo('portals.open')).toHaveLength(0);
    expect(within(main()).getByRole('heading', { name: 'Choose a portal' })).toBeTruthy();
  });
});

describe('where portal views go (Electron draws them over the content area)', () => {
  it('reports the content area while a portal shows, and null when it does not', async () => {
    placeContentArea();
    const { bridge, user } = renderSignedIn();
    await within(await findNav()).findByRole('button', { name: /Globex/ });
    await act(async () => undefined);
    expect(layouts(bridge)).toEqual([null]);

    await user.click(row('Globex'));
    await screen.findByTitle('Globex');
    expect(layouts(bridge)).toEqual([null, placed]);

    // The window grows: the area follows.
    placeContentArea({ x: 300, y: 97, width: 1200, height: 800 });
    act(() => { window.dispatchEvent(new Event('resize')); });
    expect(layouts(bridge).at(-1)).toEqual({ x: 300, y: 97, width: 1200, height: 800 });

    // Another screen: the view must not cover it. Back: it shows again.
    await openProfile(user);
    expect(layouts(bridge).at(-1)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Back to portals' }));
    expect(layouts(bridge).at(-1)).toEqual({ x: 300, y: 97, width: 1200, height: 800 });
    expect(frame('Globex').hidden).toBe(false);
    expect(document.activeElement).toBe(within(main()).getByRole('heading', { name: 'Globex' }));

    // The account menu opens over the content area.
    await user.click(screen.getByRole('button', { name: 'Alice Demo' }));
    expect(layouts(bridge).at(-1)).toBeNull();
    await user.keyboard('{Escape}');
    expect(layouts(bridge).at(-1)).toEqual({ x: 300, y: 97, width: 1200, height: 800 });
  });

  it('hides the view while the create dialog is open, and while a new portal is opening', async () => {
    placeContentArea();
    const { bridge, user } = renderSignedIn();
    await within(await findNav()).findByRole('button', { name: /Globex/ });
    await user.click(row('Globex'));
    await screen.findByTitle('Globex');
    expect(layouts(bridge).at(-1)).toEqual(placed);

    await user.click(within(nav()).getByRole('button', { name: 'Create Bitrix24' }));
    expect(await screen.findByRole('dialog', { name: 'Create Bitrix24' })).toBeTruthy();
    expect(layouts(bridge).at(-1)).toBeNull();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(layouts(bridge).at(-1)).toEqual(placed);

    const answer: Deferred<Result<PortalView>> = deferred();
    bridge.respond('portals.open', () => answer.promise);
    await user.click(row('Partner Hub'));
    expect(layouts(bridge).at(-1)).toBeNull();
    await act(async () => answer.resolve(ok({ portalId: 'p-3', frameUrl: null, reused: false })));
    expect(layouts(bridge).at(-1)).toEqual(placed);
    // In Electron there is no frame: main draws the page.
    expect(screen.queryByTitle('Partner Hub')).toBeNull();
  });

  it('hides every view when the session ends', async () => {
    placeContentArea();
    const { bridge, user } = renderSignedIn();
    await within(await findNav()).findByRole('button', { name: /Globex/ });
    await user.click(row('Globex'));
    await screen.findByTitle('Globex');

    act(() => bridge.emit('session.changed', { status: 'signed_out', reason: 'expired' }));

    expect(await screen.findByRole('heading', { name: 'Sign in to Bitrix ID' })).toBeTruthy();
    expect(layouts(bridge).at(-1)).toBeNull();
  });
});

describe('switching portals from the keyboard', () => {
  it('opens the first nine with Ctrl or Cmd and a digit, counting the list as shown', async () => {
    const { bridge, user } = renderSignedIn();
    await within(await findNav()).findByRole('button', { name: /Acme Corp/ });

    await user.keyboard('{Control>}2{/Control}');
    expect(await within(main()).findByRole('heading', { name: 'Globex' })).toBeTruthy();

    await user.keyboard('{Meta>}3{/Meta}');
    expect(await within(main()).findByRole('heading', { name: 'Partner Hub' })).toBeTruthy();

    // Filtered, the first shown is the first.
    await user.type(within(nav()).getByRole('searchbox', { name: 'Search portals' }), 'glob');
    await user.keyboard('{Control>}1{/Control}');
    expect(await within(main()).findByRole('heading', { name: 'Globex' })).toBeTruthy();
    expect(openedIds(bridge)).toEqual(['p-2', 'p-3', 'p-2']);

    // No ninth portal: the key is left alone.
    expect(fireEvent.keyDown(document.body, { key: '9', code: 'Digit9', ctrlKey: true })).toBe(true);
    expect(fireEvent.keyDown(document.body, { key: '1', code: 'Digit1', ctrlKey: true })).toBe(false);
  });

  it('goes to the next and previous portal with Ctrl+Tab and Ctrl+Shift+Tab, wrapping around', async () => {
    const { bridge, user } = renderSignedIn();
    await within(await findNav()).findByRole('button', { name: /Acme Corp/ });
    await user.click(row('Partner Hub'));

    await user.keyboard('{Control>}{Tab}{/Control}');
    expect(await within(main()).findByRole('heading', { name: 'Acme Corp' })).toBeTruthy();
    await user.keyboard('{Control>}{Shift>}{Tab}{/Shift}{/Control}');
    expect(await within(main()).findByRole('heading', { name: 'Partner Hub' })).toBeTruthy();
    await user.keyboard('{Control>}{Shift>}{Tab}{/Shift}{/Control}');
    expect(await within(main()).findByRole('heading', { name: 'Globex' })).toBeTruthy();
    expect(openedIds(bridge)).toEqual(['p-3', 'p-1', 'p-3', 'p-2']);
  });

  it('follows the shortcuts main forwards from a portal’s view', async () => {
    const { bridge } = renderSignedIn();
    await within(await findNav()).findByRole('button', { name: /Acme Corp/ });

    act(() => bridge.emit('portals.shortcut', { kind: 'index', index: 2 }));
    expect(await within(main()).findByRole('heading', { name: 'Partner Hub' })).toBeTruthy();
    act(() => bridge.emit('portals.shortcut', { kind: 'next' }));
    expect(await within(main()).findByRole('heading', { name: 'Acme Corp' })).toBeTruthy();
    act(() => bridge.emit('portals.shortcut', { kind: 'previous' }));
    expect(await within(main()).findByRole('heading', { name: 'Partner Hub' })).toBeTruthy();
    act(() => bridge.emit('portals.shortcut', { kind: 'index', index: 7 }));
    expect(openedIds(bridge)).toEqual(['p-3', 'p-1', 'p-3']);
  });

  it('leaves the keys alone while a dialog is open', async () => {
    const { bridge, user } = renderSignedIn();
    await within(await findNav()).findByRole('button', { name: /Acme Corp/ });
    await user.click(within(nav()).getByRole('button', { name: 'Create Bitrix24' }));
    await screen.findByRole('dialog', { name: 'Create Bitrix24' });

    await user.keyboard('{Control>}2{/Control}');
    act(() => bridge.emit('portals.shortcut', { kind: 'next' }));

    expect(bridge.callsTo('portals.open')).toHaveLength(0);
  });
});
