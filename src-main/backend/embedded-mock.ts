import { setupServer } from 'msw/node';
import {
  createMockApiHandlers,
  EMBEDDED_MOCK_BASE_URL,
  isMockScenarioName,
  MOCK_SCENARIOS,
  MockBackend,
  PORTAL_SSO_PATH,
  seedUsers,
  startBrowserFront,
  type RunningLoopbackHttp,
} from '../../mocks/index.ts';
import { readJsonFile, writeJsonFile } from '../files/json-file.ts';
import type { Logger } from '../logging/logger.ts';
import type { MockPortalPages } from '../portal-views/portal-view-host.ts';
import type { MockScenarioCatalogue } from '../services/mock-tools-service.ts';

/** Load it through load-embedded-mock.ts: this module brings msw and the whole mock backend with it. */
export interface EmbeddedMock {
  baseUrl: string;
  backend: MockBackend;
  /** The scenarios the tester tools offer. */
  scenarios: MockScenarioCatalogue;
  /** The seed account whose phone the tester tools' "Approve as Alice's phone" plays: Alice's id. */
  qrApproverUserId: string;
  /** Every portal's pages, played by the mock. */
  portalPages: MockPortalPages;
  /**
   * The mock's consent pages over loopback HTTP, for one social sign-in: the system browser cannot
   * see msw inside this process. Serves those pages only, and must be closed when the sign-in ends.
   */
  openBrowserFront(): Promise<RunningLoopbackHttp>;
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
  const server = setupServer(...createMockApiHandlers(backend, EMBEDDED_MOCK_BASE_URL));
  server.listen({ onUnhandledFrame: 'bypass' });
  options.log.info('Embedded mock backend started', { baseUrl: EMBEDDED_MOCK_BASE_URL });
  const fronts = new Set<RunningLoopbackHttp>();
  return {
    baseUrl: EMBEDDED_MOCK_BASE_URL,
    backend,
    scenarios: { available: MOCK_SCENARIOS, isName: isMockScenarioName },
    qrApproverUserId: seedUsers.alice.id,
    portalPages: mockPortalPages(backend),
    async openBrowserFront() {
      const front = await startBrowserFront(backend);
      if (closed) {
        await front.close();
        throw new Error('The embedded mock backend is closed.');
      }
      fronts.add(front);
      return {
        url: front.url,
        close: async () => {
          fronts.delete(front);
          await front.close();
        },
      };
    },
    close() {
      if (closed) return;
      closed = true;
      if (pending) persist();
      server.close();
      for (const front of fronts) void front.close();
      fronts.clear();
    },
  };
}

const NOT_FOUND_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head><body><h1>Not found</h1></body></html>';

/** The embedded mock plays every portal: its one-time login page, and a 404 for anything else. */
function mockPortalPages(backend: MockBackend): MockPortalPages {
  return (url) => {
    const parsed = new URL(url);
    if (parsed.pathname !== PORTAL_SSO_PATH) return { status: 404, html: NOT_FOUND_PAGE };
    return backend.portalSsoPage(parsed.hostname, parsed.searchParams.get('ticket') ?? '');
  };
}
