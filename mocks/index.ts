/** The mock Bitrix ID backend: state with seed data, msw handlers, and the standalone server. */
export { createMockApiHandlers } from './handlers/create-mock-api-handlers.ts';
export { BODY_TOO_LARGE_MESSAGE, MAX_REQUEST_BODY_BYTES } from './handlers/body-limit-layer.ts';
export {
  MockBackend,
  DEFAULT_ACCESS_TOKEN_TTL_MS,
  type AuthenticatedCaller,
  type IssuedSecrets,
  type IssuedTokens,
  type LoginChangeConfirmation,
  type MockBackendOptions,
  type PasswordGrantOutcome,
  type PortalMembership,
  type PortalCreateOutcome,
  type PortalPageOutcome,
  type PortalSsoOutcome,
  type QrApprovalOutcome,
  type RefreshGrantOutcome,
  type SocialConnectOutcome,
  type SocialDisconnectOutcome,
  type SocialSignInOutcome,
} from './backend/mock-backend.ts';
export {
  MAX_STATE_LENGTH,
  SOCIAL_AUTH_MODES,
  type AuthorizationProblem,
  type AuthorizationQuery,
  type SocialAuthMode,
} from './backend/authorization-request.ts';
export { AUTHORIZATION_CODE_TTL_MS, AUTHORIZATION_REQUEST_TTL_MS } from './backend/authorization-store.ts';
export type {
  SocialAuthorization,
  SocialAuthorizationAnswer,
  SocialAuthorizationStart,
} from './backend/social-authorization.ts';
export type { SocialCodeExchange } from './backend/social-accounts.ts';
export type { SocialIdentity, SocialProvider } from './backend/social-catalogue.ts';
export {
  UNKNOWN_DEVICE_NAME,
  type SessionSummary,
  type SocialAccount,
  type UserProfile,
} from './backend/account-views.ts';
export type { PendingLoginChange } from './backend/pending-login-change.ts';
export type { MessageChannel, MockInboxMessage } from './backend/outbox.ts';
export {
  DEFAULT_MOCK_SCENARIO,
  FLAKY_FAILURE_RATE,
  FLAKY_FAILURE_STATUSES,
  isMockScenarioName,
  MANY_PORTALS_COUNT,
  MOCK_SCENARIO_NAMES,
  MOCK_SCENARIOS,
  SCENARIO_RETRY_AFTER_SECONDS,
  SHORT_ACCESS_TOKEN_TTL_MS,
  SLOW_MAX_DELAY_MS,
  SLOW_MIN_DELAY_MS,
  type MockScenarioName,
} from './backend/scenarios.ts';
export { ScenarioController, type ScenarioControllerOptions } from './backend/scenario-controller.ts';
export type { SmsUnavailable } from './backend/backend-context.ts';
export {
  LOGIN_CHANGE_RESEND_DELAY_MS,
  LOGIN_CHANGE_TTL_MS,
  MAX_CONFIRMATION_ATTEMPTS,
  type LoginChangeConfirmOutcome,
  type LoginChangeRequest,
  type LoginChangeRequestOutcome,
  type LoginChangeResendOutcome,
} from './backend/login-change.ts';
export {
  LOGIN_CHANGE_REQUEST_WINDOW_MS,
  LOGIN_CHANGE_TARGET_WINDOW_MS,
  MAX_LOGIN_CHANGE_MESSAGES_PER_TARGET,
  MAX_LOGIN_CHANGE_REQUESTS,
} from './backend/login-change-limits.ts';
export {
  MAX_WRONG_CURRENT_PASSWORDS,
  WRONG_CURRENT_PASSWORD_WINDOW_MS,
  type CurrentPasswordFailure,
} from './backend/current-password.ts';
export type { PasswordChangeOutcome } from './backend/password-change.ts';
export { PASSWORD_POLICY, type PasswordPolicy } from './backend/password-policy.ts';
export {
  INVALID_CHECKWORD_WINDOW_MS,
  MAX_INVALID_CHECKWORDS,
  RECOVERY_CHECKWORD_TTL_MS,
  RECOVERY_REQUEST_INTERVAL_MS,
  type RecoveryCompleteOutcome,
  type RecoveryRequestOutcome,
} from './backend/recovery.ts';
export { FIELD_ERROR_CODES, type FieldErrorCode, type FieldErrors } from './backend/field-codes.ts';
export {
  parseMockSnapshot,
  type LoginChannel,
  type MockSnapshot,
  type PortalRole,
  type PortalStatus,
} from './backend/state-schema.ts';
export { DEFAULT_PORTAL_PAGE_SIZE, MAX_PORTAL_PAGE_SIZE } from './backend/portal-paging.ts';
export type { LinkedPortalNotice } from './backend/portal-linking.ts';
export { PORTAL_SSO_PATH, PORTAL_SSO_TICKET_TTL_MS } from './backend/portal-sso.ts';
export { SSO_LINK_EXPIRED_TEXT, type PortalSsoPage } from './backend/portal-sso-page.ts';
export { isValidPortalName, PORTAL_ZONES, type PortalZone } from './backend/portal-zones.ts';
export { MAX_CREATED_PORTALS, type PortalNameAvailability } from './backend/portal-creation.ts';
export { PORTAL_LIMIT_MESSAGE } from './handlers/portal-handlers.ts';
export { FAILED_SIGN_IN_WINDOW_MS, MAX_FAILED_SIGN_INS } from './backend/login-rate-limit.ts';
export {
  seedBrowserSessions,
  seedCredentials,
  seedDeletedPortal,
  seedPasswordChangedAt,
  seedPortals,
  seedTwoFactor,
  seedUnlinkedPortal,
  seedUsers,
} from './seed.ts';
export {
  seedSocialIdentities,
  seedSocialProviders,
  type SeedSocialIdentity,
  type SeedSocialProvider,
} from './seed-social.ts';
export {
  startMockHttpServer,
  type MockHttpServerOptions,
  type RunningMockHttpServer,
} from './server/http-server.ts';
export { startBrowserFront } from './server/browser-front.ts';
export type { RunningLoopbackHttp } from './server/loopback-http.ts';
export { BODY_TOO_LARGE_STATUS } from './server/loopback-http.ts';
export { FOREIGN_HOST_STATUS, FOREIGN_HOST_TEXT } from '../src-main/security/loopback-host.ts';
export { API_ERROR_CODES, type ApiErrorBody, type ApiErrorCode, type ApiErrorReason } from './handlers/api-responses.ts';
export { HEALTH_PATH, MOCK_BACKEND_NAME, MOCK_BACKEND_VERSION } from './handlers/health-handlers.ts';
export {
  INVALID_CHECKWORD_MESSAGE,
  LOGIN_TAKEN_MESSAGES,
  WRONG_PASSWORD_MESSAGE,
} from './handlers/account-failures.ts';
export {
  INVALID_AUTHORIZATION_CODE_MESSAGE,
  LAST_SIGN_IN_METHOD_MESSAGE,
  socialNotLinkedMessage,
  socialTakenMessage,
} from './handlers/social-failures.ts';
export {
  ANOTHER_ACCOUNT_LABEL,
  CANCEL_LABEL,
  continueAsLabel,
  OAUTH_ACCOUNTS_PATH,
  OAUTH_AUTHORIZE_PATH,
  OAUTH_CANCEL_PATH,
  OAUTH_CHOOSE_PATH,
} from './handlers/consent-pages.ts';
export { CONSENT_PAGE_CSP } from './handlers/html-responses.ts';

/** Where the embedded mock lives: `.invalid` can never resolve, so nothing leaves the machine. */
export const EMBEDDED_MOCK_BASE_URL = 'https://bitrix-id.mock.invalid/api/v1';
