/**
 * Standalone mock servers (`startMockHttpServer`) for specs that point the app at a server URL and
 * switch the mock's scenario while the app runs. Use it as a test-scoped fixture:
 *
 *   const test = base.extend<{ mockServers: MockServers }>({ mockServers: mockServersFixture });
 *   const server = await mockServers.start({ scenario: 'flaky', random: cycle([...]) });
 *
 * Every server started is closed when the test ends, pass or fail.
 */
import { MockBackend, startMockHttpServer, type MockBackendOptions, type RunningMockHttpServer } from '../../../mocks/index.ts';

export type MockServerOptions = MockBackendOptions;

export interface MockServers {
  /** A fresh server with seed data, on a free port of 127.0.0.1; `url` is the app's `--api-url`. */
  start(options?: MockServerOptions): Promise<RunningMockHttpServer>;
}

// Playwright reads a fixture's dependencies from its first parameter, which must be a destructuring pattern.
// eslint-disable-next-line no-empty-pattern
export async function mockServersFixture({}: object, use: (servers: MockServers) => Promise<void>): Promise<void> {
  const running: RunningMockHttpServer[] = [];
  try {
    await use({
      async start(options = {}) {
        const server = await startMockHttpServer({ port: 0, backend: new MockBackend(options) });
        running.push(server);
        return server;
      },
    });
  } finally {
    await Promise.all(running.map((server) => server.close().catch(() => undefined)));
  }
}

/**
 * A `random` for the mock's scenarios that repeats `draws` in order, for ever. `flaky` fails a
 * request whose draw is under 0.2 (under 0.0667: 500, under 0.1333: 502, else 503); `slow` waits
 * 1000 + draw × 2000 ms. `drawn()` says how many draws were taken so far.
 */
export function cycle(draws: readonly number[]): (() => number) & { drawn(): number } {
  if (draws.length === 0) throw new Error('cycle() needs at least one draw.');
  let next = 0;
  const random = () => draws[next++ % draws.length] ?? 0;
  return Object.assign(random, { drawn: () => next });
}

/** Draws that make `flaky` answer 502 and 503: the statuses the app retries a read on. */
export const FLAKY_502 = 0.1;
export const FLAKY_503 = 0.15;
/** A draw that makes `flaky` answer 500 (the server failed; not a gateway's temporary failure). */
export const FLAKY_500 = 0.01;
/** A draw that lets a `flaky` request through. */
export const FLAKY_PASS = 0.5;

/** What an access token the mock issued gets from `GET /me` right now: 200 while valid, 401 once expired. */
export async function accessTokenStatus(serverUrl: string, accessToken: string): Promise<number> {
  const response = await fetch(`${serverUrl}/me`, { headers: { authorization: `Bearer ${accessToken}` } });
  await response.body?.cancel();
  return response.status;
}

/**
 * A `sleep` for the mock (the wait of `slow`) that can be held: while held, every request that
 * sleeps waits until `release()`; otherwise it waits the `ms` asked for. `waiting()` says how many
 * requests are held right now, so a test knows a request has reached the server and is stuck there.
 */
export function holdableSleep() {
  let held = false;
  let waiters: Array<() => void> = [];
  return {
    sleep(ms: number): Promise<void> {
      if (held) return new Promise<void>((resolve) => waiters.push(resolve));
      return new Promise<void>((resolve) => setTimeout(resolve, ms));
    },
    hold(): void {
      held = true;
    },
    release(): void {
      held = false;
      const released = waiters;
      waiters = [];
      for (const resolve of released) resolve();
    },
    waiting: (): number => waiters.length,
  };
}
