/** The portal services behind the bridge, as one backend connection wires them, against the mock over MSW. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EventName, Events, Portal, PortalsSnapshot, PortalViewsState } from '../../src-preload/contract.ts';
import { directTransport } from '../../src-main/api/api-transport.ts';
import { openApiConnection, type ApiConnection } from '../../src-main/backend/backend-connection.ts';
import { silentLogger } from '../../src-main/logging/logger.ts';
import { TokenVault } from '../../src-main/vault/token-vault.ts';
import { MANY_PORTALS_COUNT, MAX_CREATED_PORTALS, seedCredentials } from '../../mocks/index.ts';
import { FakePortalViewHost } from '../unit/fake-portal-view-host.ts';
import { FakeSecretStore } from '../unit/fake-secret-store.ts';
import { BASE_URL, KEYCHAIN_SERVICE, startMockApi, TestClock } from './session-fixture.ts';

const alice = seedCredentials.alice;
const bob = seedCredentials.bob;
const clock = new TestClock();
const mock = startMockApi(clock);
const cleanups: Array<() => void> = [];

beforeAll(() => mock.server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  mock.server.resetHandlers();
  mock.backend.reset();
  mock.requests.length = 0;
});
afterAll(() => mock.server.close());

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bitrix-id-portals-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** One app's connection to the mock, with a fake view host and every event it sends kept. */
async function connect(dataDir = tempDir(), maxLivePortalViews = 5, keychain = new FakeSecretStore()) {
  const events: Array<{ event: EventName; payload: Events[EventName] }> = [];
  const host = new FakePortalViewHost();
  const connection: ApiConnection = await openApiConnection({ mode: 'url', url: BASE_URL }, 'override', {
    vault: new TokenVault(keychain, KEYCHAIN_SERVICE, silentLogger),
    // msw answers the server's address in this process.
    transport: directTransport,
    emit: (event, payload) => void events.push({ event, payload }),
    log: silentLogger,
    openExternal: async () => {},
    language: () => 'en',
    dataDir,
    portalViewHost: host,
    maxLivePortalViews,
  });
  cleanups.push(() => connection.close());
  const payloads = <E extends EventName>(name: E) =>
    events.filter((entry) => entry.event === name).map((entry) => entry.payload as Events[E]);
  return { connection, host, dataDir, pages: () => payloads('portals.page'), views: () => payloads('portals.views') };
}

async function signedIn(credentials: { email: string; password: string } = alice, dataDir?: string, maxLive?: number) {
  const app = await connect(dataDir, maxLive);
  expect((await app.connection.session.signIn(credentials.email, credentials.password)).ok).toBe(true);
  return app;
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`Expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

const portalRequests = () => mock.requests.filter((request) => request.method === 'GET' && request.path === '/portals').length;
const ssoRequests = () => mock.requests.filter((request) => request.path.endsWith('/sso')).length;

async function completeList(app: Awaited<ReturnType<typeof connect>>): Promise<PortalsSnapshot> {
  const first = value(await app.connection.portals.list());
  if (!first.complete) await vi.waitFor(() => expect(app.pages().at(-1)?.complete).toBe(true), { timeout: 30_000 });
  return value(await app.connection.portals.list());
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

describe('the portal list', () => {
  it('answers with the first page at once, then sends every other page as an event until complete (10,000+ portals)', async () => {
    mock.backend.setScenario('many-portals');
    const app = await signedIn();

    const first = value(await app.connection.portals.list());
    expect(portalRequests()).toBe(1);
    expect(first).toMatchObject({ complete: false, offline: false });
    expect(first.items).toHaveLength(500);
    expect(first.total).toBeGreaterThan(MANY_PORTALS_COUNT);
    const total = first.total ?? 0;

    await vi.waitFor(() => expect(app.pages().at(-1)?.complete).toBe(true), { timeout: 30_000 });
    const pages = app.pages();
    expect(pages).toHaveLength(Math.ceil(total / 500) - 1);
    expect(pages.every((page) => page.loadId === first.loadId && page.error === undefined && page.total === total)).toBe(true);
    expect(pages.slice(0, -1).every((page) => !page.complete)).toBe(true);
    const ids = [...first.items, ...pages.flatMap((page) => page.items)].map((portal) => portal.id);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);

    const whole = value(await app.connection.portals.list());
    expect(whole).toMatchObject({ loadId: first.loadId, complete: true, total });
    expect(whole.items.map((portal) => portal.id)).toEqual(ids);
  }, 60_000);

  it('does not start over when asked again while loading; a reload does, with a new load id', async () => {
    mock.backend.setScenario('many-portals');
    const app = await signedIn();

    const [first, second] = await Promise.all([app.connection.portals.list(), app.connection.portals.list()]);
    expect(value(second).loadId).toBe(value(first).loadId);
    await vi.waitFor(() => expect(app.pages().length).toBeGreaterThan(2));
    const meanwhile = value(await app.connection.portals.list());
    expect(meanwhile.loadId).toBe(value(first).loadId);
    expect(meanwhile.items.length).toBeGreaterThan(500);

    await vi.waitFor(() => expect(app.pages().at(-1)?.complete).toBe(true), { timeout: 30_000 });
    const total = meanwhile.total ?? 0;
    expect(portalRequests()).toBe(Math.ceil(total / 500));

    const reloaded = value(await app.connection.portals.reload());
    expect(reloaded.loadId).toBeGreaterThan(meanwhile.loadId);
    expect(reloaded.items).toHaveLength(500);
    await vi.waitFor(() => expect(app.pages().filter((page) => page.loadId === reloaded.loadId).at(-1)?.complete).toBe(true), {
      timeout: 30_000,
    });
  }, 60_000);

  it('sends the error that stopped a background load as a page event; a reload tries again', async () => {
    mock.backend.setScenario('many-portals');
    const app = await signedIn();
    mock.server.use(
      http.get(`${BASE_URL}/portals`, ({ request }) =>
        new URL(request.url).searchParams.has('cursor') ? HttpResponse.json({ error: 'server_error' }, { status: 500 }) : undefined,
      ),
    );

    const first = value(await app.connection.portals.list());
    await vi.waitFor(() => expect(app.pages()).toHaveLength(1));
    expect(app.pages()[0]).toMatchObject({ loadId: first.loadId, items: [], complete: false, error: { code: 'server' } });

    mock.server.resetHandlers();
    const again = value(await app.connection.portals.reload());
    expect(again.loadId).toBeGreaterThan(first.loadId);
    await vi.waitFor(() => expect(app.pages().at(-1)).toMatchObject({ loadId: again.loadId, complete: true }), { timeout: 30_000 });
  }, 60_000);

  it('offline, answers with the list cached at the last complete load, marked offline; no tokens in the cache', async () => {
    const app = await signedIn();
    const online = await completeList(app);
    expect(online.items.map((portal) => portal.domain)).toContain('acme.bitrix24.com');
    mock.server.use(http.get(`${BASE_URL}/portals`, () => HttpResponse.error()));

    const offline = value(await app.connection.portals.reload());

    expect(offline).toMatchObject({ offline: true, complete: true, items: online.items });
    const secrets = mock.backend.issuedSecrets();
    for (const file of filesUnder(app.dataDir)) {
      const content = readFileSync(file, 'utf8');
      for (const secret of [...secrets.accessTokens, ...secrets.refreshTokens]) expect(content, file).not.toContain(secret);
    }
  });

  it('offline with nothing cached, gives the network error', async () => {
    const app = await signedIn();
    mock.server.use(http.get(`${BASE_URL}/portals`, () => HttpResponse.error()));
    expect(await app.connection.portals.list()).toMatchObject({ ok: false, error: { code: 'network' } });
  });

  it('keeps hidden portals and the last one opened for the same person across restarts, not for another', async () => {
    const dataDir = tempDir();
    const app = await signedIn(alice, dataDir);
    await completeList(app);
    expect(value(await app.connection.portals.setHidden('p-partners-hub', true)).hiddenIds).toEqual(['p-partners-hub']);
    expect(value(await app.connection.portals.setHidden('p-acme', true)).hiddenIds).toEqual(['p-partners-hub', 'p-acme']);
    expect(value(await app.connection.portals.setHidden('p-acme', false)).hiddenIds).toEqual(['p-partners-hub']);
    expect((await app.connection.portalSwitch.open('p-acme')).ok).toBe(true);
    app.connection.close();

    const restarted = await signedIn(alice, dataDir);
    const snapshot = value(await restarted.connection.portals.list());
    expect(snapshot.prefs).toEqual({
      hiddenIds: ['p-partners-hub'],
      lastActiveId: 'p-acme',
      lastOpenedAt: { 'p-acme': expect.any(Number) },
    });
    expect(snapshot.items.map((portal) => portal.id)).toContain('p-partners-hub'); // hidden ones are listed too

    const someoneElse = await signedIn(bob, dataDir);
    expect(value(await someoneElse.connection.portals.list()).prefs).toEqual({ hiddenIds: [], lastOpenedAt: {}, lastActiveId: null });
  });

  it('says which portals were linked by e-mail at the first sign-in, once', async () => {
    const app = await signedIn();
    expect(value(await app.connection.portals.linkedNotice())).toEqual({
      newlyLinked: [{ id: 'p-alice-old', title: 'Alice (old)', domain: 'alice-old.bitrix24.ru' }],
    });
    expect(value(await app.connection.portals.linkedNotice())).toEqual({ newlyLinked: [] });
  });
});

describe('opening a portal', () => {
  it('signs in with a one-time login the first time, and switches back to the live view with no server call', async () => {
    const app = await signedIn();
    await app.connection.portalSwitch.layout({ x: 0, y: 0, width: 800, height: 600 });

    const opened = await app.connection.portalSwitch.open('p-acme');
    expect(opened).toEqual({ ok: true, value: { portalId: 'p-acme', frameUrl: '/portal-frame/p-acme', reused: false } });
    expect(ssoRequests()).toBe(1);
    const spec = app.host.views.get('p-acme');
    expect(spec?.partition).toMatch(/^persist:portal-[0-9a-f]{32}$/);
    // The login the view loads is the portal's own page, signed in as Alice; it works once.
    const login = new URL(spec?.loginUrl ?? '');
    expect(login.origin).toBe('https://acme.bitrix24.com');
    const page = mock.backend.portalSsoPage(login.hostname, login.searchParams.get('ticket') ?? '');
    expect(page).toMatchObject({ status: 200, html: expect.stringContaining('ACME Corp — signed in as Alice Demo') });
    expect(mock.backend.portalSsoPage(login.hostname, login.searchParams.get('ticket') ?? '').status).toBe(401);

    await app.connection.portalSwitch.open('p-alice-team');
    expect(await app.connection.portalSwitch.open('p-acme')).toMatchObject({ ok: true, value: { reused: true } });
    expect(ssoRequests()).toBe(2);
    expect(app.host.shown?.portalId).toBe('p-acme');
    expect(app.views().at(-1)).toEqual({
      live: [
        { portalId: 'p-acme', frameUrl: '/portal-frame/p-acme', reused: true },
        { portalId: 'p-alice-team', frameUrl: '/portal-frame/p-alice-team', reused: true },
      ],
      activeId: 'p-acme',
    });
    // The one-time login never goes to the renderer.
    expect(JSON.stringify([opened, app.views()])).not.toContain('ticket');
  });

  it('opens a portal the many-portals scenario generated, signed in on its own page', async () => {
    mock.backend.setScenario('many-portals');
    const app = await signedIn();
    const generated = (await completeList(app)).items.find((portal) => portal.id === 'p-many-04242');
    expect(generated).toBeDefined();

    expect(await app.connection.portalSwitch.open('p-many-04242')).toMatchObject({ ok: true, value: { reused: false } });
    const login = new URL(app.host.views.get('p-many-04242')?.loginUrl ?? '');
    expect(login.hostname).toBe(generated?.domain);
    const page = mock.backend.portalSsoPage(login.hostname, login.searchParams.get('ticket') ?? '');
    expect(page).toMatchObject({ status: 200, html: expect.stringContaining(`${generated?.title ?? ''} — signed in as Alice Demo`) });
  });

  it('keeps at most the configured number of views alive', async () => {
    const app = await signedIn(alice, undefined, 2);
    for (const id of ['p-acme', 'p-alice-team', 'p-partners-hub']) expect((await app.connection.portalSwitch.open(id)).ok).toBe(true);
    expect(app.host.destroyed).toEqual(['p-acme']);
    expect(app.views().at(-1)?.live.map((view) => view.portalId)).toEqual(['p-partners-hub', 'p-alice-team']);
  });

  it('refuses a deleted portal with portal_unavailable and the reason; once listed, without asking the server', async () => {
    const app = await signedIn();
    expect(await app.connection.portalSwitch.open('p-closed-shop')).toMatchObject({
      ok: false,
      error: { code: 'portal_unavailable', reason: 'deleted' },
    });
    expect(ssoRequests()).toBe(1);

    const listed = await completeList(app);
    expect(listed.items.find((portal) => portal.id === 'p-closed-shop')?.status).toBe('deleted');
    expect(await app.connection.portalSwitch.open('p-closed-shop')).toMatchObject({
      ok: false,
      error: { code: 'portal_unavailable', reason: 'deleted' },
    });
    expect(ssoRequests()).toBe(1);
    expect(app.host.created).toEqual([]);
  });

  it('returns a failed one-time login as the error, so it can be tried again', async () => {
    const app = await signedIn();
    mock.server.use(http.post(`${BASE_URL}/portals/:id/sso`, () => HttpResponse.json({ error: 'server_error' }, { status: 500 })));
    expect(await app.connection.portalSwitch.open('p-acme')).toMatchObject({ ok: false, error: { code: 'server' } });
    expect(app.host.created).toEqual([]);

    mock.server.resetHandlers();
    expect(await app.connection.portalSwitch.open('p-acme')).toMatchObject({ ok: true, value: { reused: false } });
  });

  it("refuses a one-time login that is not on the portal's own https address, and loads nothing", async () => {
    const app = await signedIn();
    for (const url of [
      'http://acme.bitrix24.com/bitrix-id/sso?ticket=t_plain',
      'https://acme.bitrix24.com.evil.example/bitrix-id/sso?ticket=t_elsewhere',
    ]) {
      mock.server.use(http.post(`${BASE_URL}/portals/:id/sso`, () => HttpResponse.json({ url, expires_at: new Date().toISOString() })));
      expect(await app.connection.portalSwitch.open('p-acme'), url).toMatchObject({ ok: false, error: { code: 'server' } });
    }
    expect(app.host.created).toEqual([]);
  });

  it('signs out of one portal: its view closes, its partition is cleared, it is not reopened at the next start', async () => {
    const app = await signedIn();
    await completeList(app);
    await app.connection.portalSwitch.open('p-acme');
    const partition = app.host.views.get('p-acme')?.partition;

    expect(await app.connection.portalSwitch.signOut('p-acme')).toEqual({ ok: true, value: { live: [], activeId: null } });
    expect(app.host.cleared).toEqual([partition]);
    expect(value(await app.connection.portals.list()).prefs.lastActiveId).toBeNull();
  });

  it('opens a portal in the same partition after a restart, so its own session survives', async () => {
    const dataDir = tempDir();
    const first = await signedIn(alice, dataDir);
    await first.connection.portalSwitch.open('p-acme');
    const partition = first.host.views.get('p-acme')?.partition;
    first.connection.close();

    const restarted = await signedIn(alice, dataDir);
    await restarted.connection.portalSwitch.open('p-acme');
    expect(restarted.host.views.get('p-acme')?.partition).toBe(partition);
  });
});

describe('the session changing', () => {
  it('signing out forgets the list and closes every view; the next person gets their own', async () => {
    const app = await signedIn();
    const alicesList = await completeList(app);
    await app.connection.portalSwitch.open('p-acme');

    await app.connection.session.signOut();
    expect(app.host.views.size).toBe(0);
    expect(app.views().at(-1)).toEqual({ live: [], activeId: null });
    expect(await app.connection.portals.list()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });

    expect((await app.connection.session.signIn(bob.email, bob.password)).ok).toBe(true);
    const bobsList = value(await app.connection.portals.list());
    expect(bobsList.loadId).toBeGreaterThan(alicesList.loadId);
    expect(bobsList.items.map((portal: Portal) => portal.id)).toEqual(['p-bob-shop']);
    expect(app.views().at(-1)).toEqual<PortalViewsState>({ live: [], activeId: null });
  });

  it('signing out stops a background load: no page of the old list arrives afterwards', async () => {
    mock.backend.setScenario('many-portals');
    const app = await signedIn();
    // Later pages take a while, as they would from a real server.
    mock.server.use(
      http.get(`${BASE_URL}/portals`, async ({ request }) => {
        if (new URL(request.url).searchParams.has('cursor')) await new Promise((resolve) => setTimeout(resolve, 30));
      }),
    );
    await app.connection.portals.list();
    await vi.waitFor(() => expect(app.pages().length).toBeGreaterThan(0));

    await app.connection.session.signOut();
    const sentBefore = app.pages().length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(app.pages()).toHaveLength(sentBefore);
    expect(app.pages().some((page) => page.complete)).toBe(false);
  });
});

describe("the signed-in person's scope", () => {
  it('opens when someone signs in, and signing out disposes it: its views close and its list is forgotten', async () => {
    const app = await connect();
    expect(app.connection.personScope()).toBeNull();
    expect((await app.connection.session.signIn(alice.email, alice.password)).ok).toBe(true);
    const scope = app.connection.personScope();
    expect(scope?.person).toEqual({ serverUrl: BASE_URL, userId: alice.userId });
    await completeList(app);
    expect((await app.connection.portalSwitch.open('p-acme')).ok).toBe(true);

    await app.connection.session.signOut();

    expect(app.connection.personScope()).toBeNull();
    expect(app.host.views.size).toBe(0);
    expect(app.views().at(-1)).toEqual({ live: [], activeId: null });
    expect(scope?.portals.statusOf('p-acme')).toBeNull();
    expect(await scope?.portals.list()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await scope?.portalSwitch.open('p-acme')).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it("gives a second person, signing in over the first, a scope of their own: never the first's portals, prefs or views", async () => {
    const app = await signedIn(alice);
    const alicesScope = app.connection.personScope();
    await completeList(app);
    expect((await app.connection.portals.setHidden('p-acme', true)).ok).toBe(true);
    expect((await app.connection.portalSwitch.open('p-acme')).ok).toBe(true);

    expect((await app.connection.session.signIn(bob.email, bob.password)).ok).toBe(true);

    const bobsScope = app.connection.personScope();
    expect(bobsScope).not.toBe(alicesScope);
    expect(bobsScope?.person).toEqual({ serverUrl: BASE_URL, userId: bob.userId });
    expect(app.host.views.size).toBe(0);
    expect(alicesScope?.portals.statusOf('p-acme')).toBeNull();
    const bobsList = value(await app.connection.portals.list());
    expect(bobsList.items.map((portal) => portal.id)).toEqual(['p-bob-shop']);
    expect(bobsList.prefs).toEqual({ hiddenIds: [], lastOpenedAt: {}, lastActiveId: null });
  });

  it("opens for a session restored from the keychain, so the person's portals list at once", async () => {
    const dataDir = tempDir();
    const keychain = new FakeSecretStore();
    const before = await connect(dataDir, 5, keychain);
    expect((await before.connection.session.signIn(alice.email, alice.password)).ok).toBe(true);
    before.connection.close();

    const restarted = await connect(dataDir, 5, keychain);
    expect(restarted.connection.personScope()).toBeNull();
    expect(await restarted.connection.session.get()).toMatchObject({ ok: true, value: { status: 'signed_in' } });

    expect(restarted.connection.personScope()?.person).toEqual({ serverUrl: BASE_URL, userId: alice.userId });
    expect(value(await restarted.connection.portals.list()).items.map((portal) => portal.id)).toContain('p-acme');
  });

  it('is disposed when the connection closes (another server, or the app quits)', async () => {
    const app = await signedIn();
    const scope = app.connection.personScope();
    expect((await app.connection.portalSwitch.open('p-acme')).ok).toBe(true);

    app.connection.close();

    expect(app.connection.personScope()).toBeNull();
    expect(app.host.views.size).toBe(0);
    expect(await scope?.portals.list()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });
});

describe('creating a portal', () => {
  it('offers the zones, a free name, and says whether a name is taken', async () => {
    const app = await signedIn();
    expect(value(await app.connection.portalCreation.zones())).toContainEqual({ zone: 'de', domainSuffix: 'bitrix24.de' });
    const suggested = value(await app.connection.portalCreation.suggestName('de'));
    expect(suggested.domain).toBe(`${suggested.name}.bitrix24.de`);
    expect(value(await app.connection.portalCreation.checkName(suggested.name, 'de'))).toEqual({ available: true });
    expect(value(await app.connection.portalCreation.checkName('alice-team', 'com'))).toEqual({ available: false, reason: 'taken' });
    expect(value(await app.connection.portalCreation.checkName('x', 'com'))).toEqual({ available: false, reason: 'invalid' });
  });

  it('adds a created portal to the list and its cache, and refuses the eighth', async () => {
    const app = await signedIn();
    const before = await completeList(app);

    const created: Portal[] = [];
    expect(value(await app.connection.portalCreation.creationQuota())).toEqual({ max: MAX_CREATED_PORTALS, remaining: MAX_CREATED_PORTALS });
    for (let n = 1; n <= MAX_CREATED_PORTALS; n++) created.push(value(await app.connection.portalCreation.create(`alice-new-${n}`, 'de', '')));
    expect(value(await app.connection.portalCreation.creationQuota())).toEqual({ max: MAX_CREATED_PORTALS, remaining: 0 });
    expect(created[0]).toEqual({
      id: expect.any(String),
      title: 'alice-new-1',
      domain: 'alice-new-1.bitrix24.de',
      role: 'admin',
      login: alice.email,
      status: 'active',
    });
    expect(await app.connection.portalCreation.create('alice-new-8', 'de', '')).toMatchObject({
      ok: false,
      error: { code: 'portal_limit_reached' },
    });
    expect(await app.connection.portalCreation.create('alice-team', 'com', '')).toMatchObject({
      ok: false,
      error: { code: 'portal_name_taken' },
    });

    const after = value(await app.connection.portals.list());
    expect(after.loadId).toBe(before.loadId);
    expect(after.items).toEqual([...before.items, ...created]);
    expect(after.total).toBe((before.total ?? 0) + MAX_CREATED_PORTALS);

    mock.server.use(http.get(`${BASE_URL}/portals`, () => HttpResponse.error()));
    expect(value(await app.connection.portals.reload())).toMatchObject({ offline: true, items: after.items });
  });
});

describe('a portal created while the list is loading', () => {
  it('is listed once, whichever page the server lists it on', async () => {
    mock.backend.setScenario('many-portals');
    const app = await signedIn();
    const first = value(await app.connection.portals.list());
    const created = value(await app.connection.portalCreation.create('zz-late', 'de', ''));
    await vi.waitFor(() => expect(app.pages().at(-1)?.complete).toBe(true), { timeout: 30_000 });

    const whole = value(await app.connection.portals.list());
    const ids = whole.items.map((portal) => portal.id);
    expect(ids.filter((id) => id === created.id)).toHaveLength(1);
    expect(new Set(ids).size).toBe(ids.length);
    expect(whole.total).toBe(ids.length);
    const sent = [...first.items, created, ...app.pages().flatMap((page) => page.items)].map((portal) => portal.id);
    expect(sent.sort()).toEqual([...ids].sort());
  }, 60_000);
});
