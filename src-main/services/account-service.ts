import {
  fail,
  ok,
  type DeviceSession,
  type PasswordPolicy,
  type PendingLoginChange,
  type Profile,
  type Result,
  type SessionState,
} from '../../src-preload/contract.ts';
import { accountApi, toDeviceSessions, toPasswordChanged, toPasswordPolicy } from '../api/account-api.ts';
import type { ApiClient, ApiResult } from '../api/api-client.ts';
import { profileApi, toPendingLoginChange, toProfile } from '../api/profile-api.ts';
import { bridgeResult, failWith, publicError } from '../api/public-error.ts';
import { parseLoginConfirmation } from '../links/bitrix-id-links.ts';
import { ProofHolder } from './proof-holder.ts';
import type { SessionService } from './session-service.ts';

/**
 * The Bitrix24 Network profile's account actions. The server enforces every rule (current
 * password, uniqueness, attempt limits); this service shapes requests and answers, and keeps the
 * session in step when an action changes or ends it.
 */
export class AccountService {
  private readonly api: ApiClient;
  private readonly session: SessionService;
  /** The proof an account without a password earned (ProofService), used in place of a current password. */
  private readonly proofs: ProofHolder;

  constructor(api: ApiClient, session: SessionService, proofs: ProofHolder = new ProofHolder()) {
    this.api = api;
    this.session = session;
    this.proofs = proofs;
  }

  async sessions(): Promise<Result<DeviceSession[]>> {
    return bridgeResult(await accountApi.sessions(this.api), toDeviceSessions);
  }

  async changeLogin(request: {
    channel: 'email' | 'phone';
    value: string;
    currentPassword?: string | undefined;
    updatePortals: boolean;
  }): Promise<Result<PendingLoginChange>> {
    const { channel, value, currentPassword, updatePortals } = request;
    if (currentPassword !== undefined) {
      return bridgeResult(await accountApi.startLoginChange(this.api, { channel, value, updatePortals, currentPassword }), toPendingLoginChange);
    }
    return this.withProof(
      (proofToken) => accountApi.startLoginChange(this.api, { channel, value, updatePortals, proofToken }),
      async (pending) => ok(toPendingLoginChange(pending)),
    );
  }

  /** The first password of an account without one, with the proof main holds; answers the profile as it now is. */
  async setPassword(newPassword: string): Promise<Result<Profile>> {
    return this.withProof(
      (proofToken) => accountApi.setPassword(this.api, proofToken, newPassword),
      async () => {
        const me = await profileApi.me(this.api);
        if (!me.ok) return fail(publicError(me.error));
        this.session.updateUser(me.value);
        return ok(toProfile(me.value));
      },
    );
  }

  /**
   * Runs a change with the held proof. The server uses the proof up only when the change happens,
   * so it is forgotten then, or when the server no longer takes it; any other refusal (the policy,
   * a taken address) leaves it for the next try.
   */
  private async withProof<T, U>(
    change: (proofToken: string) => Promise<ApiResult<T>>,
    done: (value: T) => Promise<Result<U>>,
  ): Promise<Result<U>> {
    const proofToken = this.proofs.current();
    if (proofToken === null) return failWith('proof_required');
    const changed = await change(proofToken);
    if (changed.ok || changed.error.code === 'proof_required') this.proofs.forget(proofToken);
    return changed.ok ? done(changed.value) : fail(publicError(changed.error));
  }

  async confirmLoginChange(confirmation: string): Promise<Result<Profile>> {
    const parsed = parseLoginConfirmation(confirmation);
    if (!parsed) return failWith('validation', { fields: { confirmation: 'invalid' } });
    const confirmed = await accountApi.confirmLoginChange(this.api, parsed);
    if (!confirmed.ok) return fail(publicError(confirmed.error));
    this.session.updateUser(confirmed.value);
    return ok(toProfile(confirmed.value));
  }

  async resendLoginChange(): Promise<Result<PendingLoginChange>> {
    return bridgeResult(await accountApi.resendLoginChange(this.api), toPendingLoginChange);
  }

  async cancelLoginChange(): Promise<Result<Profile>> {
    const cancelled = await accountApi.cancelLoginChange(this.api);
    if (!cancelled.ok) return fail(publicError(cancelled.error));
    return bridgeResult(await profileApi.me(this.api), toProfile);
  }

  async passwordPolicy(): Promise<Result<PasswordPolicy>> {
    return bridgeResult(await accountApi.passwordPolicy(this.api), toPasswordPolicy);
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<Result<{ passwordChangedAt: string }>> {
    return bridgeResult(await accountApi.changePassword(this.api, currentPassword, newPassword), toPasswordChanged);
  }

  /** Signs one other device out; resolves to the sessions left. */
  async signOutSession(sessionId: string): Promise<Result<DeviceSession[]>> {
    const signedOut = await accountApi.signOutSession(this.api, sessionId);
    if (!signedOut.ok) return fail(publicError(signedOut.error));
    return this.sessions();
  }

  /** Revokes every session of the account on the server first; only then forgets this one. */
  async logOutEverywhere(): Promise<Result<SessionState>> {
    const revoked = await accountApi.revokeAllSessions(this.api);
    if (!revoked.ok) return fail(publicError(revoked.error));
    return ok(await this.session.end('logged_out_everywhere'));
  }
}
