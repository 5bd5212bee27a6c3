import type { RecoveryCodes, TwoFactorSetup } from '../../src-preload/contract.ts';
import type { ApiClient, ApiResult } from './api-client.ts';
import {
  meResponse,
  recoveryCodesResponse,
  tokenResponse,
  twoFactorSetupResponse,
  type MeResponse,
  type TokenResponse,
  type TwoFactorSetupResponse,
} from './wire-schemas.ts';

/** Two-step sign-in's calls: the sign-in's second step, and turning it on and off. */
export const twoFactorApi = {
  /** Unauthenticated, like every grant: a 401 here is never a reason to refresh. */
  grant: (api: ApiClient, request: { mfaToken: string; code: string; deviceName: string }): Promise<ApiResult<TokenResponse>> =>
    api.call({
      method: 'POST',
      path: '/auth/token',
      form: { grant_type: 'two_factor', mfa_token: request.mfaToken, code: request.code, device_name: request.deviceName },
      authenticated: false,
      response: tokenResponse,
    }),

  beginSetup: (api: ApiClient, currentPassword: string, code: string | undefined): Promise<ApiResult<TwoFactorSetupResponse>> =>
    api.call({
      method: 'POST',
      path: '/me/two-factor/setup',
      body: { current_password: currentPassword, ...(code === undefined ? {} : { code }) },
      authenticated: true,
      response: twoFactorSetupResponse,
    }),

  enable: (api: ApiClient, setupId: string, code: string): Promise<ApiResult<{ recovery_codes: string[] }>> =>
    api.call({
      method: 'POST',
      path: '/me/two-factor/enable',
      body: { setup_id: setupId, code },
      authenticated: true,
      response: recoveryCodesResponse,
    }),

  disable: (api: ApiClient, currentPassword: string, code: string): Promise<ApiResult<MeResponse>> =>
    api.call({
      method: 'POST',
      path: '/me/two-factor/disable',
      body: { current_password: currentPassword, code },
      authenticated: true,
      response: meResponse,
    }),

  newRecoveryCodes: (api: ApiClient, currentPassword: string, code: string): Promise<ApiResult<{ recovery_codes: string[] }>> =>
    api.call({
      method: 'POST',
      path: '/me/two-factor/recovery-codes',
      body: { current_password: currentPassword, code },
      authenticated: true,
      response: recoveryCodesResponse,
    }),
};

export const toTwoFactorSetup = (setup: TwoFactorSetupResponse): TwoFactorSetup => ({
  otpauthUri: setup.otpauth_uri,
  secret: setup.secret,
  expiresAt: setup.expires_at,
});

export const toRecoveryCodes = (response: { recovery_codes: string[] }): RecoveryCodes => ({ codes: response.recovery_codes });
