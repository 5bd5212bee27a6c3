/** The mock Bitrix ID backend: state with seed data, msw handlers, and the standalone server. */
export { createHandlers } from './handlers/create-handlers.ts';
export {
  MockBackend,
  DEFAULT_ACCESS_TOKEN_TTL_MS,
  type AuthenticatedCaller,
  type IssuedSecrets,
  type IssuedTokens,
  type MockBackendOptions,
  type PasswordGrantOutcome,
  type PortalMembership,
  type PortalPageOutcome,
  type RefreshGrantOutcome,
  type UserProfile,
} from './backend/mock-backend.ts';
export { parseMockSnapshot, type MockSnapshot, type PortalRole } from './backend/state-schema.ts';
export { DEFAULT_PORTAL_PAGE_SIZE, MAX_PORTAL_PAGE_SIZE } from './backend/portal-paging.ts';
export { FAILED_SIGN_IN_WINDOW_MS, MAX_FAILED_SIGN_INS } from './backend/login-rate-limit.ts';
export { seedCredentials, seedPortals, seedUsers } from './seed.ts';
export {
  startMockHttpServer,
  type MockHttpServerOptions,
  type RunningMockHttpServer,
} from './server/http-server.ts';
export type { ApiErrorBody, ApiErrorCode } from './handlers/api-responses.ts';

/** Where the embedded mock lives: `.invalid` can never resolve, so nothing leaves the machine. */
export const EMBEDDED_MOCK_BASE_URL = 'https://bitrix-id.mock.invalid/api/v1';
