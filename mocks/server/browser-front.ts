/**
 * The embedded mock's page for the system browser: the consent pages of a social sign-in and
 * their form posts, over loopback HTTP, since the browser cannot see msw inside the app. Nothing
 * else (no API route, no tester route under /__mock), for requests addressed to 127.0.0.1 and its
 * port only. The app opens one when a social sign-in starts and closes it when that ends.
 */
import type { MockBackend } from '../backend/mock-backend.ts';
import { oauthHandlers } from '../handlers/oauth-handlers.ts';
import { scenarioLayer } from '../handlers/scenario-layer.ts';
import { hostWithPort } from '../../src-main/security/loopback-host.ts';
import { startLoopbackHttp, type RunningLoopbackHttp } from './loopback-http.ts';

export const BROWSER_FRONT_HOST = '127.0.0.1';

export function startBrowserFront(backend: MockBackend): Promise<RunningLoopbackHttp> {
  return startLoopbackHttp({
    port: 0,
    host: BROWSER_FRONT_HOST,
    // The address the app puts in the consent page's URL, exactly: not even "localhost".
    allowedHosts: (port) => [hostWithPort(BROWSER_FRONT_HOST, port)],
    // The scenario layer too: `offline` and `slow` reach the consent pages, as on the standalone server.
    handlers: (url) => [scenarioLayer(backend, url), ...oauthHandlers(backend, url)],
    notFound: () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }),
  });
}
