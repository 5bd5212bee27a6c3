import { fail, ok, type Result, type SessionState } from '../../src-preload/contract.ts';
import type { ApiClient } from '../api/api-client.ts';
import { bridgeResult, failWith, publicError } from '../api/public-error.ts';
import { recoveryApi, toRecoveryRequested } from '../api/recovery-api.ts';
import { parseRecoveryInput } from '../links/bitrix-id-links.ts';
import type { SessionService } from './session-service.ts';

/** Password recovery: ask for a checkword, then set a new password with it. */
export class RecoveryService {
  private readonly api: ApiClient;
  private readonly session: SessionService;

  constructor(api: ApiClient, session: SessionService) {
    this.api = api;
    this.session = session;
  }

  async request(login: string): Promise<Result<{ retryAfterMs: number }>> {
    return bridgeResult(await recoveryApi.request(this.api, login), toRecoveryRequested);
  }

  /** A reset revokes every session on the server, so this one ends too and the person signs in again. */
  async complete(request: { login: string; checkword: string; newPassword: string }): Promise<Result<SessionState>> {
    const parsed = parseRecoveryInput(request.login, request.checkword);
    if (!parsed) {
      const loginMissing = request.login === '' && !request.checkword.includes('://');
      // Anything that cannot be a checkword gets the server's own answer for a wrong one.
      return loginMissing ? failWith('validation', { fields: { login: 'required' } }) : failWith('invalid_checkword');
    }
    const completed = await recoveryApi.complete(this.api, { ...parsed, newPassword: request.newPassword });
    if (!completed.ok) return fail(publicError(completed.error));
    return ok(await this.session.end('password_reset'));
  }
}
