import { fail, ok, type Profile, type Result } from '../../src-preload/contract.ts';
import type { ApiClient } from '../api/api-client.ts';
import { accountApi } from '../api/endpoints.ts';
import { publicError } from '../api/public-error.ts';
import { toUserSummary } from './session-service.ts';

export class ProfileService {
  private readonly api: ApiClient;

  constructor(api: ApiClient) {
    this.api = api;
  }

  async get(): Promise<Result<Profile>> {
    const me = await accountApi.me(this.api);
    if (!me.ok) return fail(publicError(me.error));
    return ok({ ...toUserSummary(me.value), displayName: me.value.display_name });
  }
}
