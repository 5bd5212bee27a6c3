/**
 * GET /health, without sign-in: who this server is. A real server answers `{ name, version }`,
 * which the app's "Test connection" shows; the mock adds the scenario in force, for testers.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { MockBackend } from '../backend/mock-backend.ts';

export const HEALTH_PATH = '/health';
export const MOCK_BACKEND_NAME = 'Bitrix ID mock backend';
/** The version of the API this mock implements: `info.version` of openapi.yaml (a test keeps them equal). */
export const MOCK_BACKEND_VERSION = '0.1.0';

export function healthHandlers(backend: MockBackend, baseUrl: string): HttpHandler[] {
  return [
    http.get(`${baseUrl}${HEALTH_PATH}`, () =>
      HttpResponse.json(
        { name: MOCK_BACKEND_NAME, version: MOCK_BACKEND_VERSION, scenario: backend.scenario },
        // A connection test must see the server as it is now, never a cached answer.
        { headers: { 'Cache-Control': 'no-store' } },
      ),
    ),
  ];
}
