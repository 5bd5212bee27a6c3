import type { BackendTarget } from '../../src-main/config/backend-choice.ts';
import type { AppInfo, Result } from '../../src-preload/contract.ts';
import { FakeAttention, FakeWebViewHost } from '../unit/fake-web-view-host.ts';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppCore, type AppCore } from '../../src-main/app-core.ts';
import { silentLogger } from '../../src-main/logging/logger.ts';
import { EMBEDDED_MOCK_BASE_URL, seedCredentials, startMockHttpServer, type IssuedSecrets } from '../../mocks/index.ts';
import { FakePortalViewHost } from '../unit/fake-portal-view-host.ts';
import { FakeSecretStore } from '../unit/fake-secret-store.ts';

const alice = seedCredentials.alice;
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A web server on this computer that is not Bitrix ID: every path answers `status` with `body`. */
async function otherKindOfServer(status: number, body: string): Promise<string> {
  const server = createServer((_request, response) => response.writeHead(status, { 'content-type': 'text/html' }).end(body));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bitrix-id-core-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function startCore(options: {
  dataDir: string;
  store: FakeSecretStore;
  apiUrl?: string;
  events?: Array<[string, unknown]>;
  opened?: string[];
  host?: FakePortalViewHost;
  maxLivePortalViews?: number;
  /** What the command line chose, when not `apiUrl`. */
  override?: BackendTarget;
  packaged?: boolean;
}): Promise<AppCore> {
  const core = await createAppCore({
    version: '0.0.0-test',
    backend: {
      override: options.apiUrl ? { mode: 'url', url: options.apiUrl } : (options.override ?? null),
      networkUrl: 'https://www.bitrix24.net/',
    },
    packaged: options.packaged,
    secretStore: options.store,
    keychainService: 'core test',
    dataDir: options.dataDir,
    emit: (event, payload) => options.events?.push([event, payload]),
    log: silentLogger,
    openExternal: async (url) => void options.opened?.push(url),
    language: 'en',
    portalViewHost: options.host ?? new FakePortalViewHost(),
    webViewHost: new FakeWebViewHost(),
    attention: new FakeAttention(),
    maxLivePortalViews: options.maxLivePortalViews,
  });
  cleanups.push(() => core.dispose());
  return core;
}

/** A mock server of its own over loopback HTTP, closed after the test. */
async function mockServer() {
  const server = await startMockHttpServer({ port: 0 });
  cleanups.push(() => server.close());
  return server;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

function expectNoSecretOnDisk(dir: string, secrets: IssuedSecrets): void {
  const all = [...secrets.accessTokens, ...secrets.refreshTokens];
  expect(all.length).toBeGreaterThan(0);
  for (const file of filesUnder(dir)) {
    const content = readFileSync(file, 'utf8');
    for (const secret of all) expect(content, file).not.toContain(secret);
    expect(content, file).not.toContain(alice.password);
  }
}

describe('the app core', () => {
  it('keeps a memory-only session when the keychain refuses, and writes no token to disk', async () => {
    const server = await mockServer();
    const dataDir = tempDir();
    const store = new FakeSecretStore();
    store.refuse = true;
    const core = await startCore({ dataDir, store, apiUrl: server.url });

    const result = await core.router.dispatch('session.signIn', { login: alice.email, password: alice.password });
    expect(result).toMatchObject({ ok: true, value: { status: 'signed_in', persistence: 'memory' } });
    expect(await core.router.dispatch('portals.list', undefined)).toMatchObject({ ok: true });

    await core.dispose();
    expectNoSecretOnDisk(dataDir, server.backend.issuedSecrets());
    expect(store.entries.size).toBe(0);
  });

  it('with the embedded mock, survives a restart and keeps only token hashes in its state file', async () => {
    const dataDir = tempDir();
    const store = new FakeSecretStore();
    const first = await startCore({ dataDir, store });
    expect(await first.router.dispatch('session.signIn', { login: alice.email, password: alice.password })).toMatchObject({ ok: true });
    const issued = first.mockBackend?.issuedSecrets() ?? { accessTokens: [], refreshTokens: [], codes: [] };
    await first.dispose();
    expect(filesUnder(dataDir).length).toBeGreaterThan(0);
    expectNoSecretOnDisk(dataDir, issued);

    const second = await startCore({ dataDir, store });
    const state = await second.router.dispatch('session.get', undefined);
    expect(state).toMatchObject({ ok: true, value: { status: 'signed_in', user: { name: 'Alice' } } });
  });

  it('reports which backend is in use', async () => {
    const core = await startCore({ dataDir: tempDir(), store: new FakeSecretStore() });
    expect(await core.router.dispatch('app.info', undefined)).toEqual({
      ok: true,
      value: { version: '0.0.0-test', backend: { mode: 'mock', url: 'https://bitrix-id.mock.invalid/api/v1', source: 'default' }, mockTools: true },
    });
  });

  it('offers no tester tools with a server of its own', async () => {
    const server = await mockServer();
    const core = await startCore({ dataDir: tempDir(), store: new FakeSecretStore(), apiUrl: server.url });
    expect(await core.router.dispatch('app.info', undefined)).toMatchObject({ ok: true, value: { mockTools: false } });
    expect(await core.router.dispatch('mock.inbox', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('gives the embedded mock inbox to testers, newest first', async () => {
    const core = await startCore({ dataDir: tempDir(), store: new FakeSecretStore() });
    expect(await core.router.dispatch('recovery.request', { login: alice.email })).toMatchObject({ ok: true });
    const inbox = await core.router.dispatch('mock.inbox', { to: alice.email });
    expect(inbox).toMatchObject({ ok: true, value: [{ to: alice.email, channel: 'email', checkword: expect.any(String) }] });
  });
});

describe('switching servers', () => {
  it('tests a server, switches to it after signing out cleanly, and remembers it', async () => {
    const server = await mockServer();
    const dataDir = tempDir();
    const store = new FakeSecretStore();
    const events: Array<[string, unknown]> = [];
    const core = await startCore({ dataDir, store, events });
    await core.router.dispatch('session.signIn', { login: alice.email, password: alice.password });
    expect(store.entries.size).toBe(1);

    expect(await core.router.dispatch('server.test', { url: server.url })).toMatchObject({
      ok: true,
      value: { name: expect.any(String), version: expect.any(String) },
    });
    const switched = await core.router.dispatch('server.set', { url: server.url });
    expect(switched).toMatchObject({ ok: true, value: { backend: { mode: 'url', url: server.url, source: 'settings' }, mockTools: false } });
    expect(store.entries.size).toBe(0);
    expect(events).toContainEqual(['session.changed', { status: 'signed_out', reason: 'signed_out', lastLogin: alice.email }]);
    expect(events).toContainEqual(['app.changed', expect.objectContaining({ backend: expect.objectContaining({ url: server.url }) })]);

    // Signing in now goes to the new server.
    expect(await core.router.dispatch('session.signIn', { login: alice.email, password: alice.password })).toMatchObject({ ok: true });
    expect(server.backend.issuedSecrets().refreshTokens).toHaveLength(1);

    await core.dispose();
    const restarted = await startCore({ dataDir, store });
    expect(await restarted.router.dispatch('app.info', undefined)).toMatchObject({ ok: true, value: { backend: { url: server.url } } });
    expect(await restarted.router.dispatch('session.get', undefined)).toMatchObject({ ok: true, value: { status: 'signed_in' } });
  });

  it('lets the command line override the saved server for one run', async () => {
    const saved = await mockServer();
    const override = await mockServer();
    const dataDir = tempDir();
    const first = await startCore({ dataDir, store: new FakeSecretStore() });
    await first.router.dispatch('server.set', { url: saved.url });
    await first.dispose();
    const core = await startCore({ dataDir, store: new FakeSecretStore(), apiUrl: override.url });
    expect(await core.router.dispatch('app.info', undefined)).toMatchObject({
      ok: true,
      value: { backend: { url: override.url, source: 'override' } },
    });
  });

  it.each(['http://id.example.com', 'ftp://127.0.0.1', 'https://user:pw@id.example.com', 'not a url'])(
    'refuses the server address %s',
    async (url) => {
      const core = await startCore({ dataDir: tempDir(), store: new FakeSecretStore() });
      expect(await core.router.dispatch('server.set', { url })).toMatchObject({
        ok: false,
        error: { code: 'validation', fields: { url: 'invalid' } },
      });
    },
  );

  it.each([
    ['answers 404 with a web page', 404, '<!doctype html><title>Not found</title>'],
    ['answers 200 with a web page', 200, '<!doctype html><title>Welcome</title>'],
    ['asks for a sign-in', 401, ''],
  ])('says a server that %s is not a Bitrix ID server, and does not switch to it', async (_what, status, body) => {
    const otherServer = await otherKindOfServer(status, body);
    const core = await startCore({ dataDir: tempDir(), store: new FakeSecretStore() });
    const notBitrixId = { ok: false, error: { code: 'not_bitrix_id_server' } };

    expect(await core.router.dispatch('server.test', { url: otherServer })).toMatchObject(notBitrixId);
    expect(await core.router.dispatch('server.set', { url: otherServer })).toMatchObject(notBitrixId);
    expect(await core.router.dispatch('app.info', undefined)).toMatchObject({ ok: true, value: { backend: { mode: 'mock' } } });
  });

  it('counts a server in trouble (5xx) as unreachable for now, not as another kind of server', async () => {
    const core = await startCore({ dataDir: tempDir(), store: new FakeSecretStore() });
    expect(await core.router.dispatch('server.test', { url: await otherKindOfServer(502, 'Bad gateway') })).toMatchObject({
      ok: false,
      error: { code: 'server' },
    });
  });

  it('says when a server cannot be reached', async () => {
    const core = await startCore({ dataDir: tempDir(), store: new FakeSecretStore() });
    expect(await core.router.dispatch('server.test', { url: 'http://127.0.0.1:9' })).toMatchObject({
      ok: false,
      error: { code: 'network' },
    });
  });
});

describe('the backend an installed app starts with', () => {
  const modeOf = async (core: AppCore) => {
    const info = (await core.router.dispatch('app.info', undefined)) as Result<AppInfo>;
    return info.ok ? { mode: info.value.backend.mode, url: info.value.backend.url, source: info.value.backend.source } : null;
  };

  it('is Bitrix24 mode on the real Network the first time, and the embedded mock in development', async () => {
    expect(await modeOf(await startCore({ dataDir: tempDir(), store: new FakeSecretStore(), packaged: true }))).toEqual({
      mode: 'bitrix24',
      url: 'https://www.bitrix24.net/',
      source: 'default',
    });
    expect(await modeOf(await startCore({ dataDir: tempDir(), store: new FakeSecretStore() }))).toMatchObject({ mode: 'mock', source: 'default' });
  });

  it('is what the person chose on the Server screen, and what the command line says for one run', async () => {
    const dataDir = tempDir();
    const first = await startCore({ dataDir, store: new FakeSecretStore(), packaged: true });
    await first.router.dispatch('server.set', { url: null });
    await first.dispose();
    expect(await modeOf(await startCore({ dataDir, store: new FakeSecretStore(), packaged: true }))).toMatchObject({ mode: 'mock' });
    expect(
      await modeOf(await startCore({ dataDir, store: new FakeSecretStore(), packaged: true, override: { mode: 'bitrix24', networkUrl: 'http://127.0.0.1:4999/' } })),
    ).toEqual({ mode: 'bitrix24', url: 'http://127.0.0.1:4999/', source: 'override' });
  });

  it('keeps answering the API channels with a closed code in Bitrix24 mode', async () => {
    const core = await startCore({ dataDir: tempDir(), store: new FakeSecretStore(), packaged: true });
    expect(await core.router.dispatch('session.signIn', { login: 'alice@example.com', password: 'Alice-Passw0rd!' })).toEqual({
      ok: false,
      error: { code: 'unsupported' },
    });
    expect(await core.router.dispatch('account.passwordPolicy', undefined)).toEqual({ ok: false, error: { code: 'unsupported' } });
    expect(await core.router.dispatch('mock.inbox', {})).toEqual({ ok: false, error: { code: 'unsupported' } });
  });
});

describe('portals in the app core', () => {
  const signIn = async (core: AppCore) =>
    expect(await core.router.dispatch('session.signIn', { login: alice.email, password: alice.password })).toMatchObject({ ok: true });

  it("with the embedded mock, opens a portal on the mock's page for it, signed in once by its one-time login", async () => {
    const host = new FakePortalViewHost();
    const core = await startCore({ dataDir: tempDir(), store: new FakeSecretStore(), host });
    await signIn(core);

    expect(await core.router.dispatch('portals.open', { portalId: 'p-acme' })).toEqual({
      ok: true,
      value: { portalId: 'p-acme', frameUrl: '/portal-frame/p-acme', reused: false },
    });
    const spec = host.views.get('p-acme');
    if (!spec?.mockPages) throw new Error('The embedded mock gave the view no portal pages.');
    expect(spec.mockPages(spec.loginUrl)).toMatchObject({ status: 200, html: expect.stringContaining('ACME Corp — signed in as Alice Demo') });
    expect(spec.mockPages(spec.loginUrl)).toMatchObject({ status: 401 });
    expect(spec.mockPages('https://acme.bitrix24.com/favicon.ico')).toMatchObject({ status: 404 });
  });

  it('closes every portal view when switching servers', async () => {
    const server = await mockServer();
    const host = new FakePortalViewHost();
    const core = await startCore({ dataDir: tempDir(), store: new FakeSecretStore(), host });
    await signIn(core);
    await core.router.dispatch('portals.open', { portalId: 'p-acme' });
    expect(host.views.size).toBe(1);

    expect(await core.router.dispatch('server.set', { url: server.url })).toMatchObject({ ok: true });
    expect(host.views.size).toBe(0);
  });

  it("ends the person's portals with the server: after a switch their views are closed and no list answers", async () => {
    const server = await mockServer();
    const host = new FakePortalViewHost();
    const events: Array<[string, unknown]> = [];
    const core = await startCore({ dataDir: tempDir(), store: new FakeSecretStore(), host, events });
    await signIn(core);
    expect(await core.router.dispatch('portals.list', undefined)).toMatchObject({ ok: true });
    expect(await core.router.dispatch('portals.open', { portalId: 'p-acme' })).toMatchObject({ ok: true });

    expect(await core.router.dispatch('server.set', { url: server.url })).toMatchObject({ ok: true });

    expect(host.views.size).toBe(0);
    expect(events.filter(([event]) => event === 'portals.views').at(-1)).toEqual(['portals.views', { live: [], activeId: null }]);
    expect(await core.router.dispatch('portals.list', undefined)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await core.router.dispatch('portals.open', { portalId: 'p-acme' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('keeps as many portal views alive as the saved setting says, unless this run says otherwise', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ apiUrl: null, maxLivePortalViews: 2 }));
    const host = new FakePortalViewHost();
    const core = await startCore({ dataDir, store: new FakeSecretStore(), host });
    await signIn(core);
    for (const portalId of ['p-acme', 'p-alice-team', 'p-partners-hub']) await core.router.dispatch('portals.open', { portalId });
    expect(host.destroyed).toEqual(['p-acme']);
    await core.dispose();

    const overridden = new FakePortalViewHost();
    const again = await startCore({ dataDir, store: new FakeSecretStore(), host: overridden, maxLivePortalViews: 1 });
    await signIn(again);
    for (const portalId of ['p-acme', 'p-alice-team']) await again.router.dispatch('portals.open', { portalId });
    expect(overridden.destroyed).toEqual(['p-acme']);

    // Choosing a server keeps the other settings (the last login signed in here among them).
    await again.router.dispatch('server.set', { url: null });
    expect(JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'))).toEqual({
      backend: 'mock',
      apiUrl: null,
      maxLivePortalViews: 2,
      lastLogins: { [EMBEDDED_MOCK_BASE_URL]: alice.email },
    });
  });

  it('applies a new live-view cap at once: the least recently used views beyond it close, the shown one stays', async () => {
    const host = new FakePortalViewHost();
    const events: Array<[string, unknown]> = [];
    const core = await startCore({ dataDir: tempDir(), store: new FakeSecretStore(), host, events });
    await signIn(core);
    for (const portalId of ['p-acme', 'p-alice-team', 'p-partners-hub']) await core.router.dispatch('portals.open', { portalId });
    expect(host.destroyed).toEqual([]);

    expect(await core.router.dispatch('settings.update', { maxLivePortalViews: 1 })).toMatchObject({ ok: true, value: { maxLivePortalViews: 1 } });

    expect(host.destroyed).toEqual(['p-acme', 'p-alice-team']);
    expect(events.filter(([event]) => event === 'portals.views').at(-1)?.[1]).toMatchObject({ activeId: 'p-partners-hub', live: [{ portalId: 'p-partners-hub' }] });
    expect(events.filter(([event]) => event === 'settings.changed').at(-1)?.[1]).toMatchObject({ maxLivePortalViews: 1 });
    // A server opened later keeps the new cap.
    await core.router.dispatch('server.set', { url: null });
    await signIn(core);
    for (const portalId of ['p-acme', 'p-alice-team']) await core.router.dispatch('portals.open', { portalId });
    expect(host.destroyed.slice(-1)).toEqual(['p-acme']);
  });
});

describe('links and the signed-in person', () => {
  it('asks about a login confirmation link that came before the session was restored, once it is', async () => {
    const dataDir = tempDir();
    const store = new FakeSecretStore();
    const first = await startCore({ dataDir, store });
    await first.router.dispatch('session.signIn', { login: alice.email, password: alice.password });
    const newLogin = 'alice.new@example.com';
    const change = { channel: 'email' as const, value: newLogin, currentPassword: alice.password, updatePortals: false };
    expect(await first.router.dispatch('account.changeLogin', change)).toMatchObject({ ok: true });
    const link = first.mockBackend?.inbox(newLogin)[0]?.link ?? '';
    await first.dispose();

    const restarted = await startCore({ dataDir, store });
    expect(restarted.links.receive(link)).toBe(true);
    expect(restarted.links.pending()).toEqual({ kind: 'confirm-login', state: 'needs_sign_in' });
    expect(await restarted.router.dispatch('session.get', undefined)).toMatchObject({ ok: true, value: { status: 'signed_in' } });

    await vi.waitFor(() => expect(restarted.links.pending()).toEqual({ kind: 'confirm-login', state: 'asking', login: newLogin }));
  });
});

describe('mock scenarios in the app', () => {
  it('lists the scenarios, switches one at run time, and resets to the seed', async () => {
    const core = await startCore({ dataDir: tempDir(), store: new FakeSecretStore() });
    const listed = await core.router.dispatch('mock.scenarios', undefined);
    expect(listed).toMatchObject({ ok: true, value: { current: 'default' } });
    expect(listed.ok && (listed.value as { available: Array<{ name: string }> }).available.map((s) => s.name)).toContain('offline');

    expect(await core.router.dispatch('mock.setScenario', { name: 'offline' })).toMatchObject({ ok: true, value: { current: 'offline' } });
    expect(await core.router.dispatch('session.signIn', { login: alice.email, password: alice.password })).toMatchObject({
      ok: false,
      error: { code: 'network' },
    });
    expect(await core.router.dispatch('backend.status', undefined)).toEqual({ ok: true, value: { reachable: false } });

    expect(await core.router.dispatch('mock.setScenario', { name: 'no-such-thing' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await core.router.dispatch('mock.reset', undefined)).toMatchObject({ ok: true, value: { current: 'default' } });
    expect(await core.router.dispatch('session.signIn', { login: alice.email, password: alice.password })).toMatchObject({ ok: true });
  });
});
