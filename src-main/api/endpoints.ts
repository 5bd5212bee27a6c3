import type { ApiClient, ApiResult } from './api-client.ts';
import {
  emptyResponse,
  meResponse,
  portalsPage,
  tokenResponse,
  type MeResponse,
  type PortalsPage,
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

  revoke: (api: ApiClient, refreshToken: string): Promise<ApiResult<unknown>> =>
    api.call({ method: 'POST', path: '/auth/revoke', body: { token: refreshToken }, authenticated: false, response: emptyResponse }),
};

export const accountApi = {
  me: (api: ApiClient): Promise<ApiResult<MeResponse>> =>
    api.call({ method: 'GET', path: '/me', authenticated: true, response: meResponse }),
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
};
