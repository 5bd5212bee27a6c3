import { describe, expect, it } from 'vitest';
import { fail, ok, type PortalViewsState, type Result } from '../../src-preload/contract.ts';
import { PortalViewManager } from '../../src-main/portal-views/portal-view-manager.ts';
import { FakePortalViewHost } from './fake-portal-view-host.ts';

const bounds = { x: 240, y: 48, width: 800, height: 600 };
const partition = (portalId: string) => `persist:portal-${portalId}`;

function setUp(maxLive = 3) {
  const host = new FakePortalViewHost();
  const ssoCalls: string[] = [];
  const events: PortalViewsState[] = [];
  let answer: (portalId: string) => Promise<Result<string>> = async (portalId) =>
    ok(`https://${portalId}.bitrix24.test/bitrix-id/sso?ticket=t-${ssoCalls.length}`);
  const manager = new PortalViewManager({
    host,
    maxLive,
    mockPages: null,
    localServer: null,
    emit: (event, payload) => {
      if (event === 'portals.views') events.push(payload as PortalViewsState);
    },
    ssoLink: (portalId) => {
      ssoCalls.push(portalId);
      return answer(portalId);
    },
  });
  const open = (portalId: string) => manager.open(portalId, partition(portalId));
  return {
    host,
    manager,
    ssoCalls,
    events,
    open,
    answerWith(next: (portalId: string) => Promise<Result<string>>) {
      answer = next;
    },
  };
}

const liveIds = (state: PortalViewsState) => state.live.map((view) => view.portalId);

describe('PortalViewManager', () => {
  it('opens a new view with one one-time login, in the portal\'s own partition, and shows it', async () => {
    const { host, manager, ssoCalls, open } = setUp();
    manager.layout(bounds);

    const opened = await open('acme');

    expect(opened).toEqual({ ok: true, value: { portalId: 'acme', frameUrl: '/portal-frame/acme', reused: false } });
    expect(ssoCalls).toEqual(['acme']);
    expect(host.views.get('acme')).toMatchObject({ partition: 'persist:portal-acme', loginUrl: expect.stringContaining('ticket=') });
    expect(host.shown).toEqual({ portalId: 'acme', bounds });
    expect(manager.state()).toMatchObject({ activeId: 'acme', live: [{ portalId: 'acme' }] });
  });

  it('switches back to a live view without asking the server again', async () => {
    const { host, ssoCalls, open } = setUp();
    await open('acme');
    await open('team');

    const again = await open('acme');

    expect(again).toEqual({ ok: true, value: { portalId: 'acme', frameUrl: '/portal-frame/acme', reused: true } });
    expect(ssoCalls).toEqual(['acme', 'team']);
    expect(host.created).toEqual(['acme', 'team']);
  });

  it('keeps at most maxLive views, closing the least recently used first', async () => {
    const { host, manager, open } = setUp(3);
    for (const id of ['a', 'b', 'c']) await open(id);
    await open('a'); // a is now the most recently used: b is the oldest

    await open('d');
    expect(host.destroyed).toEqual(['b']);
    expect(liveIds(manager.state())).toEqual(['d', 'a', 'c']);

    await open('e');
    expect(host.destroyed).toEqual(['b', 'c']);
    expect(liveIds(manager.state())).toEqual(['e', 'd', 'a']);
    expect([...host.views.keys()].sort()).toEqual(['a', 'd', 'e']);
  });

  it('opens an evicted portal again with a new one-time login', async () => {
    const { ssoCalls, open } = setUp(1);
    await open('a');
    await open('b');

    expect(await open('a')).toMatchObject({ ok: true, value: { reused: false } });
    expect(ssoCalls).toEqual(['a', 'b', 'a']);
  });

  it('shares one login between two quick opens of the same portal', async () => {
    const { host, ssoCalls, open } = setUp();
    const [first, second] = await Promise.all([open('acme'), open('acme')]);
    expect(first).toEqual(second);
    expect(ssoCalls).toEqual(['acme']);
    expect(host.created).toEqual(['acme']);
  });

  it('returns the failed login and creates nothing', async () => {
    const { host, manager, open, answerWith } = setUp();
    answerWith(async () => fail({ code: 'portal_unavailable', reason: 'deleted' }));

    expect(await open('closed')).toEqual({ ok: false, error: { code: 'portal_unavailable', reason: 'deleted' } });
    expect(host.created).toEqual([]);
    expect(manager.state()).toEqual({ live: [], activeId: null });
  });

  it('keeps the portal asked for last active when a slower open finishes after it', async () => {
    const { host, manager, open, answerWith } = setUp();
    manager.layout(bounds);
    let releaseSlow: () => void = () => {};
    answerWith((portalId) =>
      portalId === 'slow'
        ? new Promise((resolve) => {
            releaseSlow = () => resolve(ok('https://slow.bitrix24.test/bitrix-id/sso?ticket=s'));
          })
        : Promise.resolve(ok(`https://${portalId}.bitrix24.test/bitrix-id/sso?ticket=f`)),
    );
    const slow = open('slow');
    await open('fast');
    releaseSlow();
    await slow;

    expect(manager.state().activeId).toBe('fast');
    expect(host.shown?.portalId).toBe('fast');
    expect(liveIds(manager.state())).toContain('slow');
  });

  it('hides every view when the content area is taken away, and shows the active one again', async () => {
    const { host, manager, open } = setUp();
    await open('acme');
    expect(manager.layout(null)).toEqual({ shown: false });
    expect(host.shown).toBeNull();

    expect(manager.layout(bounds)).toEqual({ shown: true });
    expect(host.shown).toEqual({ portalId: 'acme', bounds });
  });

  it('signs out of a portal: closes its view, clears its partition, and the next open signs in afresh', async () => {
    const { host, manager, ssoCalls, open } = setUp();
    manager.layout(bounds);
    await open('acme');
    await open('team');

    const state = await manager.signOut('team', partition('team'));

    expect(state).toEqual({ live: [{ portalId: 'acme', frameUrl: '/portal-frame/acme', reused: true }], activeId: null });
    expect(host.destroyed).toEqual(['team']);
    expect(host.cleared).toEqual(['persist:portal-team']);
    expect(host.shown).toBeNull();
    expect(await open('team')).toMatchObject({ ok: true, value: { reused: false } });
    expect(ssoCalls).toEqual(['acme', 'team', 'team']);
  });

  it('clears the partition of a portal whose view was already evicted', async () => {
    const { host, manager, open } = setUp(1);
    await open('a');
    await open('b');
    await manager.signOut('a', partition('a'));
    expect(host.cleared).toEqual(['persist:portal-a']);
  });

  it('closes every view at once, and an open still waiting for its login creates nothing', async () => {
    const { host, manager, open, answerWith } = setUp();
    await open('a');
    await open('b');
    let release: () => void = () => {};
    answerWith(() => new Promise((resolve) => (release = () => resolve(ok('https://c.bitrix24.test/bitrix-id/sso?ticket=c')))));
    const pending = open('c');

    manager.closeAll();
    release();

    expect(await pending).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(host.destroyed.sort()).toEqual(['a', 'b']);
    expect(host.views.size).toBe(0);
    expect(manager.state()).toEqual({ live: [], activeId: null });
  });

  it('tells the renderer every change of the live views and the active one', async () => {
    const { manager, events, open } = setUp(1);
    await open('a');
    await open('b'); // evicts a
    await open('b'); // reused
    manager.closeAll();

    expect(events.map((state) => [liveIds(state), state.activeId])).toEqual([
      [['a'], 'a'],
      [['b'], 'b'],
      [['b'], 'b'],
      [[], null],
    ]);
  });
});
