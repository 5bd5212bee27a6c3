import { describe, expect, it } from 'vitest';
import type { PortalViewsState } from '../../../src-preload/contract.ts';
import type { WebViewSpec } from '../../../src-main/bitrix24/web-view-host.ts';
import { WebViewManager } from '../../../src-main/bitrix24/web-view-manager.ts';
import { FakeWebViewHost } from '../fake-web-view-host.ts';

const bounds = { x: 240, y: 48, width: 800, height: 600 };
const partition = 'persist:bitrix24-0123456789abcdef0123456789abcdef';

function setUp(maxLive = 3) {
  const host = new FakeWebViewHost();
  const events: PortalViewsState[] = [];
  const closed: string[] = [];
  const titles: Array<[string, string]> = [];
  const manager = new WebViewManager({
    host,
    maxLive,
    emit: (event, payload) => {
      if (event === 'portals.views') events.push(payload as PortalViewsState);
    },
    onClosed: (viewId) => closed.push(viewId),
  });
  const spec = (viewId: string, url = `${viewId}/`): WebViewSpec => ({
    viewId,
    kind: viewId === 'network' ? 'network' : 'portal',
    partition,
    url,
    rules: { viewOrigin: viewId, networkUrl: 'https://www.bitrix24.net/', allowLoopback: false, knownPortalOrigins: () => [] },
    events: { openPortal() {}, titleChanged: (title) => void titles.push([viewId, title]) },
  });
  return { host, manager, events, closed, titles, spec };
}

const a = 'https://a.bitrix24.com';
const b = 'https://b.bitrix24.com';
const c = 'https://c.bitrix24.com';
const liveIds = (state: PortalViewsState) => state.live.map((view) => view.portalId);

describe('WebViewManager', () => {
  it('creates a view once, shows it, and reuses it', () => {
    const { host, manager, events, spec } = setUp();
    manager.layout(bounds);
    expect(manager.open(spec(a))).toEqual({ portalId: a, frameUrl: null, reused: false });
    expect(host.views.get(a)).toMatchObject({ partition, url: `${a}/`, loaded: [`${a}/`] });
    expect(host.shown).toEqual({ viewId: a, bounds });
    manager.open(spec(b));
    expect(manager.open(spec(a))).toEqual({ portalId: a, frameUrl: null, reused: true });
    expect(host.views.get(a)?.loaded).toEqual([`${a}/`]);
    expect(events.at(-1)).toEqual({ live: [{ portalId: a, frameUrl: null, reused: true }, { portalId: b, frameUrl: null, reused: true }], activeId: a });
  });

  it('takes a new cap at once: the least recently used beyond it close, the shown one stays, and a larger cap closes nothing', () => {
    const { host, manager, events, closed, spec } = setUp(3);
    manager.layout(bounds);
    for (const viewId of [a, b, c]) manager.open(spec(viewId));
    const announced = events.length;

    manager.setMaxLive(1);

    expect(closed).toEqual([a, b]);
    expect([...host.views.keys()]).toEqual([c]);
    expect(events.length).toBe(announced + 1);
    expect(events.at(-1)).toEqual({ live: [{ portalId: c, frameUrl: null, reused: true }], activeId: c });
    manager.setMaxLive(10);
    expect(events.length).toBe(announced + 1);
    manager.open(spec(a));
    expect(manager.state().live.map((view) => view.portalId)).toEqual([a, c]);
  });

  it('sends a live view to another address and keeps the frame address the host answers', () => {
    const { host, manager, events, spec } = setUp();
    manager.navigate(spec('network', 'https://www.bitrix24.net/passport/view/'));
    let frame = 0;
    host.load = (viewId, url) => {
      host.views.get(viewId)?.loaded.push(url);
      return { frameUrl: `/web-frame/${++frame}` };
    };
    expect(manager.navigate(spec('network', 'https://www.bitrix24.net/create/'))).toEqual({ portalId: 'network', frameUrl: '/web-frame/1', reused: true });
    expect(host.views.get('network')?.loaded).toEqual(['https://www.bitrix24.net/passport/view/', 'https://www.bitrix24.net/create/']);
    expect(events.at(-1)).toEqual({ live: [{ portalId: 'network', frameUrl: '/web-frame/1', reused: true }], activeId: 'network' });
  });

  it('closes the least recently used view beyond the cap, never the shown one', () => {
    const { host, manager, closed, spec } = setUp(2);
    manager.open(spec(a));
    manager.open(spec(b));
    manager.open(spec(a));
    manager.open(spec(c));
    expect(liveIds(manager.state())).toEqual([c, a]);
    expect(host.views.has(b)).toBe(false);
    expect(closed).toEqual([b]);
  });

  it('hides every view without bounds, and shows the active one when they come', () => {
    const { host, manager, spec } = setUp();
    manager.open(spec(a));
    expect(host.shown).toBeNull();
    expect(manager.layout(bounds)).toEqual({ shown: true });
    expect(host.shown).toEqual({ viewId: a, bounds });
    expect(manager.layout(null)).toEqual({ shown: false });
    expect(host.shown).toBeNull();
  });

  it('closes one view or all, saying which closed', () => {
    const { host, manager, closed, events, spec } = setUp();
    manager.layout(bounds);
    manager.open(spec(a));
    manager.open(spec(b));
    expect(manager.close(b)).toBe(true);
    expect(manager.close(b)).toBe(false);
    expect(manager.state()).toEqual({ live: [{ portalId: a, frameUrl: null, reused: true }], activeId: null });
    expect(host.shown).toBeNull();
    manager.closeAll();
    expect(closed).toEqual([b, a]);
    expect(host.views.size).toBe(0);
    expect(events.at(-1)).toEqual({ live: [], activeId: null });
    const count = events.length;
    manager.closeAll();
    expect(events).toHaveLength(count);
  });

  it('no longer hears a view once it has closed, even when a view of the same id is open again', () => {
    const { host, manager, titles, spec } = setUp();
    manager.open(spec(a));
    const closedEvents = host.views.get(a)?.events;
    manager.close(a);
    closedEvents?.titleChanged('(1) old', 'https://a.example/');
    manager.open(spec(a));
    closedEvents?.titleChanged('(2) old', 'https://a.example/');
    host.views.get(a)?.events.titleChanged('(3) new', 'https://a.example/');
    expect(titles).toEqual([[a, '(3) new']]);
  });
});
