import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { z } from 'zod';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../src-main/api/api-client.ts';
import { parseRetryAfter } from '../../src-main/api/api-errors.ts';

const BASE = 'https://api.test.invalid/v1';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const shape = z.object({ name: z.string() });
// Error mapping is seen on the first answer; retries have their own tests below.
const noRetry = { maxRetries: 0 };
const get = (client: ApiClient) => client.call({ method: 'GET', path: '/thing', authenticated: false, response: shape });

describe('ApiClient error mapping', () => {
  it('returns the parsed body on success', async () => {
    server.use(http.get(`${BASE}/thing`, () => HttpResponse.json({ name: 'ok' })));
    expect(await get(new ApiClient({ baseUrl: BASE, retry: noRetry }))).toEqual({ ok: true, value: { name: 'ok' } });
  });

  it.each([
    [500, 'server'],
    [502, 'server'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [401, 'unauthorized'],
  ] as const)('maps HTTP %i to %s', async (status, code) => {
    server.use(http.get(`${BASE}/thing`, () => HttpResponse.json({ error: 'x', message: 'raw server text' }, { status })));
    const result = await get(new ApiClient({ baseUrl: BASE, retry: noRetry }));
    expect(result).toMatchObject({ ok: false, error: { code, status } });
    expect(JSON.stringify(result)).not.toContain('raw server text');
  });

  it('passes field reasons the UI knows, and turns free server text into `invalid`', async () => {
    server.use(
      http.get(`${BASE}/thing`, () =>
        HttpResponse.json(
          { error: 'invalid_request', message: 'bad', fields: { name: 'too_short', nickname: 'Nickname looks odd' } },
          { status: 400 },
        ),
      ),
    );
    expect(await get(new ApiClient({ baseUrl: BASE, retry: noRetry }))).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { name: 'too_short', nickname: 'invalid' } },
    });
  });

  it.each([
    [403, 'wrong_password'],
    [409, 'login_taken'],
    [410, 'code_expired'],
    [400, 'invalid_checkword'],
  ] as const)('keeps HTTP %i with the server code %s as that code', async (status, error) => {
    server.use(http.get(`${BASE}/thing`, () => HttpResponse.json({ error, message: 'x' }, { status })));
    expect(await get(new ApiClient({ baseUrl: BASE, retry: noRetry }))).toMatchObject({ ok: false, error: { code: error } });
  });

  it('passes how many attempts are left on a wrong code', async () => {
    server.use(
      http.get(`${BASE}/thing`, () => HttpResponse.json({ error: 'invalid_code', message: 'x', attempts_left: 3 }, { status: 400 })),
    );
    expect(await get(new ApiClient({ baseUrl: BASE, retry: noRetry }))).toMatchObject({
      ok: false,
      error: { code: 'invalid_code', attemptsLeft: 3 },
    });
  });

  it('honours Retry-After on 429', async () => {
    server.use(
      http.get(`${BASE}/thing`, () => HttpResponse.json({ error: 'rate_limited' }, { status: 429, headers: { 'Retry-After': '30' } })),
    );
    expect(await get(new ApiClient({ baseUrl: BASE, retry: noRetry }))).toMatchObject({
      ok: false,
      error: { code: 'rate_limited', retryAfterMs: 30_000 },
    });
  });

  it.each([
    ['malformed JSON', () => new HttpResponse('{"name": ', { headers: { 'Content-Type': 'application/json' } })],
    ['the wrong shape', () => HttpResponse.json({ name: 42 })],
    ['HTML', () => new HttpResponse('<html>proxy error</html>', { headers: { 'Content-Type': 'text/html' } })],
  ])('turns %s into a server error instead of a crash', async (_name, respond) => {
    server.use(http.get(`${BASE}/thing`, respond));
    expect(await get(new ApiClient({ baseUrl: BASE, retry: noRetry }))).toMatchObject({ ok: false, error: { code: 'server' } });
  });

  it('gives timeout when the server does not answer in time', async () => {
    server.use(
      http.get(`${BASE}/thing`, async () => {
        await delay(500);
        return HttpResponse.json({ name: 'late' });
      }),
    );
    expect(await get(new ApiClient({ baseUrl: BASE, timeoutMs: 50, retry: noRetry }))).toMatchObject({ ok: false, error: { code: 'timeout' } });
  });

  it('gives network when the connection is refused', async () => {
    server.use(http.get(`${BASE}/thing`, () => HttpResponse.error()));
    expect(await get(new ApiClient({ baseUrl: BASE, retry: noRetry }))).toMatchObject({ ok: false, error: { code: 'network' } });
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.UTC(2026, 0, 1, 12, 0, 0);
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 12:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('ApiClient retries', () => {
  const waits: number[] = [];
  const retry = { sleep: async (ms: number) => void waits.push(ms), random: () => 0.5 };
  afterEach(() => {
    waits.length = 0;
  });

  function failingTimes(times: number, respond: () => Response) {
    let calls = 0;
    server.use(
      http.all(`${BASE}/thing`, () => {
        calls++;
        return calls <= times ? respond() : HttpResponse.json({ name: 'ok' });
      }),
    );
    return () => calls;
  }

  it.each([
    ['a network error', () => HttpResponse.error()],
    ['502', () => HttpResponse.json({ error: 'bad_gateway' }, { status: 502 })],
    ['503', () => HttpResponse.json({ error: 'unavailable' }, { status: 503 })],
    ['504', () => HttpResponse.json({ error: 'gateway_timeout' }, { status: 504 })],
  ])('retries a GET after %s, with growing waits', async (_name, respond) => {
    const calls = failingTimes(3, respond);
    expect(await get(new ApiClient({ baseUrl: BASE, retry }))).toEqual({ ok: true, value: { name: 'ok' } });
    expect(calls()).toBe(4);
    expect(waits).toEqual([150, 300, 600]);
  });

  it('gives up after three retries', async () => {
    const calls = failingTimes(10, () => HttpResponse.json({ error: 'x' }, { status: 503 }));
    expect(await get(new ApiClient({ baseUrl: BASE, retry }))).toMatchObject({ ok: false, error: { code: 'server' } });
    expect(calls()).toBe(4);
  });

  it('waits at least as long as Retry-After asks', async () => {
    failingTimes(1, () => HttpResponse.json({ error: 'rate_limited' }, { status: 429, headers: { 'Retry-After': '2' } }));
    expect((await get(new ApiClient({ baseUrl: BASE, retry }))).ok).toBe(true);
    expect(waits).toEqual([2000]);
  });

  it('does not retry when the server asks for a long wait, and says how long', async () => {
    const calls = failingTimes(1, () => HttpResponse.json({ error: 'rate_limited' }, { status: 429, headers: { 'Retry-After': '60' } }));
    expect(await get(new ApiClient({ baseUrl: BASE, retry }))).toMatchObject({
      ok: false,
      error: { code: 'rate_limited', retryAfterMs: 60_000 },
    });
    expect(calls()).toBe(1);
  });

  it('never repeats a request that changes something', async () => {
    const calls = failingTimes(1, () => HttpResponse.json({ error: 'x' }, { status: 503 }));
    const result = await new ApiClient({ baseUrl: BASE, retry }).call({
      method: 'POST',
      path: '/thing',
      body: {},
      authenticated: false,
      response: shape,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'server' } });
    expect(calls()).toBe(1);
  });

  it('does not retry a client error', async () => {
    const calls = failingTimes(1, () => HttpResponse.json({ error: 'x' }, { status: 404 }));
    expect(await get(new ApiClient({ baseUrl: BASE, retry }))).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(calls()).toBe(1);
  });
});

describe('ApiClient form bodies', () => {
  it('sends `form` application/x-www-form-urlencoded, as RFC 6749 has a client call a token endpoint, and logs no field of it', async () => {
    let received: { type: string | null; fields: Record<string, string> } | null = null;
    server.use(
      http.post(`${BASE}/auth/token`, async ({ request }) => {
        received = { type: request.headers.get('content-type'), fields: Object.fromEntries(new URLSearchParams(await request.text())) };
        return HttpResponse.json({ name: 'ok' });
      }),
    );
    const lines: string[] = [];
    const log = { info: (...args: unknown[]) => lines.push(JSON.stringify(args)), warn: () => {}, error: () => {} };
    const client = new ApiClient({ baseUrl: BASE, retry: noRetry, log });
    const form = { grant_type: 'password', username: 'alice@example.com', password: 'p&ss=word secret' };
    const result = await client.call({ method: 'POST', path: '/auth/token', form, authenticated: false, response: shape });
    expect(result.ok).toBe(true);
    expect(received).toEqual({ type: expect.stringMatching(/^application\/x-www-form-urlencoded/), fields: form });
    expect(lines.join('\n')).toContain('/auth/token');
    expect(lines.join('\n')).not.toMatch(/alice@example\.com|p&ss|secret/);
  });
});
