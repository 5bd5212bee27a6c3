import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../src-main/app-core.ts';
import { silentLogger } from '../../src-main/logging/logger.ts';
import { seedCredentials, startMockHttpServer, type IssuedSecrets } from '../../mocks/index.ts';
import { FakeSecretStore } from '../unit/fake-secret-store.ts';

const alice = seedCredentials.alice;
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bitrix-id-core-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function startCore(options: { dataDir: string; store: FakeSecretStore; apiUrl?: string }): Promise<AppCore> {
  const core = await createAppCore({
    version: '0.0.0-test',
    backend: options.apiUrl ? { mode: 'url', url: options.apiUrl } : { mode: 'mock' },
    secretStore: options.store,
    keychainService: 'core test',
    dataDir: options.dataDir,
    emit: () => {},
    log: silentLogger,
  });
  cleanups.push(() => core.dispose());
  return core;
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
    const server = await startMockHttpServer({ port: 0 });
    cleanups.push(() => server.close());
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
      value: { version: '0.0.0-test', backend: { mode: 'mock', url: 'https://bitrix-id.mock.invalid/api/v1' }, mockTools: true },
    });
  });

  it('offers no tester tools with a server of its own', async () => {
    const server = await startMockHttpServer({ port: 0 });
    cleanups.push(() => server.close());
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
