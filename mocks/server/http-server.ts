/**
 * The standalone mock backend over real HTTP (`npm run mock-server`): every route, the tester
 * routes under /__mock included, for requests addressed to the server by one of its own names.
 */
import { MockBackend } from '../backend/mock-backend.ts';
import { PORTAL_SSO_PATH } from '../backend/portal-sso.ts';
import type { MockScenarioName } from '../backend/scenarios.ts';
import { createMockApiHandlers } from '../handlers/create-mock-api-handlers.ts';
import { hostWithPort, loopbackHosts } from '../../src-main/security/loopback-host.ts';
import { startLoopbackHttp } from './loopback-http.ts';

export interface MockHttpServerOptions {
  /** 0 picks any free port. */
  port: number;
  host?: string;
  backend?: MockBackend;
  /** The scenario at start and after a reset; used only to build the backend when none is given. */
  scenario?: MockScenarioName;
}

export interface RunningMockHttpServer {
  /** e.g. "http://127.0.0.1:4010", no trailing slash. */
  url: string;
  backend: MockBackend;
  close(): Promise<void>;
}

/**
 * 127.0.0.1, localhost and [::1] on the server's port, and the address it was started on. A
 * portal's one-time sign-in page is the exception: the server plays every portal, told apart by
 * Host (a hosts-file entry), and the page opens nothing without a one-time ticket.
 */
export async function startMockHttpServer(options: MockHttpServerOptions): Promise<RunningMockHttpServer> {
  const host = options.host ?? '127.0.0.1';
  const backend = options.backend ?? new MockBackend(options.scenario ? { scenario: options.scenario } : {});
  const running = await startLoopbackHttp({
    port: options.port,
    host,
    allowedHosts: (port) => [...loopbackHosts(port), hostWithPort(host, port)],
    openToAnyHost: (method, path) => method === 'GET' && path === PORTAL_SSO_PATH,
    handlers: (url) => createMockApiHandlers(backend, url),
    notFound: (request) =>
      Response.json(
        { error: 'not_found', message: `No such endpoint: ${request.method} ${new URL(request.url).pathname}` },
        { status: 404 },
      ),
  });
  return { url: running.url, backend, close: running.close };
}
