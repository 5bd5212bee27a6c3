/**
 * The two ways the app reaches the mock backend, each with a tap on the responses: msw's
 * in-process interception (the embedded mock), and the standalone mock server over real HTTP
 * (what testers point the app at). The contract suite runs the same tour over both.
 */
import { setupServer } from 'msw/node';
import { createHandlers, EMBEDDED_MOCK_BASE_URL, MockBackend, startMockHttpServer } from '../../mocks/index.ts';
import { ExchangeTap } from './exchange-tap.ts';

export interface RunningTransport {
  /** What the app's ApiClient is pointed at. */
  baseUrl: string;
  tap: ExchangeTap;
  stop(): Promise<void>;
}

export interface ContractTransport {
  name: string;
  /** `now`: the backend's clock, so the tour can let a resend delay pass without waiting. */
  start(now: () => number): Promise<RunningTransport>;
}

export const inProcessMsw: ContractTransport = {
  name: 'in-process msw',
  async start(now) {
    const server = setupServer(...createHandlers(new MockBackend({ now }), EMBEDDED_MOCK_BASE_URL));
    const tap = new ExchangeTap(server.events, EMBEDDED_MOCK_BASE_URL);
    // A request no handler serves must fail the tour, not slip out to the network.
    server.listen({ onUnhandledFrame: 'error' });
    return {
      baseUrl: EMBEDDED_MOCK_BASE_URL,
      tap,
      stop: async () => server.close(),
    };
  },
};

export const standaloneHttpServer: ContractTransport = {
  name: 'standalone mock server over real HTTP',
  async start(now) {
    const mock = await startMockHttpServer({ port: 0, backend: new MockBackend({ now }) });
    // No handlers: msw only watches, and every request goes through to the server untouched.
    const watcher = setupServer();
    const tap = new ExchangeTap(watcher.events, mock.url);
    watcher.listen({ onUnhandledFrame: 'bypass' });
    return {
      baseUrl: mock.url,
      tap,
      stop: async () => {
        watcher.close();
        await mock.close();
      },
    };
  },
};

export const CONTRACT_TRANSPORTS: readonly ContractTransport[] = [inProcessMsw, standaloneHttpServer];
