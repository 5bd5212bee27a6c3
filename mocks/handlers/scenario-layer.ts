/**
 * The network-level scenarios, applied in front of every API route: one msw handler that matches
 * any path under the base URL and either answers first (a fault) or returns nothing, which lets
 * msw go on to the resource handlers. The data-level scenarios (`many-portals`, `sms-down`,
 * `short-tokens`) live in the backend instead.
 *
 * The test routes under /__mock are never touched, so a tester can always switch back. GET /health
 * is touched only by `offline`: the other faults are about the API, and "Test connection" should
 * still find the server while they are in force. The consent pages under /oauth/authorize, which
 * the system browser shows and the app never sees, get `offline` and `slow` (a browser copes with
 * both) but not `flaky` or `rate-limited`: a JSON error in a browser tab tests nothing in the app,
 * whose own requests around the page (the code exchange, connecting) get those faults anyway.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { MockBackend } from '../backend/mock-backend.ts';
import {
  FLAKY_FAILURE_RATE,
  FLAKY_FAILURE_STATUSES,
  SCENARIO_RETRY_AFTER_SECONDS,
  SLOW_MAX_DELAY_MS,
  SLOW_MIN_DELAY_MS,
} from '../backend/scenarios.ts';
import { apiError, rateLimited } from './api-responses.ts';
import { OAUTH_AUTHORIZE_PATH } from './consent-pages.ts';
import { HEALTH_PATH } from './health-handlers.ts';

const TEST_ROUTES_PREFIX = '/__mock';

const FLAKY_MESSAGES: Readonly<Record<(typeof FLAKY_FAILURE_STATUSES)[number], string>> = {
  500: 'The server failed to handle this request.',
  502: 'Bad gateway: the server behind the proxy did not answer.',
  503: 'The service is temporarily unavailable.',
};

/**
 * One draw decides both whether the request fails and how: draws below the failure rate fail,
 * spread evenly over the statuses. A single draw keeps a scripted `random` easy to write.
 */
function flakyFailure(draw: number): Response | undefined {
  if (draw >= FLAKY_FAILURE_RATE) return undefined;
  const count = FLAKY_FAILURE_STATUSES.length;
  const status = FLAKY_FAILURE_STATUSES[Math.min(Math.floor((draw / FLAKY_FAILURE_RATE) * count), count - 1)] ?? 500;
  return apiError(status, 'server_error', FLAKY_MESSAGES[status]);
}

function slowDelayMs(draw: number): number {
  return SLOW_MIN_DELAY_MS + Math.round(draw * (SLOW_MAX_DELAY_MS - SLOW_MIN_DELAY_MS));
}

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** Must come before every other handler: msw tries them in order. */
export function scenarioLayer(backend: MockBackend, baseUrl: string): HttpHandler {
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
  return http.all(`${baseUrl}/*`, async ({ request }) => {
    const path = new URL(request.url).pathname.slice(basePath.length);
    if (isUnder(path, TEST_ROUTES_PREFIX)) return undefined;
    const scenarios = backend.scenarios;
    // A network error, not an HTTP answer: fetch rejects, as when the server cannot be reached.
    if (scenarios.current === 'offline') return HttpResponse.error();
    if (path === HEALTH_PATH) return undefined;
    const consentPage = isUnder(path, OAUTH_AUTHORIZE_PATH);
    switch (scenarios.current) {
      case 'slow':
        await scenarios.sleep(slowDelayMs(scenarios.random()));
        return undefined;
      case 'flaky':
        return consentPage ? undefined : flakyFailure(scenarios.random());
      case 'rate-limited':
        if (consentPage) return undefined;
        return rateLimited(
          `Too many requests. Try again in ${SCENARIO_RETRY_AFTER_SECONDS} seconds.`,
          SCENARIO_RETRY_AFTER_SECONDS,
        );
      default:
        return undefined;
    }
  });
}
