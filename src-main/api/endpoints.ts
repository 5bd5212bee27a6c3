import type { ApiClient, ApiResult } from './api-client.ts';
import {
  emptyResponse,
  healthResponse,
  meResponse,
  passwordChangedResponse,
  passwordPolicyResponse,
  pendingLoginChange,
  createdPortal,
  linkedPortalsNotice,
  portalNameAvailability,
  portalSsoLink,
  portalsPage,
  portalZones,
  suggestedPortalName,
  recoveryRequestedResponse,
  sessionsResponse,
  socialProvidersResponse,
  tokenResponse,
  type MeResponse,
  type PasswordPolicyResponse,
  type PendingLoginChangeWire,
  type PortalsPage,
  type SessionsResponse,
  type TokenResponse,
} from './wire-schemas.ts';

/** The backend's HTTP API as typed calls; mocks/openapi.yaml is the reference. */
export const authApi = {
  passwordGrant: (api: ApiClient, login: string, password: string, deviceName: string): Promise<ApiResult<TokenResponse>> =>
    api.call({
      method: 'POST',
      path: '/auth/token',
      body: { grant_type: 'password', username: login, password, device_name: deviceName },
      authenticated: false,
      response: tokenResponse,
    }),

  refreshGrant: (api: ApiClient, refreshToken: string): Promise<ApiResult<TokenResponse>> =>
    api.call({
      method: 'POST',
      path: '/auth/token',
      body: { grant_type: 'refresh_token', refresh_token: refreshToken },
      authenticated: false,
      response: tokenResponse,
    }),

  authorizationCodeGrant: (
    api: ApiClient,
    request: { code: string; codeVerifier: string; redirectUri: string; deviceName: string },
  ): Promise<ApiResult<TokenResponse>> =>
    api.call({
      method: 'POST',
      path: '/auth/token',
      body: {
        grant_type: 'authorization_code',
        code: request.code,
        code_verifier: request.codeVerifier,
        redirect_uri: request.redirectUri,
        device_name: request.deviceName,
      },
      authenticated: false,
      response: tokenResponse,
    }),

  revoke: (api: ApiClient, refreshToken: string): Promise<ApiResult<unknown>> =>
    api.call({ method: 'POST', path: '/auth/revoke', body: { token: refreshToken }, authenticated: false, response: emptyResponse }),
};

export type LoginConfirmation = { token: string } | { code: string };

export const accountApi = {
  me: (api: ApiClient): Promise<ApiResult<MeResponse>> =>
    api.call({ method: 'GET', path: '/me', authenticated: true, response: meResponse }),

  sessions: (api: ApiClient): Promise<ApiResult<SessionsResponse>> =>
    api.call({ method: 'GET', path: '/me/sessions', authenticated: true, response: sessionsResponse }),

  startLoginChange: (
    api: ApiClient,
    request: { channel: 'email' | 'phone'; value: string; currentPassword: string; updatePortals: boolean },
  ): Promise<ApiResult<PendingLoginChangeWire>> =>
    api.call({
      method: 'POST',
      path: '/me/login-change',
      body: {
        channel: request.channel,
        value: request.value,
        current_password: request.currentPassword,
        update_portals: request.updatePortals,
      },
      authenticated: true,
      response: pendingLoginChange,
    }),

  confirmLoginChange: (api: ApiClient, confirmation: LoginConfirmation): Promise<ApiResult<MeResponse>> =>
    api.call({ method: 'POST', path: '/me/login-change/confirm', body: confirmation, authenticated: true, response: meResponse }),

  resendLoginChange: (api: ApiClient): Promise<ApiResult<PendingLoginChangeWire>> =>
    api.call({ method: 'POST', path: '/me/login-change/resend', authenticated: true, response: pendingLoginChange }),

  cancelLoginChange: (api: ApiClient): Promise<ApiResult<unknown>> =>
    api.call({ method: 'DELETE', path: '/me/login-change', authenticated: true, response: emptyResponse }),

  passwordPolicy: (api: ApiClient): Promise<ApiResult<PasswordPolicyResponse>> =>
    api.call({ method: 'GET', path: '/password-policy', authenticated: false, response: passwordPolicyResponse }),

  changePassword: (api: ApiClient, currentPassword: string, newPassword: string) =>
    api.call({
      method: 'POST',
      path: '/me/password',
      body: { current_password: currentPassword, new_password: newPassword },
      authenticated: true,
      response: passwordChangedResponse,
    }),

  revokeAllSessions: (api: ApiClient): Promise<ApiResult<unknown>> =>
    api.call({ method: 'POST', path: '/me/sessions/revoke-all', authenticated: true, response: emptyResponse }),
};

export const recoveryApi = {
  request: (api: ApiClient, login: string) =>
    api.call({ method: 'POST', path: '/recovery', body: { login }, authenticated: false, response: recoveryRequestedResponse }),

  complete: (api: ApiClient, request: { login: string; checkword: string; newPassword: string }): Promise<ApiResult<unknown>> =>
    api.call({
      method: 'POST',
      path: '/recovery/complete',
      body: { login: request.login, checkword: request.checkword, new_password: request.newPassword },
      authenticated: false,
      response: emptyResponse,
    }),
};

export const socialApi = {
  providers: (api: ApiClient) =>
    api.call({ method: 'GET', path: '/social/providers', authenticated: false, response: socialProvidersResponse }),

  connect: (api: ApiClient, request: { code: string; codeVerifier: string; redirectUri: string }): Promise<ApiResult<MeResponse>> =>
    api.call({
      method: 'POST',
      path: '/me/social',
      body: { code: request.code, code_verifier: request.codeVerifier, redirect_uri: request.redirectUri },
      authenticated: true,
      response: meResponse,
    }),

  disconnect: (api: ApiClient, provider: string): Promise<ApiResult<MeResponse>> =>
    api.call({ method: 'DELETE', path: `/me/social/${encodeURIComponent(provider)}`, authenticated: true, response: meResponse }),
};

export const serverApi = {
  health: (api: ApiClient) => api.call({ method: 'GET', path: '/health', authenticated: false, response: healthResponse }),
};

export const portalsApi = {
  page: (api: ApiClient, cursor: string | null, limit: number): Promise<ApiResult<PortalsPage>> =>
    api.call({
      method: 'GET',
      path: '/portals',
      query: { limit, cursor: cursor ?? undefined },
      authenticated: true,
      response: portalsPage,
    }),

  /** A one-time sign-in link to the portal: single use, valid for a minute. */
  ssoLink: (api: ApiClient, portalId: string) =>
    api.call({ method: 'POST', path: `/portals/${encodeURIComponent(portalId)}/sso`, authenticated: true, response: portalSsoLink }),

  linkedNotice: (api: ApiClient) =>
    api.call({ method: 'GET', path: '/me/linked-portals-notice', authenticated: true, response: linkedPortalsNotice }),

  zones: (api: ApiClient) => api.call({ method: 'GET', path: '/portals/zones', authenticated: false, response: portalZones }),

  suggestName: (api: ApiClient, zone: string) =>
    api.call({ method: 'GET', path: '/portals/suggested-name', query: { zone }, authenticated: false, response: suggestedPortalName }),

  availability: (api: ApiClient, name: string, zone: string) =>
    api.call({
      method: 'GET',
      path: '/portals/availability',
      query: { name, zone },
      authenticated: false,
      response: portalNameAvailability,
    }),

  create: (api: ApiClient, name: string, zone: string) =>
    api.call({ method: 'POST', path: '/portals', body: { name, zone }, authenticated: true, response: createdPortal }),
};
