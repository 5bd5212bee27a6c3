/**
 * The api client over Electron's network stack, without Electron: the fetch-based transport with a
 * fake fetch (Chromium's `net::ERR_*` failures mapped to closed codes, no redirect followed, the
 * timeout), and the fetch over `net.request` with a fake request (proxy credentials offered once,
 * a redirect answered, never followed).
 */
import { EventEmitter } from 'node:events';
import type { ClientRequest, ClientRequestConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiClient } from '../../src-main/api/api-client.ts';
import { fetchTransport } from '../../src-main/api/api-transport.ts';
import { serverApi } from '../../src-main/api/server-api.ts';
import { netRequestFetch } from '../../src-main/electron/net-request-fetch.ts';

const BASE_URL = 'https://id.example.com';

function clientOver(fetch: typeof globalThis.fetch, timeoutMs = 5000) {
  const reachability: boolean[] = [];
  const client = new ApiClient({
    baseUrl: BASE_URL,
    transport: fetchTransport(fetch),
    timeoutMs,
    retry: { maxRetries: 0 },
    onReachability: (reachable) => reachability.push(reachable),
  });
  return { client, reachability };
}

/** A fake fetch that records the requests axios hands it. */
function recordingFetch(answer: (request: Request) => Promise<Response>) {
  const requests: Request[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    requests.push(request);
    return answer(request);
  };
  return { fetch, requests };
}

const codeOf = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? null : result.error?.code);

describe('the fetch transport (Electron’s network stack)', () => {
  it('sends the call through the given fetch, asking it not to follow redirects', async () => {
    const { fetch, requests } = recordingFetch(async () => Response.json({ name: 'Bitrix ID', version: '2.0' }));
    const { client, reachability } = clientOver(fetch);

    expect(await serverApi.health(client)).toEqual({ ok: true, value: { name: 'Bitrix ID', version: '2.0' } });

    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toBe(`${BASE_URL}/health`);
    expect(requests[0]?.method).toBe('GET');
    expect(requests[0]?.redirect).toBe('manual');
    expect(reachability).toEqual([true]);
  });

  it('takes a redirect as the server’s failure, and goes nowhere else', async () => {
    const { fetch, requests } = recordingFetch(async () => new Response(null, { status: 302, headers: { location: 'https://elsewhere.example/' } }));
    const { client } = clientOver(fetch);

    const answer = await client.call({ method: 'POST', path: '/oauth/token', authenticated: false, response: z.unknown() });

    expect(answer).toMatchObject({ ok: false, error: { code: 'server', status: 302 } });
    expect(requests.map((request) => request.url)).toEqual([`${BASE_URL}/oauth/token`]);
  });

  it('answers timeout when no answer comes in time', async () => {
    const fetch: typeof globalThis.fetch = (input, init) =>
      new Promise((_resolve, reject) => {
        const { signal } = new Request(input, init);
        // Under load the client's deadline may pass before fetch is called, as Electron's fetch checks too.
        if (signal.aborted) reject(signal.reason);
        signal.addEventListener('abort', () => reject(signal.reason));
      });
    const { client, reachability } = clientOver(fetch, 50);

    expect(codeOf(await serverApi.health(client))).toBe('timeout');
    expect(reachability).toEqual([false]);
  });

  it.each([
    ['PROXY_CONNECTION_FAILED', 'proxy_failed', false],
    ['TUNNEL_CONNECTION_FAILED', 'proxy_failed', false],
    ['MANDATORY_PROXY_CONFIGURATION_FAILED', 'proxy_failed', false],
    ['PROXY_AUTH_UNSUPPORTED', 'proxy_auth_required', true],
    ['CERT_AUTHORITY_INVALID', 'untrusted_certificate', true],
    ['CERT_COMMON_NAME_INVALID', 'untrusted_certificate', true],
    ['CERT_DATE_INVALID', 'untrusted_certificate', true],
    ['NAME_NOT_RESOLVED', 'network', false],
    ['INTERNET_DISCONNECTED', 'network', false],
    ['CONNECTION_REFUSED', 'network', false],
    ['TIMED_OUT', 'timeout', false],
    ['CONNECTION_TIMED_OUT', 'timeout', false],
  ])('maps Chromium’s net::ERR_%s to %s', async (name, code, reachable) => {
    const { client, reachability } = clientOver(async () => Promise.reject(new Error(`net::ERR_${name}`)));

    expect(codeOf(await serverApi.health(client))).toBe(code);
    expect(reachability).toEqual([reachable]);
  });

  it('maps a proxy’s 407 to proxy_auth_required, not to the server’s failure', async () => {
    const { client } = clientOver(async () => new Response(null, { status: 407, headers: { 'proxy-authenticate': 'Basic' } }));

    expect(codeOf(await serverApi.health(client))).toBe('proxy_auth_required');
  });
});

/** A stand-in for Electron's ClientRequest: records what the fetch does with it; the test plays Chromium. */
class FakeClientRequest extends EventEmitter {
  readonly headers: Record<string, string> = {};
  readonly written: Buffer[] = [];
  ended = false;
  aborted = false;
  setHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  write(chunk: Buffer) {
    this.written.push(chunk);
  }
  end() {
    this.ended = true;
  }
  abort() {
    this.aborted = true;
  }
}

function netFetch(credentials: { username: string; password: string } | null = null) {
  const made: Array<{ options: ClientRequestConstructorOptions; request: FakeClientRequest }> = [];
  const fetch = netRequestFetch({
    request: (options) => {
      const request = new FakeClientRequest();
      made.push({ options, request });
      return request as unknown as ClientRequest;
    },
    proxyCredentials: () => credentials,
  });
  const sent = async () => {
    await expect.poll(() => made[0]?.request.ended).toBe(true);
    const first = made[0];
    if (!first) throw new Error('No request was made');
    return first;
  };
  return { fetch, made, sent };
}

/** What Chromium's IncomingMessage looks like to the fetch: status, headers and a body. */
function incoming(statusCode: number, body: string, headers: Record<string, string | string[]> = {}) {
  const message = Object.assign(new EventEmitter(), { statusCode, statusMessage: 'OK', headers });
  return {
    message,
    deliver() {
      message.emit('data', Buffer.from(body));
      message.emit('end');
    },
  };
}

describe('the fetch over net.request', () => {
  it('sends the method, headers and body, never following redirects, and reads the answer', async () => {
    const { fetch, sent } = netFetch();

    const answer = fetch(`${BASE_URL}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
    const { options, request } = await sent();
    const reply = incoming(200, '{"ok":true}', { 'content-type': 'application/json', 'set-cookie': ['a=1', 'b=2'] });
    request.emit('response', reply.message);
    reply.deliver();
    const response = await answer;

    expect(options).toEqual({ method: 'POST', url: `${BASE_URL}/oauth/token`, redirect: 'manual' });
    expect(request.headers['content-type']).toBe('application/json');
    expect(Buffer.concat(request.written).toString()).toBe('{"a":1}');
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(await response.json()).toEqual({ ok: true });
  });

  it('answers a redirect with its status and stops there', async () => {
    const { fetch, sent } = netFetch();

    const answer = fetch(`${BASE_URL}/health`);
    const { request } = await sent();
    request.emit('redirect', 301, 'GET', 'https://elsewhere.example/', {});

    expect((await answer).status).toBe(301);
    expect(request.aborted).toBe(true);
  });

  it('gives the proxy the saved credentials once, and a server none', async () => {
    const { fetch, sent } = netFetch({ username: 'j.doe', password: 's3cret' });
    const answers: unknown[][] = [];

    const answer = fetch(`${BASE_URL}/health`);
    const { request } = await sent();
    const login = (isProxy: boolean) => request.emit('login', { isProxy, scheme: 'basic', host: 'proxy', port: 3128, realm: '' }, (...args: unknown[]) => answers.push(args));
    login(true);
    login(true);
    login(false);
    request.emit('error', new Error('net::ERR_PROXY_AUTH_UNSUPPORTED'));

    expect(answers).toEqual([['j.doe', 's3cret'], [], []]);
    await expect(answer).rejects.toThrow('net::ERR_PROXY_AUTH_UNSUPPORTED');
  });

  it('aborts the request when the call is given up', async () => {
    const { fetch, sent } = netFetch();
    const controller = new AbortController();

    const answer = fetch(`${BASE_URL}/health`, { signal: controller.signal });
    const { request } = await sent();
    controller.abort(new Error('timeout of 50ms exceeded'));

    await expect(answer).rejects.toThrow('timeout of 50ms exceeded');
    expect(request.aborted).toBe(true);
  });
});
