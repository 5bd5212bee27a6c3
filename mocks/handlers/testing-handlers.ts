/**
 * Routes for tests only, under /__mock: put the state back to the seed, list every secret issued
 * so that e2e tests can prove none of them reached the renderer or the logs, and read the
 * messages the mock "sent".
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { MockBackend } from '../backend/mock-backend.ts';
import { inboxMessageBody } from './wire-format.ts';

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
  ];
}
