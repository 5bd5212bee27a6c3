/**
 * Proof that the contract pipeline (the app's ApiClient or the tour's system browser, msw's tap,
 * the validator) fails when a handler drifts from mocks/openapi.yaml: the real handlers, with a
 * drifted one put in front.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockApiHandlers, EMBEDDED_MOCK_BASE_URL, MockBackend } from '../../mocks/index.ts';
import { ApiClient } from '../../src-main/api/api-client.ts';
import { accountApi } from '../../src-main/api/account-api.ts';
import { sessionApi } from '../../src-main/api/session-api.ts';
import { ExchangeTap } from './exchange-tap.ts';
import { loadOpenApiDocument } from './openapi-document.ts';
import { ResponseValidator } from './response-validator.ts';
import { openPage } from './system-browser.ts';

const BASE = EMBEDDED_MOCK_BASE_URL;

const drifted = [
  // A field renamed in the handler but not in the file.
  http.get(`${BASE}/password-policy`, () =>
    HttpResponse.json({
      minLength: 8,
      require_upper: true,
      require_lower: true,
      require_digit: true,
      forbid_login: true,
      forbid_current: true,
    }),
  ),
  // A status the file does not list for the operation.
  http.post(`${BASE}/auth/revoke`, () =>
    HttpResponse.json({ error: 'not_found', message: 'No such token.' }, { status: 404 }),
  ),
  // A consent page served as the wrong media type, and allowing framing.
  http.get(`${BASE}/oauth/authorize`, () =>
    HttpResponse.text('Sign in with Google', {
      headers: { 'Cache-Control': 'no-store', 'X-Frame-Options': 'SAMEORIGIN' },
    }),
  ),
  // A redirect back to the app that lost its Location.
  http.post(
    `${BASE}/oauth/authorize/cancel`,
    () => new HttpResponse(null, { status: 302, headers: { 'Cache-Control': 'no-store' } }),
  ),
];

describe('a handler that drifts from mocks/openapi.yaml', () => {
  const server = setupServer(...drifted, ...createMockApiHandlers(new MockBackend(), BASE));
  const tap = new ExchangeTap(server.events, BASE);
  const validator = new ResponseValidator(loadOpenApiDocument());
  const api = new ApiClient({ baseUrl: BASE, retry: { maxRetries: 0 } });

  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterAll(() => server.close());

  it('is reported with the operation, the status and what is wrong', async () => {
    await accountApi.passwordPolicy(api);
    await sessionApi.revoke(api, 'rt_anything');
    const verdicts = (await tap.take()).map((exchange) => validator.check(exchange));
    expect(verdicts).toEqual([
      {
        operationId: 'getPasswordPolicy',
        documentedStatus: '200',
        problems: [
          expect.stringContaining("body must have required property 'min_length'"),
          expect.stringMatching(/body must NOT have additional properties.*minLength/),
        ],
      },
      {
        operationId: 'revokeToken',
        documentedStatus: null,
        problems: ['status 404 is not documented for revokeToken (documented: 200, 400, 413)'],
      },
    ]);
  });

  it('is reported for the pages the system browser gets too', async () => {
    await openPage(`${BASE}/oauth/authorize?provider=google`);
    await fetch(`${BASE}/oauth/authorize/cancel`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'request=any',
      redirect: 'manual',
    });
    const verdicts = (await tap.take()).map((exchange) => validator.check(exchange));
    expect(verdicts).toEqual([
      {
        operationId: 'authorizeSocial',
        documentedStatus: '200',
        problems: [
          'Content-Type text/plain is not documented for 200 (documented: text/html)',
          expect.stringContaining('header X-Frame-Options must be equal to constant'),
        ],
      },
      {
        operationId: 'cancelSocialAuthorization',
        documentedStatus: '302',
        problems: ['the required header Location is missing'],
      },
    ]);
  });
});
