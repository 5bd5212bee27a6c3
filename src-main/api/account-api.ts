import type { DeviceSession, PasswordPolicy } from '../../src-preload/contract.ts';
import type { ApiClient, ApiResult } from './api-client.ts';
import {
  emptyResponse,
  meResponse,
  passwordChangedResponse,
  passwordPolicyResponse,
  pendingLoginChange,
  sessionsResponse,
  type MeResponse,
  type PasswordPolicyResponse,
  type PendingLoginChangeWire,
  type SessionsResponse,
} from './wire-schemas.ts';

export type LoginConfirmation = { token: string } | { code: string };

/** The account's actions: devices, login change, password. A changed login comes back as the profile (`toProfile`). */
export const accountApi = {
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

  signOutSession: (api: ApiClient, sessionId: string): Promise<ApiResult<unknown>> =>
    api.call({ method: 'DELETE', path: `/me/sessions/${encodeURIComponent(sessionId)}`, authenticated: true, response: emptyResponse }),

  revokeAllSessions: (api: ApiClient): Promise<ApiResult<unknown>> =>
    api.call({ method: 'POST', path: '/me/sessions/revoke-all', authenticated: true, response: emptyResponse }),
};

export const toDeviceSessions = (response: SessionsResponse): DeviceSession[] =>
  response.items.map((item) => ({
    id: item.id,
    deviceName: item.device_name,
    client: item.client,
    location: item.location,
    lastActiveAt: item.last_active_at,
    current: item.current,
  }));

export const toPasswordPolicy = (policy: PasswordPolicyResponse): PasswordPolicy => ({
  minLength: policy.min_length,
  requireUpper: policy.require_upper,
  requireLower: policy.require_lower,
  requireDigit: policy.require_digit,
  forbidLogin: policy.forbid_login,
  forbidCurrent: policy.forbid_current,
});

export const toPasswordChanged = (response: { password_changed_at: string }): { passwordChangedAt: string } => ({
  passwordChangedAt: response.password_changed_at,
});
