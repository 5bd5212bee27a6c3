/**
 * Routes for tests only, under /__mock: put the state (and the scenario) back to how it started,
 * list every secret issued so that e2e tests can prove none of them reached the renderer or the
 * logs, read the messages the mock "sent", and read or switch the scenario.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { MockBackend } from '../backend/mock-backend.ts';
import { isMockScenarioName, MOCK_SCENARIO_NAMES, MOCK_SCENARIOS } from '../backend/scenarios.ts';
import { readJsonObject } from './api-responses.ts';
import { inboxMessageBody } from './wire-format.ts';

/** 400 that also lists the names, so whoever typed a wrong one sees the right ones. */
function unknownScenario(given: unknown): Response {
  const missing = given === undefined || given === null || given === '';
  return HttpResponse.json(
    {
      error: 'invalid_request',
      message: missing
        ? `Name a scenario: ${MOCK_SCENARIO_NAMES.join(', ')}.`
        : `Unknown scenario ${JSON.stringify(given)}. Known: ${MOCK_SCENARIO_NAMES.join(', ')}.`,
      fields: { name: missing ? 'required' : 'invalid' },
      scenarios: MOCK_SCENARIO_NAMES,
    },
    { status: 400 },
  );
}

export function testingHandlers(backend: MockBackend, baseUrl: string): HttpHandler[] {
  return [
    http.post(`${baseUrl}/__mock/reset`, () => {
      backend.reset();
      return HttpResponse.json({});
    }),
    http.get(`${baseUrl}/__mock/issued-secrets`, () => HttpResponse.json(backend.issuedSecrets())),
    http.get(`${baseUrl}/__mock/inbox`, ({ request }) => {
      const to = new URL(request.url).searchParams.get('to') ?? undefined;
      return HttpResponse.json({ items: backend.inbox(to).map(inboxMessageBody) });
    }),
    http.get(`${baseUrl}/__mock/two-factor-codes`, () =>
      HttpResponse.json({
        items: backend.currentTwoFactorCodes().map(({ login, code, validUntil }) => ({
          login,
          code,
          valid_until: new Date(validUntil).toISOString(),
        })),
      }),
    ),
    http.get(`${baseUrl}/__mock/scenario`, () =>
      HttpResponse.json({
        scenario: backend.scenario,
        scenarios: MOCK_SCENARIOS.map(({ name, description }) => ({ name, description })),
      }),
    ),
    http.post(`${baseUrl}/__mock/scenario`, async ({ request }) => {
      const body = await readJsonObject(request);
      if (body instanceof Response) return body;
      const name = body['name'];
      if (!isMockScenarioName(name)) return unknownScenario(name);
      backend.setScenario(name);
      return HttpResponse.json({ scenario: backend.scenario });
    }),
  ];
}
