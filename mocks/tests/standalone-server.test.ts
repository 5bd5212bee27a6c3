import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { MockBackend, seedCredentials, startMockHttpServer, type RunningMockHttpServer } from '../index.ts';
import { createApiClient, signedIn, type TokenBody } from './api-client.ts';

const cliPath = fileURLToPath(new URL('../server/cli.ts', import.meta.url));
const alice = seedCredentials.alice;

/** A GET to the server with another Host header, as a hosts-file entry or another name for it sends. */
function getWithHost(serverUrl: string, path: string, host: string): Promise<{ status: number | undefined; body: string }> {
  const { port } = new URL(serverUrl);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: '127.0.0.1', port, path, headers: { host } }, (incoming) => {
      let body = '';
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => (body += chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode, body }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('startMockHttpServer', () => {
  let running: RunningMockHttpServer | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });

  it('serves the API over real HTTP on a free port', async () => {
    running = await startMockHttpServer({ port: 0 });
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const api = createApiClient(running.url);

    const tokens = await signedIn(api, alice.phone, alice.password);
    const me = await api.me(tokens.access_token);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: 'u-alice', email: alice.email });

    const portals = await api.portals(tokens.access_token, '?limit=501');
    expect(portals.status).toBe(400);
    const unauthorised = await api.me();
    expect(unauthorised.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');

    // An empty 204 and a 202 survive the trip through node:http.
    const recovery = await api.requestRecovery(alice.email);
    expect([recovery.status, recovery.body]).toEqual([202, { retry_after_seconds: 60 }]);
    const revoked = await api.revokeAllSessions(tokens.access_token);
    expect([revoked.status, revoked.body]).toEqual([204, null]);
    expect((await api.me(tokens.access_token)).status).toBe(401);
  });

  it('serves the backend it was given', async () => {
    const backend = new MockBackend();
    running = await startMockHttpServer({ port: 0, backend });
    expect(running.backend).toBe(backend);
    const tokens = await signedIn(createApiClient(running.url), alice.email, alice.password);
    expect(backend.issuedSecrets().accessTokens).toEqual([tokens.access_token]);
  });

  it('answers 404 JSON for a route it does not have', async () => {
    running = await startMockHttpServer({ port: 0 });
    const reply = await createApiClient(running.url).send('/no-such-route');
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({ error: 'not_found' });
  });

  it('answers whatever Host name the client used for it', async () => {
    running = await startMockHttpServer({ port: 0 });
    const { port } = new URL(running.url);
    expect((await getWithHost(running.url, '/me', `localhost:${port}`)).status).toBe(401);
  });

  it("serves a portal's one-time sign-in page to the portal's Host name only", async () => {
    running = await startMockHttpServer({ port: 0 });
    const api = createApiClient(running.url);
    const token = (await signedIn(api, alice.email, alice.password)).access_token;
    const pagePath = async () => {
      const url = new URL(((await api.portalSsoLink(token, 'p-acme')).body as { url: string }).url);
      return `${url.pathname}${url.search}`;
    };

    const page = await getWithHost(running.url, await pagePath(), 'acme.bitrix24.com');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<h1>ACME Corp — signed in as Alice Demo</h1>');
    // The server's own name is not the portal's: the ticket opens nothing there.
    expect((await getWithHost(running.url, await pagePath(), new URL(running.url).host)).status).toBe(401);
  });
});

describe('mocks/server/cli.ts', () => {
  it('prints one line with its URL, serves fresh seed state, and exits cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [cliPath, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const firstLine = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: string) => {
          stdout += chunk;
          if (stdout.includes('\n')) resolve(stdout.split('\n')[0] ?? '');
        });
        child.once('exit', () => reject(new Error(`CLI exited early; stdout: ${stdout}`)));
      });
      const match = /^Mock Bitrix ID backend listening at (http:\/\/127\.0\.0\.1:\d+)$/.exec(firstLine);
      expect(match, firstLine).not.toBeNull();

      const api = createApiClient(match?.[1] ?? '');
      const reply = await api.signIn(alice.email, alice.password);
      expect(reply.status).toBe(200);
      expect((reply.body as TokenBody).user_id).toBe('u-alice');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('refuses a port that is not a number', async () => {
    const child = spawn(process.execPath, [cliPath, '--port', 'http'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('--port');
  });
});
