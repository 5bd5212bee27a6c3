import type { PendingLoginChange, Profile, Result } from '../../src-preload/contract.ts';
import type { ApiClient } from '../api/api-client.ts';
import { accountApi } from '../api/endpoints.ts';
import { bridgeResult } from '../api/public-error.ts';
import type { MeResponse, PendingLoginChangeWire } from '../api/wire-schemas.ts';
import { toUserSummary } from './session-service.ts';

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
});

export class ProfileService {
  private readonly api: ApiClient;

  constructor(api: ApiClient) {
    this.api = api;
  }

  async get(): Promise<Result<Profile>> {
    return bridgeResult(await accountApi.me(this.api), toProfile);
  }
}
