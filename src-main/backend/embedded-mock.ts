import { setupServer } from 'msw/node';
import {
  createHandlers,
  EMBEDDED_MOCK_BASE_URL,
  isMockScenarioName,
  MOCK_SCENARIOS,
  MockBackend,
  startMockHttpServer,
  type RunningMockHttpServer,
} from '../../mocks/index.ts';
import { readJsonFile, writeJsonFile } from '../files/json-file.ts';
import type { Logger } from '../logging/logger.ts';

export interface EmbeddedMock {
  baseUrl: string;
  backend: MockBackend;
  /**
   * The same mock over loopback HTTP, started on first use: the system browser cannot see msw
   * inside this process, so social sign-in pages are served from here.
   */
  browserFrontUrl(): Promise<string>;
  close(): void;
}

export interface EmbeddedMockOptions {
  /** Where the mock keeps its state between runs (token hashes only, never a token). */
  stateFile: string;
  accessTokenTtlMs?: number;
  /** A scenario name from MOCK_SCENARIOS; an unknown one is refused at start-up, loudly. */
  scenario?: string;
  log: Logger;
}

/**
 * Starts the mock backend inside this process: msw intercepts the api client's requests to
 * EMBEDDED_MOCK_BASE_URL. Its state survives a restart so that "quit, start again, still signed
 * in" works against the mock as it would against a real server.
 */
export function startEmbeddedMock(options: EmbeddedMockOptions): EmbeddedMock {
  let pending = false;
  let closed = false;
  const persist = () => {
    pending = false;
    writeJsonFile(options.stateFile, backend.snapshot());
  };
  if (options.scenario !== undefined && !isMockScenarioName(options.scenario)) {
    throw new Error(`Unknown mock scenario "${options.scenario}". Known: ${MOCK_SCENARIOS.map((s) => s.name).join(', ')}.`);
  }
  const backendOptions = {
    ...(options.accessTokenTtlMs ? { accessTokenTtlMs: options.accessTokenTtlMs } : {}),
    ...(options.scenario ? { scenario: options.scenario } : {}),
    onChange: () => {
      if (pending) return;
      pending = true;
      setImmediate(persist);
    },
  };
  const saved = readJsonFile(options.stateFile);
  const backend = saved === undefined ? new MockBackend(backendOptions) : MockBackend.fromSnapshot(saved, backendOptions);
  const server = setupServer(...createHandlers(backend, EMBEDDED_MOCK_BASE_URL));
  server.listen({ onUnhandledFrame: 'bypass' });
  options.log.info('Embedded mock backend started', { baseUrl: EMBEDDED_MOCK_BASE_URL });
  let front: Promise<RunningMockHttpServer> | undefined;
  return {
    baseUrl: EMBEDDED_MOCK_BASE_URL,
    backend,
    async browserFrontUrl() {
      front ??= startMockHttpServer({ port: 0, backend });
      return (await front).url;
    },
    close() {
      if (closed) return;
      closed = true;
      if (pending) persist();
      server.close();
      void front?.then((running) => running.close());
    },
  };
}
