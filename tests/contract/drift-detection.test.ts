/**
 * Proof that the contract pipeline (the app's ApiClient, msw's tap, the validator) fails when a
 * handler drifts from mocks/openapi.yaml: the real handlers, with a drifted one put in front.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, EMBEDDED_MOCK_BASE_URL, MockBackend } from '../../mocks/index.ts';
import { ApiClient } from '../../src-main/api/api-client.ts';
import { accountApi, authApi } from '../../src-main/api/endpoints.ts';
import { ExchangeTap } from './exchange-tap.ts';
import { loadOpenApiDocument } from './openapi-document.ts';
import { ResponseValidator } from './response-validator.ts';

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
];

describe('a handler that drifts from mocks/openapi.yaml', () => {
  const server = setupServer(...drifted, ...createHandlers(new MockBackend(), BASE));
  const tap = new ExchangeTap(server.events, BASE);
  const validator = new ResponseValidator(loadOpenApiDocument());
  const api = new ApiClient({ baseUrl: BASE, retry: { maxRetries: 0 } });

  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterAll(() => server.close());

  it('is reported with the operation, the status and what is wrong', async () => {
    await accountApi.passwordPolicy(api);
    await authApi.revoke(api, 'rt_anything');
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
        problems: ['status 404 is not documented for revokeToken (documented: 200, 400)'],
      },
    ]);
  });
});
