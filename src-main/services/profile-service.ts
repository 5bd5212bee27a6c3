import type { Profile, Result } from '../../src-preload/contract.ts';
import type { ApiClient } from '../api/api-client.ts';
import { profileApi, toProfile } from '../api/profile-api.ts';
import { bridgeResult } from '../api/public-error.ts';

export class ProfileService {
  private readonly api: ApiClient;

  constructor(api: ApiClient) {
    this.api = api;
  }

  async get(): Promise<Result<Profile>> {
    return bridgeResult(await profileApi.me(this.api), toProfile);
  }
}
