import type { UserSummary } from '../../src-preload/contract.ts';
import type { ApiClient, ApiResult } from './api-client.ts';
import { emptyResponse, tokenResponse, type MeResponse, type TokenResponse } from './wire-schemas.ts';

/** The session's calls: the token grants and revocation, form-encoded as RFC 6749 and RFC 7009 say. */
export const sessionApi = {
  passwordGrant: (api: ApiClient, login: string, password: string, deviceName: string): Promise<ApiResult<TokenResponse>> =>
    api.call({
      method: 'POST',
      path: '/auth/token',
      form: { grant_type: 'password', username: login, password, device_name: deviceName },
      authenticated: false,
      response: tokenResponse,
    }),

  refreshGrant: (api: ApiClient, refreshToken: string): Promise<ApiResult<TokenResponse>> =>
    api.call({
      method: 'POST',
      path: '/auth/token',
      form: { grant_type: 'refresh_token', refresh_token: refreshToken },
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
      form: {
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
    api.call({ method: 'POST', path: '/auth/revoke', form: { token: refreshToken }, authenticated: false, response: emptyResponse }),
};

/** Who is signed in, from the profile (`profileApi.me`): what the session state carries. */
export const toUserSummary = (me: MeResponse): UserSummary => ({
  id: me.id,
  name: me.name,
  lastName: me.last_name,
  email: me.email,
  phone: me.phone,
});
