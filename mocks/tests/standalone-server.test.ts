import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { MockBackend, seedCredentials } from '../index.ts';
import { createApiClient, signedIn, type TokenBody } from './api-client.ts';
import { runCliToExit, startCli, useStandaloneServer } from './standalone-harness.ts';

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
  const servers = useStandaloneServer();

  it('serves the API over real HTTP on a free port', async () => {
    const { url, api } = await servers.start();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

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
    const server = await servers.start({ backend });
    expect(server.backend).toBe(backend);
    const tokens = await signedIn(server.api, alice.email, alice.password);
    expect(backend.issuedSecrets().accessTokens).toEqual([tokens.access_token]);
  });

  it('answers 404 JSON for a route it does not have', async () => {
    const reply = await (await servers.start()).api.send('/no-such-route');
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({ error: 'not_found' });
  });

  it('answers to localhost on its port as well as 127.0.0.1', async () => {
    const { url } = await servers.start();
    const { port } = new URL(url);
    expect((await getWithHost(url, '/me', `localhost:${port}`)).status).toBe(401);
  });

  it("serves a portal's one-time sign-in page to the portal's Host name only", async () => {
    const { url: serverUrl, api } = await servers.start();
    const token = (await signedIn(api, alice.email, alice.password)).access_token;
    const pagePath = async () => {
      const url = new URL(((await api.portalSsoLink(token, 'p-acme')).body as { url: string }).url);
      return `${url.pathname}${url.search}`;
    };

    const page = await getWithHost(serverUrl, await pagePath(), 'acme.bitrix24.com');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<h1>ACME Corp — signed in as Alice Demo</h1>');
    // The server's own name is not the portal's: the ticket opens nothing there.
    expect((await getWithHost(serverUrl, await pagePath(), new URL(serverUrl).host)).status).toBe(401);
  });
});

describe('mocks/server/cli.ts', () => {
  it('prints one line with its URL, serves fresh seed state, and exits cleanly on SIGTERM', async () => {
    const cli = startCli();
    try {
      const firstLine = await cli.firstLine;
      const match = /^Mock Bitrix ID backend listening at (http:\/\/127\.0\.0\.1:\d+)$/.exec(firstLine);
      expect(match, firstLine).not.toBeNull();

      const api = createApiClient(match?.[1] ?? '');
      const reply = await api.signIn(alice.email, alice.password);
      expect(reply.status).toBe(200);
      expect((reply.body as TokenBody).user_id).toBe('u-alice');
    } finally {
      cli.child.kill('SIGTERM');
    }
    expect(await cli.exited).toBe(0);
    expect(cli.stdout().trimEnd().split('\n')).toHaveLength(1);
  });

  it('with --bitrix24, starts the emulated Bitrix24 beside it and prints its Network address', async () => {
    const cli = startCli(['--bitrix24', '--bitrix24-port', '0']);
    try {
      await cli.firstLine;
      const secondLine = await new Promise<string>((resolve) => {
        const check = () => {
          const lines = cli.stdout().split('\n');
          if (lines.length > 2) resolve(lines[1] ?? '');
        };
        cli.child.stdout.on('data', check);
        check();
      });
      const match = /^Emulated Bitrix24\.Network listening at (http:\/\/127\.0\.0\.1:(\d+)\/) \(portals: (.*)\)$/.exec(secondLine);
      expect(match, secondLine).not.toBeNull();
      const port = match?.[2] ?? '';
      expect(match?.[3]).toBe(['alpha', 'beta', 'gamma'].map((name) => `http://${name}.localhost:${port}/`).join(', '));
      const signIn = await fetch(`${match?.[1] ?? ''}passport/view/`);
      expect(await signIn.text()).toContain('<h1>Sign in to Bitrix24</h1>');
    } finally {
      cli.child.kill('SIGTERM');
    }
    expect(await cli.exited).toBe(0);
  });

  it('refuses a port that is not a number', async () => {
    const { code, stderr } = await runCliToExit(['--port', 'http']);
    expect(code).toBe(2);
    expect(stderr).toContain('--port');
    const bitrix24 = await runCliToExit(['--bitrix24', '--bitrix24-port', 'x']);
    expect(bitrix24.code).toBe(2);
    expect(bitrix24.stderr).toContain('--bitrix24-port');
  });
});
