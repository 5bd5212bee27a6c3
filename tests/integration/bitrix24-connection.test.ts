import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelName, EventName, Events, PortalsSnapshot, RequestOf, Result, ValueOf, WebProfiles } from '../../src-preload/contract.ts';
import { createAppCore, type AppCore } from '../../src-main/app-core.ts';
import type { BackendTarget } from '../../src-main/config/backend-choice.ts';
import { silentLogger, type Logger } from '../../src-main/logging/logger.ts';
import { FakeAttention, FakeWebViewHost } from '../unit/fake-web-view-host.ts';
import { FakePortalViewHost } from '../unit/fake-portal-view-host.ts';
import { FakeSecretStore } from '../unit/fake-secret-store.ts';

const networkUrl = 'http://127.0.0.1:4999/';
const alpha = 'https://alpha.bitrix24.com';
const beta = 'http://127.0.0.1:5002';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bitrix-id-web-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

type Emitted = { [E in EventName]: [E, Events[E]] }[EventName];

async function startCore(options: { dataDir: string; bitrix24?: boolean; log?: Logger }) {
  const events: Emitted[] = [];
  const host = new FakeWebViewHost();
  const attention = new FakeAttention();
  const override: BackendTarget | null = options.bitrix24 === false ? null : { mode: 'bitrix24', networkUrl };
  const core: AppCore = await createAppCore({
    version: '0.0.0-test',
    backend: { override, networkUrl },
    secretStore: new FakeSecretStore(),
    keychainService: 'web mode test',
    dataDir: options.dataDir,
    emit: (event, payload) => events.push([event, payload] as Emitted),
    log: options.log ?? silentLogger,
    openExternal: async () => {},
    language: 'en',
    portalViewHost: new FakePortalViewHost(),
    webViewHost: host,
    attention,
    maxLivePortalViews: 3,
  });
  cleanups.push(() => core.dispose());
  // The router takes anything (it checks every call); tests call it as the typed bridge does.
  const dispatch = <C extends ChannelName>(channel: C, request: RequestOf<C>) => core.router.dispatch(channel, request) as Promise<Result<ValueOf<C>>>;
  const eventsNamed = <E extends EventName>(name: E): Array<Events[E]> =>
    events.filter((entry): entry is Extract<Emitted, [E, Events[E]]> => entry[0] === name).map((entry) => entry[1]);
  const value = async <T>(result: Promise<Result<T>>): Promise<T> => {
    const answered = await result;
    if (!answered.ok) throw new Error(`Expected an answer, got ${JSON.stringify(answered.error)}`);
    return answered.value;
  };
  return { core, dispatch, host, attention, events, eventsNamed, value };
}

const listedIds = (snapshot: PortalsSnapshot) => snapshot.items.map((portal) => portal.id);

describe('Bitrix24 mode through the router', () => {
  it('starts with one profile called "Bitrix24", which is the person', async () => {
    const { dispatch, value } = await startCore({ dataDir: tempDir() });

    const profiles = await value(dispatch('profiles.list', undefined));
    expect(profiles.profiles).toEqual([{ id: profiles.activeId, name: 'Bitrix24' }]);
    expect(await dispatch('session.get', undefined)).toEqual({
      ok: true,
      value: { status: 'signed_in', user: { id: profiles.activeId, name: 'Bitrix24', lastName: '', email: null, phone: null }, persistence: 'keychain' },
    });
    expect(await dispatch('app.info', undefined)).toMatchObject({ ok: true, value: { backend: { mode: 'bitrix24', url: networkUrl, source: 'override' }, mockTools: false } });
    expect(await dispatch('backend.status', undefined)).toEqual({ ok: true, value: { reachable: true } });
    expect(await dispatch('session.signIn', { login: 'a@example.com', password: 'Secret123' })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('adds portals by address, and refuses each bad kind with what is wrong', async () => {
    const { dispatch, value } = await startCore({ dataDir: tempDir() });

    expect(await dispatch('portals.add', { address: ' alpha.bitrix24.com/crm/deal/?id=1 ' })).toEqual({
      ok: true,
      value: { id: alpha, title: 'alpha.bitrix24.com', domain: 'alpha.bitrix24.com', role: null, login: null, status: 'active' },
    });
    expect(await dispatch('portals.add', { address: `${beta}/` })).toMatchObject({ ok: true, value: { id: beta, domain: '127.0.0.1:5002' } });
    // Already listed: the same portal, no error.
    expect(await dispatch('portals.add', { address: `${alpha}/stream/` })).toMatchObject({ ok: true, value: { id: alpha } });

    const refusals: Array<[string, string]> = [
      ['javascript:alert(1)', 'scheme'],
      ['file:///etc/passwd', 'scheme'],
      ['https://user:pw@alpha.bitrix24.com', 'credentials'],
      ['http://portal.example.com', 'not_https'],
      ['www.bitrix24.net', 'not_a_portal'],
      ['   ', 'empty'],
      ['https://10.0.0.1', 'ip_address'],
    ];
    for (const [address, addressProblem] of refusals) {
      expect(await dispatch('portals.add', { address }), address).toEqual({ ok: false, error: { code: 'invalid_address', addressProblem } });
    }

    const snapshot = await value(dispatch('portals.list', undefined));
    expect(snapshot).toMatchObject({ complete: true, offline: false, total: 2, prefs: { hiddenIds: [], lastOpenedAt: {}, lastActiveId: null } });
    expect(listedIds(snapshot)).toEqual([alpha, beta]);
    const reloaded = await value(dispatch('portals.reload', undefined));
    expect(reloaded.loadId).toBeGreaterThan(snapshot.loadId);
    expect(await dispatch('portals.linkedNotice', undefined)).toEqual({ ok: true, value: { newlyLinked: [] } });
  });

  it("opens a portal on its own address in the profile's partition, and the Network's pages in the one Network view", async () => {
    const { dispatch, value, host, eventsNamed } = await startCore({ dataDir: tempDir() });
    const { activeId } = await value(dispatch('profiles.list', undefined));
    await dispatch('portals.add', { address: alpha });
    await dispatch('portals.layout', { bounds: { x: 240, y: 48, width: 800, height: 600 } });

    expect(await dispatch('portals.open', { portalId: alpha })).toEqual({ ok: true, value: { portalId: alpha, frameUrl: null, reused: false } });
    const view = host.views.get(alpha);
    expect(view).toMatchObject({ kind: 'portal', partition: `persist:bitrix24-${activeId}`, url: `${alpha}/`, rules: { viewOrigin: alpha, networkUrl, allowLoopback: true } });
    expect(view?.rules.knownPortalOrigins()).toEqual([alpha]);
    expect(host.shown?.viewId).toBe(alpha);
    expect((await value(dispatch('portals.list', undefined))).prefs).toMatchObject({ lastActiveId: alpha, lastOpenedAt: { [alpha]: expect.any(Number) } });

    expect(await dispatch('network.open', { page: 'signIn' })).toEqual({ ok: true, value: { portalId: 'network', frameUrl: null, reused: false } });
    expect(host.views.get('network')).toMatchObject({
      kind: 'network',
      partition: `persist:bitrix24-${activeId}`,
      url: 'http://127.0.0.1:4999/passport/view/',
      rules: { viewOrigin: 'http://127.0.0.1:4999', networkUrl },
    });
    expect(host.shown?.viewId).toBe('network');
    expect(eventsNamed('portals.views').at(-1)).toEqual({
      live: [
        { portalId: 'network', frameUrl: null, reused: true },
        { portalId: alpha, frameUrl: null, reused: true },
      ],
      activeId: 'network',
    });

    // A live Network view goes to the other page.
    expect(await dispatch('network.open', { page: 'createPortal' })).toMatchObject({ ok: true, value: { portalId: 'network', reused: true } });
    expect(host.views.get('network')?.loaded).toEqual(['http://127.0.0.1:4999/passport/view/', 'http://127.0.0.1:4999/create/']);
    expect(await dispatch('portals.open', { portalId: 'https://unknown.bitrix24.com' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it("lists and shows a portal the Network's page opens", async () => {
    const { dispatch, value, host, eventsNamed } = await startCore({ dataDir: tempDir() });
    await dispatch('network.open', { page: 'portals' });

    host.views.get('network')?.events.openPortal(`${beta}/company/?code=secret-code`);

    expect(host.views.get(beta)).toMatchObject({ kind: 'portal', url: `${beta}/` });
    expect(host.shown).toBeNull();
    expect(eventsNamed('portals.listChanged').map(listedIds)).toEqual([[beta]]);
    expect(eventsNamed('portals.activate')).toEqual([{ portal: expect.objectContaining({ id: beta, domain: '127.0.0.1:5002' }) }]);
    expect(listedIds(await value(dispatch('portals.list', undefined)))).toEqual([beta]);

    // Opened again: listed already, so only shown.
    host.views.get('network')?.events.openPortal(`${beta}/`);
    expect(eventsNamed('portals.listChanged')).toHaveLength(1);
    expect(eventsNamed('portals.activate')).toHaveLength(2);
    // Not a portal: nothing happens.
    host.views.get('network')?.events.openPortal('https://www.bitrix24.net/passport/view/');
    expect(eventsNamed('portals.activate')).toHaveLength(2);
  });

  it('counts unread from titles and learns the portal title', async () => {
    const { dispatch, value, host, attention, eventsNamed } = await startCore({ dataDir: tempDir() });
    await dispatch('portals.add', { address: alpha });
    await dispatch('portals.add', { address: beta });
    await dispatch('portals.open', { portalId: alpha });

    host.views.get(alpha)?.events.titleChanged('(3) Alpha', `${alpha}/`);
    expect(eventsNamed('portals.unread').at(-1)).toEqual({ counts: { [alpha]: 3 }, total: 3 });
    expect(attention.totals.at(-1)).toBe(3);
    // The tray lists the portal by the name its page gave.
    expect(attention.shown.at(-1)?.portals).toEqual([{ portal: expect.objectContaining({ id: alpha, title: 'Alpha' }), count: 3 }]);
    expect(await dispatch('portals.unread', undefined)).toEqual({ ok: true, value: { counts: { [alpha]: 3 }, total: 3 } });
    expect(eventsNamed('portals.listChanged').at(-1)?.items[0]).toMatchObject({ id: alpha, title: 'Alpha' });

    host.views.get(alpha)?.events.titleChanged('Alpha', `${alpha}/`);
    expect(eventsNamed('portals.unread').at(-1)).toEqual({ counts: {}, total: 0 });
    expect(attention.shown.at(-1)).toEqual({ total: 0, portals: [] });
    // Same name: the list did not change again.
    expect(eventsNamed('portals.listChanged')).toHaveLength(1);

    // The portal's view sent to the Network's sign-in: that page's title is neither its name nor its count.
    host.views.get(alpha)?.events.titleChanged('(4) Alpha', `${alpha}/`);
    host.views.get(alpha)?.events.titleChanged('(2) Sign in to Bitrix24', 'https://www.bitrix24.net/passport/view/');
    expect(eventsNamed('portals.unread').at(-1)).toEqual({ counts: {}, total: 0 });
    expect(eventsNamed('portals.listChanged')).toHaveLength(1);

    expect((await value(dispatch('portals.list', undefined))).items[0]?.title).toBe('Alpha');
  });

  it("drops a closed view's count, and signs out of one portal's origin only", async () => {
    const { dispatch, value, host, attention, eventsNamed } = await startCore({ dataDir: tempDir() });
    const { activeId } = await value(dispatch('profiles.list', undefined));
    await dispatch('portals.add', { address: alpha });
    await dispatch('portals.open', { portalId: alpha });
    const events = host.views.get(alpha)?.events;
    events?.titleChanged('(5) Alpha', `${alpha}/`);
    expect(attention.totals.at(-1)).toBe(5);

    expect(await dispatch('portals.signOut', { portalId: alpha })).toEqual({ ok: true, value: { live: [], activeId: null } });
    expect(host.clearedOrigins).toEqual([{ partition: `persist:bitrix24-${activeId}`, origin: alpha }]);
    expect(host.clearedPartitions).toEqual([]);
    expect(eventsNamed('portals.unread').at(-1)).toEqual({ counts: {}, total: 0 });
    expect(attention.totals.at(-1)).toBe(0);
    expect((await value(dispatch('portals.list', undefined))).prefs.lastActiveId).toBeNull();
    // The closed view's page is not heard any more.
    events?.titleChanged('(7) Alpha', `${alpha}/`);
    expect(await dispatch('portals.unread', undefined)).toEqual({ ok: true, value: { counts: {}, total: 0 } });
  });

  it('hides, removes, and round-trips the list through a text file', async () => {
    const { dispatch, value, host } = await startCore({ dataDir: tempDir() });
    const { activeId } = await value(dispatch('profiles.list', undefined));

    const report = await value(dispatch('portals.import', { text: `# our portals\n${alpha}\n\nbeta.bitrix24.de\n${alpha}/\njavascript:alert(1)\n` }));
    expect(report).toEqual({ added: 2, duplicates: 1, refused: [{ line: 6, text: 'javascript:alert(1)', reason: 'scheme' }] });
    expect(await dispatch('portals.import', { text: 'alpha\u0000' })).toEqual({ ok: false, error: { code: 'import_refused', importProblem: 'not_text' } });
    expect(await dispatch('portals.import', { text: 'x\n'.repeat(10_001) })).toEqual({ ok: false, error: { code: 'import_refused', importProblem: 'too_many_lines' } });

    expect(await dispatch('portals.setHidden', { portalId: alpha, hidden: true })).toMatchObject({ ok: true, value: { hiddenIds: [alpha] } });
    expect(await dispatch('portals.setHidden', { portalId: 'https://nope.bitrix24.com', hidden: true })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const exported = await value(dispatch('portals.export', undefined));
    expect(exported).toEqual({ text: `${alpha}\nhttps://beta.bitrix24.de\n`, count: 2 });

    await dispatch('portals.open', { portalId: alpha });
    const removed = await value(dispatch('portals.remove', { portalId: alpha }));
    expect(listedIds(removed)).toEqual(['https://beta.bitrix24.de']);
    expect(removed.prefs).toEqual({ hiddenIds: [], lastOpenedAt: {}, lastActiveId: null });
    expect(host.views.has(alpha)).toBe(false);
    expect(host.clearedOrigins).toEqual([{ partition: `persist:bitrix24-${activeId}`, origin: alpha }]);
    expect(await dispatch('portals.remove', { portalId: alpha })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    // Back in from the exported file: only what is missing is added.
    expect(await dispatch('portals.import', { text: exported.text })).toEqual({ ok: true, value: { added: 1, duplicates: 1, refused: [] } });
  });

  it('keeps each profile apart: its own partition, list and person', async () => {
    const { dispatch, value, host, eventsNamed } = await startCore({ dataDir: tempDir() });
    const first = (await value(dispatch('profiles.list', undefined))).activeId;
    await dispatch('portals.add', { address: alpha });
    await dispatch('portals.open', { portalId: alpha });
    host.views.get(alpha)?.events.titleChanged('(2) Alpha', `${alpha}/`);

    const added = await value(dispatch('profiles.add', { name: 'Work' }));
    const second = added.activeId;
    expect(second).not.toBe(first);
    expect(added.profiles).toEqual([
      { id: first, name: 'Bitrix24' },
      { id: second, name: 'Work' },
    ]);
    expect(eventsNamed('profiles.changed').at(-1)).toEqual(added);
    expect(eventsNamed('session.changed').at(-1)).toMatchObject({ status: 'signed_in', user: { id: second, name: 'Work' } });
    // The first profile's views closed, and their counts with them.
    expect(host.views.size).toBe(0);
    expect(eventsNamed('portals.unread').at(-1)).toEqual({ counts: {}, total: 0 });
    expect(await value(dispatch('portals.list', undefined))).toMatchObject({ items: [], total: 0 });

    await dispatch('portals.add', { address: beta });
    await dispatch('portals.open', { portalId: beta });
    expect(host.views.get(beta)?.partition).toBe(`persist:bitrix24-${second}`);

    expect(await dispatch('profiles.rename', { id: second, name: '  Office  ' })).toMatchObject({ ok: true, value: { profiles: [{ name: 'Bitrix24' }, { name: 'Office' }] } });
    expect(eventsNamed('session.changed').at(-1)).toMatchObject({ user: { id: second, name: 'Office' } });

    const back = await value(dispatch('profiles.switch', { id: first }));
    expect(back.activeId).toBe(first);
    expect(host.views.size).toBe(0);
    expect(listedIds(await value(dispatch('portals.list', undefined)))).toEqual([alpha]);
    expect(eventsNamed('session.changed').at(-1)).toMatchObject({ user: { id: first, name: 'Bitrix24' } });
  });

  it('refuses bad profile changes with the contract codes', async () => {
    const { dispatch, value } = await startCore({ dataDir: tempDir() });
    const { activeId } = await value(dispatch('profiles.list', undefined));

    expect(await dispatch('profiles.add', { name: '   ' })).toEqual({ ok: false, error: { code: 'validation', fields: { name: 'required' } } });
    expect(await dispatch('profiles.add', { name: 'x'.repeat(65) })).toEqual({ ok: false, error: { code: 'validation', fields: { name: 'too_long' } } });
    expect(await dispatch('profiles.rename', { id: activeId, name: 'Evil\u202Eeman' })).toEqual({ ok: false, error: { code: 'validation', fields: { name: 'invalid' } } });
    expect(await dispatch('profiles.remove', { id: activeId })).toEqual({ ok: false, error: { code: 'last_profile' } });
    expect(await dispatch('profiles.switch', { id: 'f'.repeat(32) })).toEqual({ ok: false, error: { code: 'not_found' } });
    for (let count = 2; count <= 20; count++) expect(await dispatch('profiles.add', {})).toMatchObject({ ok: true });
    expect(await dispatch('profiles.add', {})).toEqual({ ok: false, error: { code: 'profile_limit_reached' } });
  });

  it('signs a profile out of everything after closing its views, and removes a profile with its list', async () => {
    const dataDir = tempDir();
    const { dispatch, value, host, eventsNamed } = await startCore({ dataDir });
    const first = (await value(dispatch('profiles.list', undefined))).activeId;
    await dispatch('portals.add', { address: alpha });
    await dispatch('portals.open', { portalId: alpha });
    await dispatch('network.open', { page: 'signIn' });
    const closedBeforeClearing: number[] = [];
    const clearPartition = host.clearPartition.bind(host);
    host.clearPartition = async (partition) => {
      closedBeforeClearing.push(host.views.size);
      await clearPartition(partition);
    };

    expect(await dispatch('profiles.signOut', undefined)).toMatchObject({ ok: true, value: { activeId: first } });
    expect(host.clearedPartitions).toEqual([`persist:bitrix24-${first}`]);
    expect(closedBeforeClearing).toEqual([0]);
    expect(eventsNamed('portals.views').at(-1)).toEqual({ live: [], activeId: null });
    // The profile and its list stay.
    expect(listedIds(await value(dispatch('portals.list', undefined)))).toEqual([alpha]);

    const second = (await value(dispatch('profiles.add', {}))).activeId;
    expect((await value(dispatch('profiles.list', undefined))).profiles.map((profile) => profile.name)).toEqual(['Bitrix24', 'Bitrix24 2']);
    await dispatch('profiles.switch', { id: first });
    await dispatch('portals.open', { portalId: alpha });

    const afterRemoval = await value(dispatch('profiles.remove', { id: first }));
    expect(afterRemoval).toEqual({ profiles: [{ id: second, name: 'Bitrix24 2' }], activeId: second });
    expect(host.clearedPartitions).toEqual([`persist:bitrix24-${first}`, `persist:bitrix24-${first}`]);
    expect(closedBeforeClearing).toEqual([0, 0]);
    expect(eventsNamed('session.changed').at(-1)).toMatchObject({ user: { id: second } });
    const files = readdirSync(join(dataDir, 'bitrix24'), { recursive: true, encoding: 'utf8' });
    expect(files.filter((name) => name.includes(first))).toEqual([]);
  });

  it('keeps profiles and their lists across a restart', async () => {
    const dataDir = tempDir();
    const before = await startCore({ dataDir });
    const first = (await before.value(before.dispatch('profiles.list', undefined))).activeId;
    await before.dispatch('portals.add', { address: alpha });
    await before.dispatch('portals.open', { portalId: alpha });
    const second = (await before.value(before.dispatch('profiles.add', { name: 'Work' }))).activeId;
    await before.dispatch('portals.add', { address: beta });
    await before.core.dispose();

    const after = await startCore({ dataDir });
    const profiles: WebProfiles = await after.value(after.dispatch('profiles.list', undefined));
    expect(profiles).toEqual({ profiles: [{ id: first, name: 'Bitrix24' }, { id: second, name: 'Work' }], activeId: second });
    expect(listedIds(await after.value(after.dispatch('portals.list', undefined)))).toEqual([beta]);
    await after.dispatch('profiles.switch', { id: first });
    const firstList = await after.value(after.dispatch('portals.list', undefined));
    expect(listedIds(firstList)).toEqual([alpha]);
    expect(firstList.prefs.lastActiveId).toBe(alpha);
  });

  it('switches to Bitrix24 mode from the mock, remembers it across a restart, and switches back', async () => {
    const dataDir = tempDir();
    const fromMock = await startCore({ dataDir, bitrix24: false });
    expect(await fromMock.dispatch('server.useBitrix24', undefined)).toMatchObject({ ok: true, value: { backend: { mode: 'bitrix24', url: networkUrl, source: 'settings' } } });
    expect(fromMock.eventsNamed('app.changed').at(-1)).toMatchObject({ backend: { mode: 'bitrix24' } });
    expect(await fromMock.dispatch('session.get', undefined)).toMatchObject({ ok: true, value: { status: 'signed_in', user: { name: 'Bitrix24' } } });
    await fromMock.core.dispose();

    const restarted = await startCore({ dataDir, bitrix24: false });
    expect(await restarted.dispatch('app.info', undefined)).toMatchObject({ ok: true, value: { backend: { mode: 'bitrix24', url: networkUrl, source: 'settings' } } });
    expect(await restarted.dispatch('server.set', { url: null })).toMatchObject({ ok: true, value: { backend: { mode: 'mock' }, mockTools: true } });
    expect(await restarted.dispatch('profiles.list', undefined)).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('logs no full address of a page, only its origin', async () => {
    const lines: string[] = [];
    const record = (message: string, fields?: Record<string, unknown>) => void lines.push(`${message} ${JSON.stringify(fields ?? {})}`);
    const { dispatch, host } = await startCore({ dataDir: tempDir(), log: { info: record, warn: record, error: record } });
    await dispatch('network.open', { page: 'signIn' });
    host.views.get('network')?.events.openPortal('https://www.bitrix24.net/oauth/?code=secret-code');
    host.views.get('network')?.events.openPortal('http://127.0.0.1:5003/?code=secret-code');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain('secret-code');
  });
});
