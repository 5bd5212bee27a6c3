import { describe, expect, it } from 'vitest';
import { BODY_TOO_LARGE_MESSAGE, MAX_REQUEST_BODY_BYTES, seedCredentials } from '../index.ts';
import { rawRequest } from './raw-http.ts';
import { useStandaloneServer } from './standalone-harness.ts';

const FOREIGN_HOST = { status: 421, body: 'This server answers only requests addressed to its own loopback address.' };

describe('the standalone mock server refuses what is not addressed to it', () => {
  const servers = useStandaloneServer();

  it('serves its tester routes to 127.0.0.1, localhost and [::1] on its port', async () => {
    const { url } = await servers.start();
    const { port } = new URL(url);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      const secrets = await rawRequest(url, { path: '/__mock/issued-secrets', headers: { host } });
      expect(secrets.status, host).toBe(200);
      expect(JSON.parse(secrets.body)).toHaveProperty('accessTokens');
      expect((await rawRequest(url, { path: '/__mock/inbox', headers: { host } })).status, host).toBe(200);
    }
  });

  it('refuses a DNS-rebinding name, another port and a missing Host, on every route', async () => {
    const { url, backend } = await servers.start();
    const { port } = new URL(url);
    for (const path of ['/__mock/issued-secrets', '/__mock/inbox', '/me']) {
      for (const host of [`evil.example:${port}`, `127.0.0.1:${Number(port) + 1}`, `localhost`]) {
        const reply = await rawRequest(url, { path, headers: { host } });
        expect({ status: reply.status, body: reply.body }, `${host} ${path}`).toEqual(FOREIGN_HOST);
      }
      // Node's server turns away an HTTP/1.1 request with no Host before the rule even runs.
      expect(await rawRequest(url, { path, omitHost: true }), path).toMatchObject({ status: 400, body: '' });
    }
    const reset = await rawRequest(url, { method: 'POST', path: '/__mock/reset', headers: { host: `evil.example:${port}` } });
    expect(reset.status).toBe(421);
    // A sign-in through a foreign name issues nothing.
    const body = JSON.stringify({ grant_type: 'password', username: seedCredentials.alice.email, password: seedCredentials.alice.password });
    const signIn = await rawRequest(url, {
      method: 'POST',
      path: '/auth/token',
      headers: { host: `evil.example:${port}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    expect(signIn.status).toBe(421);
    expect(backend.issuedSecrets().accessTokens).toEqual([]);
  });

  it('refuses a request target naming another host', async () => {
    const { url } = await servers.start();
    const reply = await rawRequest(url, { path: 'http://evil.example/__mock/issued-secrets' });
    expect({ status: reply.status, body: reply.body }).toEqual(FOREIGN_HOST);
  });

  it('refuses a streamed body over 64 KiB with 413 before reading it all', async () => {
    const { url } = await servers.start();
    const reply = await rawRequest(url, {
      method: 'POST',
      path: '/auth/token',
      headers: { 'content-type': 'application/json' },
      bodyBytes: 100 * 1024 * 1024,
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toEqual({ error: 'invalid_request', message: BODY_TOO_LARGE_MESSAGE });
    expect(BODY_TOO_LARGE_MESSAGE).toBe('The request body is larger than 65536 bytes.');
  });

  it('refuses a declared Content-Length over 64 KiB at once', async () => {
    const { url } = await servers.start();
    const reply = await rawRequest(url, {
      method: 'POST',
      path: '/auth/token',
      // Declared but never sent: the answer cannot wait for the body.
      headers: { 'content-type': 'application/json', 'content-length': 100 * 1024 * 1024 },
    });
    expect(reply.status).toBe(413);
  });

  it('reads a body of exactly 64 KiB, and refuses one byte more', async () => {
    const { url } = await servers.start();
    const post = (bytes: number) =>
      rawRequest(url, { method: 'POST', path: '/auth/token', headers: { 'content-type': 'application/json' }, bodyBytes: bytes });
    // Not JSON, so the API refuses it: but it was read.
    expect((await post(MAX_REQUEST_BODY_BYTES)).status).toBe(400);
    expect((await post(MAX_REQUEST_BODY_BYTES + 1)).status).toBe(413);
  });
});
