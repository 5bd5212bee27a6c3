import type { PendingLoginChange, Profile } from '../../src-preload/contract.ts';
import type { ApiClient, ApiResult } from './api-client.ts';
import { toUserSummary } from './session-api.ts';
import { meResponse, type MeResponse, type PendingLoginChangeWire } from './wire-schemas.ts';

export const profileApi = {
  /** The signed-in person's profile; the session reads who is signed in from it too. */
  me: (api: ApiClient): Promise<ApiResult<MeResponse>> =>
    api.call({ method: 'GET', path: '/me', authenticated: true, response: meResponse }),
};

export const toPendingLoginChange = (pending: PendingLoginChangeWire): PendingLoginChange => ({
  channel: pending.channel,
  target: pending.target,
  resendAvailableAt: pending.resend_available_at,
  expiresAt: pending.expires_at,
});

export const toProfile = (me: MeResponse): Profile => ({
  ...toUserSummary(me),
  displayName: me.display_name,
  passwordChangedAt: me.password_changed_at,
  pendingLoginChange: me.pending_login_change ? toPendingLoginChange(me.pending_login_change) : null,
  socialAccounts: me.social_accounts.map((account) => ({ provider: account.provider, displayName: account.display_name })),
  hasPassword: me.has_password,
  twoFactor: { enabled: me.two_factor.enabled, recoveryCodesLeft: me.two_factor.recovery_codes_left },
});
