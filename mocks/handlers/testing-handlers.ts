/**
 * Routes for tests only, under /__mock: put the state back to the seed, and list every token
 * issued so that e2e tests can prove none of them reached the renderer or the logs.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { MockBackend } from '../backend/mock-backend.ts';

export function testingHandlers(backend: MockBackend, baseUrl: string): HttpHandler[] {
  return [
    http.post(`${baseUrl}/__mock/reset`, () => {
      backend.reset();
      return HttpResponse.json({});
    }),
    http.get(`${baseUrl}/__mock/issued-secrets`, () => HttpResponse.json(backend.issuedSecrets())),
  ];
}
