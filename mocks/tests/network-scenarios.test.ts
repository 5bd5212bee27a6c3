/**
 * The scenarios that act in front of the routes (slow, flaky, offline, rate-limited), through the
 * HTTP surface, with the chance and the wait scripted so that every answer is known in advance.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { EMBEDDED_MOCK_BASE_URL, seedCredentials, SLOW_MAX_DELAY_MS, SLOW_MIN_DELAY_MS } from '../index.ts';
import { signedIn, type ErrorBody, type TokenBody } from './api-client.ts';
import { useMockApi } from './msw-harness.ts';

const alice = seedCredentials.alice;

/** The draws the next requests get, in order; once used up, 0.99 (no fault, the longest wait). */
let draws: number[] = [];
/** Every wait `slow` asked for, in order; the scripted sleep returns at once. */
let waits: number[] = [];

const mock = useMockApi({
  random: () => draws.shift() ?? 0.99,
  sleep: (ms) => {
    waits.push(ms);
    return Promise.resolve();
  },
});

beforeEach(() => {
  draws = [];
  waits = [];
});

describe('slow', () => {
  it('makes every API request wait 1–3 s, then answers it as usual', async () => {
    const tokens = await signedIn(mock.api, alice.email, alice.password);
    mock.backend.setScenario('slow');
    draws = [0, 0.5, 1 - Number.EPSILON];

    expect((await mock.api.me(tokens.access_token)).status).toBe(200);
    expect((await mock.api.portals(tokens.access_token)).status).toBe(200);
    expect((await mock.api.signIn(alice.email, 'wrong')).status).toBe(400);
    expect(waits).toEqual([SLOW_MIN_DELAY_MS, 2000, SLOW_MAX_DELAY_MS]);
  });

  it('does not slow down the test routes or the health check', async () => {
    mock.backend.setScenario('slow');
    await mock.api.inbox();
    await mock.api.scenario();
    await mock.api.health();
    expect(waits).toEqual([]);
  });
});

describe('flaky', () => {
  it('fails a request whose draw is under 1 in 5, with 500, 502 or 503, and lets the rest through', async () => {
    mock.backend.setScenario('flaky');
    draws = [0, 0.07, 0.14, 0.199, 0.2, 0.5];
    const statuses: number[] = [];
    for (let request = 0; request < 6; request += 1) {
      const reply = await mock.api.passwordPolicy();
      statuses.push(reply.status);
      if (reply.status >= 500) expect((reply.body as ErrorBody).error).toBe('server_error');
    }
    expect(statuses).toEqual([500, 502, 503, 503, 200, 200]);
  });

  it('fails about 1 request in 5 over a long run, each status among them', async () => {
    mock.backend.setScenario('flaky');
    // An evenly spread sequence (golden-ratio steps): the expected share, without luck.
    draws = Array.from({ length: 200 }, (_, index) => (index * 0.6180339887) % 1);
    const failures = new Map<number, number>();
    for (let request = 0; request < 200; request += 1) {
      const { status } = await mock.api.passwordPolicy();
      if (status !== 200) failures.set(status, (failures.get(status) ?? 0) + 1);
    }
    expect([...failures.keys()].sort()).toEqual([500, 502, 503]);
    const total = [...failures.values()].reduce((sum, count) => sum + count, 0);
    expect(total).toBeGreaterThanOrEqual(35);
    expect(total).toBeLessThanOrEqual(45);
  });

  it('fails before the request changes anything: a failed sign-in makes no session', async () => {
    mock.backend.setScenario('flaky');
    draws = [0];
    expect((await mock.api.signIn(alice.email, alice.password)).status).toBe(500);
    expect(mock.backend.snapshot().sessions.filter((session) => session.client === 'app')).toEqual([]);
    expect(mock.backend.issuedSecrets().accessTokens).toEqual([]);
  });

  it('leaves the test routes alone', async () => {
    mock.backend.setScenario('flaky');
    draws = [0, 0, 0];
    expect((await mock.api.inbox()).status).toBe(200);
    expect((await mock.api.issuedSecrets()).status).toBe(200);
    expect((await mock.api.health()).status).toBe(200);
    expect(draws).toHaveLength(3);
  });
});

describe('offline', () => {
  it('answers nothing at all: every API request, and the health check, fails like a network error', async () => {
    const tokens = await signedIn(mock.api, alice.email, alice.password);
    mock.backend.setScenario('offline');
    await expect(mock.api.me(tokens.access_token)).rejects.toThrow(TypeError);
    await expect(mock.api.signIn(alice.email, alice.password)).rejects.toThrow(TypeError);
    await expect(mock.api.health()).rejects.toThrow(TypeError);
    await expect(fetch(`${EMBEDDED_MOCK_BASE_URL}/no-such-route`)).rejects.toThrow(TypeError);
  });

  it('still serves the test routes, so a tester can switch back', async () => {
    const tokens = await signedIn(mock.api, alice.email, alice.password);
    mock.backend.setScenario('offline');
    expect((await mock.api.scenario()).body).toMatchObject({ scenario: 'offline' });
    expect((await mock.api.setScenario('default')).status).toBe(200);
    expect((await mock.api.me(tokens.access_token)).status).toBe(200);
  });
});

describe('rate-limited', () => {
  it('answers every API request 429 rate_limited with Retry-After: 30, signed in or not', async () => {
    const tokens = await signedIn(mock.api, alice.email, alice.password);
    mock.backend.setScenario('rate-limited');
    const replies = [
      await mock.api.me(tokens.access_token),
      await mock.api.portals(tokens.access_token),
      await mock.api.refresh(tokens.refresh_token),
      await mock.api.signIn(alice.email, alice.password),
      await mock.api.requestRecovery(alice.email),
      await mock.api.passwordPolicy(),
    ];
    for (const reply of replies) {
      expect(reply.status).toBe(429);
      expect(reply.headers.get('retry-after')).toBe('30');
      expect((reply.body as ErrorBody).error).toBe('rate_limited');
    }
  });

  it('turns nothing away for good: the refused refresh token still works once the limit lifts', async () => {
    const tokens = await signedIn(mock.api, alice.email, alice.password);
    mock.backend.setScenario('rate-limited');
    for (let attempt = 0; attempt < 12; attempt += 1) await mock.api.signIn(alice.email, 'wrong');
    expect((await mock.api.refresh(tokens.refresh_token)).status).toBe(429);

    mock.backend.setScenario('default');
    const renewed = await mock.api.refresh(tokens.refresh_token);
    expect(renewed.status).toBe(200);
    expect((renewed.body as TokenBody).user_id).toBe('u-alice');
    // The refused wrong passwords never reached the sign-in limit.
    expect((await mock.api.signIn(alice.email, alice.password)).status).toBe(200);
  });
});
