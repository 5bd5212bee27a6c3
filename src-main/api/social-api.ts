import type { SocialProvider } from '../../src-preload/contract.ts';
import type { ApiClient, ApiResult } from './api-client.ts';
import { meResponse, socialProvidersResponse, type MeResponse } from './wire-schemas.ts';

/** Social services: which there are, and connecting one to the account (signing in with one is `sessionApi`'s grant). */
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

export const toSocialProvider = (item: { id: string; name: string }): SocialProvider => ({ id: item.id, name: item.name });
