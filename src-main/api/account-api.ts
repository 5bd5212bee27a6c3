import type { DeviceSession, PasswordPolicy } from '../../src-preload/contract.ts';
import type { ApiClient, ApiResult } from './api-client.ts';
import {
  emptyResponse,
  meResponse,
  passwordChangedResponse,
  passwordPolicyResponse,
  pendingLoginChange,
  proofCodeSentResponse,
  proofIssuedResponse,
  sessionsResponse,
  type MeResponse,
  type PasswordPolicyResponse,
  type PendingLoginChangeWire,
  type ProofCodeSentResponse,
  type ProofIssuedResponse,
  type SessionsResponse,
} from './wire-schemas.ts';

export type LoginConfirmation = { token: string } | { code: string };

/** What authorises a change: the current password, or (an account without one) a proof token. */
export type ChangeAuthority = { currentPassword: string } | { proofToken: string };

const authorityFields = (authority: ChangeAuthority) =>
  'currentPassword' in authority ? { current_password: authority.currentPassword } : { proof_token: authority.proofToken };

/** The account's actions: devices, login change, password. A changed login comes back as the profile (`toProfile`). */
export const accountApi = {
  sessions: (api: ApiClient): Promise<ApiResult<SessionsResponse>> =>
    api.call({ method: 'GET', path: '/me/sessions', authenticated: true, response: sessionsResponse }),

  startLoginChange: (
    api: ApiClient,
    request: { channel: 'email' | 'phone'; value: string; updatePortals: boolean } & ChangeAuthority,
  ): Promise<ApiResult<PendingLoginChangeWire>> =>
    api.call({
      method: 'POST',
      path: '/me/login-change',
      body: {
        channel: request.channel,
        value: request.value,
        ...authorityFields(request),
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

  /** The first password of an account without one, authorised by a proof token. */
  setPassword: (api: ApiClient, proofToken: string, newPassword: string) =>
    api.call({
      method: 'POST',
      path: '/me/password',
      body: { proof_token: proofToken, new_password: newPassword },
      authenticated: true,
      response: passwordChangedResponse,
    }),

  sendProofCode: (api: ApiClient, channel: 'email' | 'phone'): Promise<ApiResult<ProofCodeSentResponse>> =>
    api.call({ method: 'POST', path: '/me/proof/code', body: { channel }, authenticated: true, response: proofCodeSentResponse }),

  /** `{ code }` sent by e-mail or SMS, or a social `reauth` code with its verifier and redirect URI. */
  prove: (
    api: ApiClient,
    proof: { code: string } | { code: string; codeVerifier: string; redirectUri: string },
  ): Promise<ApiResult<ProofIssuedResponse>> =>
    api.call({
      method: 'POST',
      path: '/me/proof',
      body:
        'redirectUri' in proof
          ? { code: proof.code, code_verifier: proof.codeVerifier, redirect_uri: proof.redirectUri }
          : { code: proof.code },
      authenticated: true,
      response: proofIssuedResponse,
    }),

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
