import { type Profile, type RecoveryCodes, type Result, type TwoFactorSetup } from '../../src-preload/contract.ts';
import type { ApiClient } from '../api/api-client.ts';
import { toProfile } from '../api/profile-api.ts';
import { bridgeResult, failWith } from '../api/public-error.ts';
import { toRecoveryCodes, toTwoFactorSetup, twoFactorApi } from '../api/two-factor-api.ts';

/**
 * Turning two-step sign-in on (or again on a new phone), off, and new recovery codes. The server
 * enforces every rule; this keeps the setup's id in memory between showing the secret and the
 * confirming code, so the renderer never holds it.
 */
export class TwoFactorService {
  private readonly api: ApiClient;
  private setupId: string | null = null;

  constructor(api: ApiClient) {
    this.api = api;
  }

  async beginSetup(currentPassword: string, code?: string): Promise<Result<TwoFactorSetup>> {
    this.setupId = null;
    const started = await twoFactorApi.beginSetup(this.api, currentPassword, code);
    if (started.ok) this.setupId = started.value.setup_id;
    return bridgeResult(started, toTwoFactorSetup);
  }

  async enable(code: string): Promise<Result<RecoveryCodes>> {
    const setupId = this.setupId;
    if (setupId === null) return failWith('code_expired');
    const enabled = await twoFactorApi.enable(this.api, setupId, code);
    // A wrong code leaves the setup open; anything else ends it (on, or expired).
    if (enabled.ok || enabled.error.code === 'code_expired') this.setupId = null;
    return bridgeResult(enabled, toRecoveryCodes);
  }

  async disable(currentPassword: string, code: string): Promise<Result<Profile>> {
    return bridgeResult(await twoFactorApi.disable(this.api, currentPassword, code), toProfile);
  }

  async newRecoveryCodes(currentPassword: string, code: string): Promise<Result<RecoveryCodes>> {
    return bridgeResult(await twoFactorApi.newRecoveryCodes(this.api, currentPassword, code), toRecoveryCodes);
  }

  /** The person left (signed out, or someone else signed in): an open setup is not theirs to finish. */
  forget(): void {
    this.setupId = null;
  }
}
