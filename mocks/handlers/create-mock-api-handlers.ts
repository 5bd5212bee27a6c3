/** Every route of the mock API, bound to one backend and mounted under one base URL. */
import type { HttpHandler } from 'msw';
import type { MockBackend } from '../backend/mock-backend.ts';
import { appPasswordHandlers } from './app-password-handlers.ts';
import { authHandlers } from './auth-handlers.ts';
import { bodyLimitLayer } from './body-limit-layer.ts';
import { deviceHandlers } from './device-handlers.ts';
import { healthHandlers } from './health-handlers.ts';
import { loginChangeHandlers } from './login-change-handlers.ts';
import { oauthHandlers } from './oauth-handlers.ts';
import { passwordHandlers } from './password-handlers.ts';
import { portalHandlers } from './portal-handlers.ts';
import { portalSsoPageHandler } from './portal-sso-page-handler.ts';
import { profileHandlers } from './profile-handlers.ts';
import { proofHandlers } from './proof-handlers.ts';
import { recoveryHandlers } from './recovery-handlers.ts';
import { scenarioLayer } from './scenario-layer.ts';
import { scopeLayer } from './scope-layer.ts';
import { sessionHandlers } from './session-handlers.ts';
import { socialHandlers } from './social-handlers.ts';
import { testingHandlers } from './testing-handlers.ts';
import { twoFactorHandlers } from './two-factor-handlers.ts';

/**
 * `baseUrl` may carry a path prefix, e.g. "https://bitrix-id.mock.invalid/api/v1". The backend's
 * scenario applies to every request from then on, including switches made while it runs.
 */
export function createMockApiHandlers(backend: MockBackend, baseUrl: string): HttpHandler[] {
  const base = baseUrl.replace(/\/+$/, '');
  return [
    // First, as on a real server: an oversized body is refused before anything else looks at it.
    bodyLimitLayer(base),
    // Then: a fault must win over the route that would otherwise answer.
    scenarioLayer(backend, base),
    // Then: an application password's session may read the account, never change it.
    scopeLayer(backend, base),
    ...healthHandlers(backend, base),
    ...authHandlers(backend, base),
    ...deviceHandlers(backend, base),
    ...profileHandlers(backend, base),
    ...sessionHandlers(backend, base),
    ...appPasswordHandlers(backend, base),
    ...loginChangeHandlers(backend, base),
    ...passwordHandlers(backend, base),
    ...twoFactorHandlers(backend, base),
    ...proofHandlers(backend, base),
    ...recoveryHandlers(backend, base),
    ...portalHandlers(backend, base),
    portalSsoPageHandler(backend),
    ...socialHandlers(backend, base),
    ...oauthHandlers(backend, base),
    ...testingHandlers(backend, base),
  ];
}
