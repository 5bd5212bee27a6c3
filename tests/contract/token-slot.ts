/**
 * The access token the contract tour's ApiClient sends. Refreshing is the session service's job,
 * not the contract's: a refused token ends the call, so each 401 is one recorded exchange.
 */
import type { Result } from '../../src-preload/contract.ts';
import type { AccessTokens } from '../../src-main/api/api-client.ts';

export class TokenSlot implements AccessTokens {
  #token: string | null = null;

  use(token: string | null): void {
    this.#token = token;
  }

  current(): string | null {
    return this.#token;
  }

  refresh(): Promise<Result<string>> {
    return Promise.resolve({ ok: false, error: { code: 'unauthorized' } });
  }
}
