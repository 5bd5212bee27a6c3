/**
 * The two ways the app reaches the mock backend, each with a tap on the responses: msw's
 * in-process interception (the embedded mock), and the standalone mock server over real HTTP
 * (what testers point the app at). The contract suite runs the same tour over both.
 */
import { request as httpRequest } from 'node:http';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { createMockApiHandlers, EMBEDDED_MOCK_BASE_URL, MockBackend, PORTAL_SSO_PATH, startMockHttpServer } from '../../mocks/index.ts';
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
    const server = setupServer(...createMockApiHandlers(new MockBackend({ now }), EMBEDDED_MOCK_BASE_URL));
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

/** On the copy of a portal page request that goes to the standalone server: the tap records the original. */
const FORWARDED_HEADER = 'x-contract-forwarded';

/**
 * A portal's page, asked of the standalone server at its own address with the portal's Host, as a
 * hosts-file entry would send it: the portals' domains resolve nowhere here, and the server tells
 * portals apart by Host. node:http, since fetch sends its own Host whatever it is given.
 */
function askServerForPortalPage(request: Request, serverUrl: string): Promise<Response> {
  const url = new URL(request.url);
  const server = new URL(serverUrl);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: server.hostname,
        port: server.port,
        method: request.method,
        path: `${url.pathname}${url.search}`,
        headers: { host: url.host, [FORWARDED_HEADER]: '1' },
      },
      (incoming) => {
        let body = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => (body += chunk));
        incoming.on('error', reject);
        incoming.on('end', () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(incoming.headers)) {
            if (typeof value === 'string') headers.set(name, value);
          }
          resolve(new Response(body, { status: incoming.statusCode ?? 500, headers }));
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

export const standaloneHttpServer: ContractTransport = {
  name: 'standalone mock server over real HTTP',
  async start(now) {
    const mock = await startMockHttpServer({ port: 0, backend: new MockBackend({ now }) });
    const serverHost = new URL(mock.url).host;
    // msw only watches, and every request goes through to the server untouched, except a portal
    // page's, which msw hands to the server under the portal's name.
    const watcher = setupServer(
      http.get(
        ({ request }) => {
          const url = new URL(request.url);
          return url.pathname === PORTAL_SSO_PATH && url.host !== serverHost && !request.headers.has(FORWARDED_HEADER);
        },
        ({ request }) => askServerForPortalPage(request, mock.url),
      ),
    );
    const tap = new ExchangeTap(watcher.events, mock.url, { ignore: (request) => request.headers.has(FORWARDED_HEADER) });
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
