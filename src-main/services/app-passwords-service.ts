import { fail, type AppPassword, type NewAppPassword, type Result } from '../../src-preload/contract.ts';
import type { ApiClient } from '../api/api-client.ts';
import { appPasswordsApi, toAppPassword, toNewAppPassword } from '../api/app-passwords-api.ts';
import { bridgeResult, publicError } from '../api/public-error.ts';

/**
 * The account's application passwords. A new one's password passes through to the renderer once,
 * to be shown; it is kept nowhere here and never logged.
 */
export class AppPasswordsService {
  private readonly api: ApiClient;

  constructor(api: ApiClient) {
    this.api = api;
  }

  async list(): Promise<Result<AppPassword[]>> {
    return bridgeResult(await appPasswordsApi.list(this.api), (response) => response.items.map(toAppPassword));
  }

  async create(name: string): Promise<Result<NewAppPassword>> {
    return bridgeResult(await appPasswordsApi.create(this.api, name), toNewAppPassword);
  }

  /** Resolves to the list left. */
  async revoke(id: string): Promise<Result<AppPassword[]>> {
    const revoked = await appPasswordsApi.revoke(this.api, id);
    if (!revoked.ok) return fail(publicError(revoked.error));
    return this.list();
  }
}
