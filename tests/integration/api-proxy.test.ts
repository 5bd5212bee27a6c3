/**
 * Main's api client behind a company proxy, in plain Node (the harness's runtime): calls go through
 * a loopback HTTP proxy (absolute-URL requests for http, CONNECT tunnels for https) named by
 * `HTTPS_PROXY`/`HTTP_PROXY` or by the Settings screen's manual proxy, with its credentials from the
 * keychain; `NO_PROXY` sends them direct; an HTTPS server signed by a company CA is trusted only
 * when that CA is configured (`NODE_EXTRA_CA_CERTS`). The proxy answers every host from loopback
 * servers, so `api.test` (which no DNS resolves) is reachable only through it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../src-main/api/api-client.ts';
import { nodeTransport, type ApiTransport } from '../../src-main/api/api-transport.ts';
import { serverApi } from '../../src-main/api/server-api.ts';
import { systemProxy } from '../../src-main/config/proxy-config.ts';
import { SettingsStore } from '../../src-main/config/settings-store.ts';
import { silentLogger } from '../../src-main/logging/logger.ts';
import { PROXY_CREDENTIALS_ACCOUNT, ProxyService } from '../../src-main/services/proxy-service.ts';
import { FakeSecretStore } from '../unit/fake-secret-store.ts';

const fixtures = join(import.meta.dirname, 'tls-fixtures');
const TEST_CA_FILE = join(fixtures, 'test-ca.pem');
const KEYCHAIN_SERVICE = 'Bitrix ID Desktop (proxy test)';

const answerHealth: RequestListener = (request, response) => {
  response.writeHead(request.url === '/health' ? 200 : 404, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ name: 'Test server', version: '1.0' }));
};

const listen = async (server: Server): Promise<number> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};

interface ProxyRecord {
  kind: 'forward' | 'connect';
  /** The absolute URL asked for, or the CONNECT target (`host:port`). */
  target: string;
  authorization: string | undefined;
}

/** Every tunnel's two sockets: a server's close waits for them, and they are not its connections. */
const tunnelSockets = new Set<Duplex>();

/** A loopback forward proxy: every `host:80` goes to `httpPort`, every `host:443` to `httpsPort`. */
function createLoopbackProxy(ports: { http: number; https: number }, requiredAuthorization?: string) {
  const seen: ProxyRecord[] = [];
  const authorised = (request: IncomingMessage) =>
    requiredAuthorization === undefined || request.headers['proxy-authorization'] === requiredAuthorization;
  const server = createHttpServer((request, response) => {
    seen.push({ kind: 'forward', target: request.url ?? '', authorization: request.headers['proxy-authorization'] });
    if (!authorised(request)) {
      response.writeHead(407, { 'proxy-authenticate': 'Basic realm="test"' }).end();
      return;
    }
    const url = new URL(request.url ?? '');
    const upstream = httpRequest(
      { host: '127.0.0.1', port: ports.http, path: url.pathname + url.search, method: request.method, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    request.pipe(upstream);
  });
  server.on('connect', (request: IncomingMessage, socket, head) => {
    seen.push({ kind: 'connect', target: request.url ?? '', authorization: request.headers['proxy-authorization'] });
    if (!authorised(request)) {
      socket.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\n\r\n');
      return;
    }
    tunnelSockets.add(socket);
    const upstream = connect(ports.https, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    tunnelSockets.add(upstream);
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  return { server, seen };
}

const basic = (username: string, password: string) => `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

const health = (baseUrl: string, transport: ApiTransport) =>
  serverApi.health(new ApiClient({ baseUrl, transport, timeoutMs: 5000, retry: { maxRetries: 0 } }));

const plainServer = createHttpServer(answerHealth);
const tlsServer = createHttpsServer(
  { key: readFileSync(join(fixtures, 'server.key')), cert: readFileSync(join(fixtures, 'server.pem')) },
  answerHealth,
);
const ports = { http: 0, https: 0 };
const servers: Server[] = [plainServer, tlsServer];
let proxyUrl = '';
let seen: ProxyRecord[] = [];

beforeAll(async () => {
  ports.http = await listen(plainServer);
  ports.https = await listen(tlsServer);
  const proxy = createLoopbackProxy(ports);
  servers.push(proxy.server);
  proxyUrl = `http://127.0.0.1:${await listen(proxy.server)}`;
  seen = proxy.seen;
});

afterEach(() => {
  seen.length = 0;
});

afterAll(async () => {
  for (const socket of tunnelSockets) socket.destroy();
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('the api client in plain Node, with the environment’s proxy', () => {
  it('sends an http call through HTTP_PROXY as an absolute-URL request', async () => {
    const transport = nodeTransport({ proxy: () => systemProxy, env: { HTTP_PROXY: proxyUrl } });

    const answer = await health('http://api.test', transport);

    expect(answer).toEqual({ ok: true, value: { name: 'Test server', version: '1.0' } });
    expect(seen).toEqual([{ kind: 'forward', target: 'http://api.test/health', authorization: undefined }]);
  });

  it('tunnels an https call through https_proxy with CONNECT, trusting the company CA from NODE_EXTRA_CA_CERTS', async () => {
    const transport = nodeTransport({ proxy: () => systemProxy, env: { https_proxy: proxyUrl, NODE_EXTRA_CA_CERTS: TEST_CA_FILE } });

    const answer = await health('https://api.test', transport);

    expect(answer.ok).toBe(true);
    expect(seen).toEqual([{ kind: 'connect', target: 'api.test:443', authorization: undefined }]);
  });

  it.each([['api.test'], ['.test'], ['*.test'], ['example.com, api.test:443'], ['*']])(
    'goes direct for a host NO_PROXY=%s names, never touching the proxy',
    async (noProxy) => {
      const transport = nodeTransport({ proxy: () => systemProxy, env: { HTTPS_PROXY: proxyUrl, NO_PROXY: noProxy } });

      const answer = await health('https://api.test', transport);

      // Direct, api.test resolves nowhere: the server is unreachable, and the proxy saw nothing.
      expect(answer.ok).toBe(false);
      expect(answer.ok ? null : answer.error.code).toBe('network');
      expect(seen).toEqual([]);
    },
  );

  it('still uses the proxy for a host NO_PROXY does not name', async () => {
    const transport = nodeTransport({
      proxy: () => systemProxy,
      env: { HTTPS_PROXY: proxyUrl, NO_PROXY: 'example.com,api.test:8443', NODE_EXTRA_CA_CERTS: TEST_CA_FILE },
    });

    expect((await health('https://api.test', transport)).ok).toBe(true);
    expect(seen.map((record) => record.target)).toEqual(['api.test:443']);
  });

  it('never sends a call to this computer through the proxy', async () => {
    const transport = nodeTransport({ proxy: () => systemProxy, env: { HTTP_PROXY: proxyUrl } });

    expect((await health(`http://127.0.0.1:${ports.http}`, transport)).ok).toBe(true);
    expect(seen).toEqual([]);
  });
});

describe('a company CA', () => {
  it('is trusted when NODE_EXTRA_CA_CERTS names it', async () => {
    const transport = nodeTransport({ proxy: () => systemProxy, env: { NODE_EXTRA_CA_CERTS: TEST_CA_FILE } });

    expect(await health(`https://localhost:${ports.https}`, transport)).toEqual({
      ok: true,
      value: { name: 'Test server', version: '1.0' },
    });
  });

  it('is refused with untrusted_certificate without it', async () => {
    const transport = nodeTransport({ proxy: () => systemProxy, env: {} });

    const answer = await health(`https://localhost:${ports.https}`, transport);

    expect(answer.ok ? null : answer.error.code).toBe('untrusted_certificate');
  });

  it('is refused with untrusted_certificate through a proxy too (a proxy that intercepts HTTPS looks the same)', async () => {
    const transport = nodeTransport({ proxy: () => systemProxy, env: { HTTPS_PROXY: proxyUrl } });

    const answer = await health('https://api.test', transport);

    expect(answer.ok ? null : answer.error.code).toBe('untrusted_certificate');
    expect(seen.map((record) => record.kind)).toEqual(['connect']);
  });
});

describe('the Settings screen’s manual proxy, with credentials from the keychain', () => {
  const dirs: string[] = [];
  const authProxy = createLoopbackProxy(ports, basic('j.doe', 'p@ss:word'));
  let authProxyUrl = '';

  beforeAll(async () => {
    // The ports are known by now: the proxy reads them when it forwards.
    authProxyUrl = `http://127.0.0.1:${await listen(authProxy.server)}`;
    servers.push(authProxy.server);
  });

  afterEach(() => {
    authProxy.seen.length = 0;
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  const openService = (secrets = new FakeSecretStore()) => {
    const dir = mkdtempSync(join(tmpdir(), 'bitrix-id-proxy-'));
    dirs.push(dir);
    const store = new SettingsStore(dir);
    const service = new ProxyService({ store, secrets, keychainService: KEYCHAIN_SERVICE, log: silentLogger });
    return { service, store, secrets, settingsFile: join(dir, 'settings.json') };
  };

  it('is refused with proxy_auth_required without credentials, and goes through with the saved ones', async () => {
    const { service, secrets, settingsFile } = openService();
    await service.load();

    expect(await service.set({ mode: 'manual', url: authProxyUrl })).toEqual({
      ok: true,
      value: { mode: 'manual', url: authProxyUrl, hasCredentials: false },
    });
    const refused = await health('http://api.test', service.transport);
    const refusedTls = await health('https://api.test', service.transport);
    expect(refused.ok ? null : refused.error.code).toBe('proxy_auth_required');
    expect(refusedTls.ok ? null : refusedTls.error.code).toBe('proxy_auth_required');

    const saved = await service.set({ mode: 'manual', url: authProxyUrl, credentials: { username: 'j.doe', password: 'p@ss:word' } });
    expect(saved).toEqual({ ok: true, value: { mode: 'manual', url: authProxyUrl, hasCredentials: true } });
    authProxy.seen.length = 0;
    expect((await health('http://api.test', service.transport)).ok).toBe(true);
    expect(authProxy.seen).toEqual([{ kind: 'forward', target: 'http://api.test/health', authorization: basic('j.doe', 'p@ss:word') }]);

    // The address in settings.json, the credentials only in the keychain.
    const file = readFileSync(settingsFile, 'utf8');
    expect(JSON.parse(file)).toMatchObject({ proxyUrl: authProxyUrl });
    expect(file).not.toContain('j.doe');
    expect(file).not.toContain('p@ss');
    expect(await secrets.getPassword(KEYCHAIN_SERVICE, PROXY_CREDENTIALS_ACCOUNT)).toContain('j.doe');
  });

  it('reads the saved proxy and credentials at start, before the first call', async () => {
    const first = openService();
    await first.service.set({ mode: 'manual', url: authProxyUrl, credentials: { username: 'j.doe', password: 'p@ss:word' } });
    const restarted = new ProxyService({ store: first.store, secrets: first.secrets, keychainService: KEYCHAIN_SERVICE, log: silentLogger });

    await restarted.load();

    expect(restarted.get()).toEqual({ mode: 'manual', url: authProxyUrl, hasCredentials: true });
    expect((await health('http://api.test', restarted.transport)).ok).toBe(true);
  });

  it('saves nothing when the keychain refuses the credentials', async () => {
    const { service, secrets, settingsFile } = openService();
    await service.set({ mode: 'manual', url: proxyUrl });
    secrets.refuse = true;

    const answer = await service.set({ mode: 'manual', url: authProxyUrl, credentials: { username: 'j.doe', password: 'p@ss:word' } });

    expect(answer).toEqual({ ok: false, error: { code: 'keychain_unavailable' } });
    expect(service.get()).toEqual({ mode: 'manual', url: proxyUrl, hasCredentials: false });
    expect(JSON.parse(readFileSync(settingsFile, 'utf8'))).toMatchObject({ proxyUrl });
  });

  it('goes back to the system settings, removing the credentials', async () => {
    const { service, secrets, settingsFile } = openService();
    await service.set({ mode: 'manual', url: authProxyUrl, credentials: { username: 'j.doe', password: 'p@ss:word' } });

    expect(await service.set({ mode: 'system' })).toEqual({ ok: true, value: { mode: 'system', url: null, hasCredentials: false } });

    expect(await secrets.getPassword(KEYCHAIN_SERVICE, PROXY_CREDENTIALS_ACCOUNT)).toBeNull();
    expect(JSON.parse(readFileSync(settingsFile, 'utf8'))).not.toHaveProperty('proxyUrl');
  });

  it('answers proxy_failed when the proxy refuses the connection', async () => {
    const closed = createHttpServer();
    const port = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const { service } = openService();
    await service.set({ mode: 'manual', url: `http://127.0.0.1:${port}` });

    const answer = await health('https://api.test', service.transport);

    expect(answer.ok ? null : answer.error.code).toBe('proxy_failed');
  });

  it('tests the server in use through the proxy', async () => {
    const { service } = openService();
    await service.set({ mode: 'manual', url: authProxyUrl, credentials: { username: 'j.doe', password: 'p@ss:word' } });

    expect(await service.test({ baseUrl: 'http://api.test', path: '/health' })).toEqual({ ok: true, value: null });
    await service.set({ mode: 'manual', url: authProxyUrl, credentials: null });
    expect(await service.test({ baseUrl: 'http://api.test', path: '/health' })).toEqual({
      ok: false,
      error: { code: 'proxy_auth_required' },
    });
    expect(await service.test(null)).toEqual({ ok: false, error: { code: 'unsupported' } });
  });
});
