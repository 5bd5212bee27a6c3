/**
 * Runs the mock API inside the test process through msw's setupServer, with a fresh backend and
 * a hand-moved clock for every test.
 */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createMockApiHandlers, EMBEDDED_MOCK_BASE_URL, MockBackend, type MockBackendOptions } from '../index.ts';
import { createApiClient, type ApiClient } from './api-client.ts';

export const START_TIME = Date.UTC(2025, 0, 15, 9, 0, 0);

/** Steps for `advance()`. */
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

/** A time on the harness clock as the API writes it. */
export const iso = (ms: number): string => new Date(ms).toISOString();

export interface MockApiHarness {
  api: ApiClient;
  backend: MockBackend;
  /** Moves the backend's clock forward. */
  advance(ms: number): void;
  /** Serves a different backend (e.g. one restored from a snapshot) from now on. */
  serve(backend: MockBackend): void;
  /** Options a test should pass to a backend it builds, so that it shares the harness clock. */
  clockOptions(): Pick<MockBackendOptions, 'now'>;
}

export function useMockApi(options: Omit<MockBackendOptions, 'now'> = {}): MockApiHarness {
  const server = setupServer();
  let time = START_TIME;
  const now = () => time;
  const harness: MockApiHarness = {
    api: createApiClient(EMBEDDED_MOCK_BASE_URL),
    backend: new MockBackend({ ...options, now }),
    advance: (ms) => {
      time += ms;
    },
    serve: (backend) => {
      harness.backend = backend;
      server.resetHandlers(...createMockApiHandlers(backend, EMBEDDED_MOCK_BASE_URL));
    },
    clockOptions: () => ({ now }),
  };

  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  beforeEach(() => {
    time = START_TIME;
    harness.serve(new MockBackend({ ...options, now }));
  });
  afterAll(() => server.close());
  return harness;
}
