import type { AppPassword, NewAppPassword } from '../../src-preload/contract.ts';
import type { ApiClient, ApiResult } from './api-client.ts';
import {
  appPasswordsResponse,
  emptyResponse,
  newAppPasswordResponse,
  type AppPasswordWire,
  type NewAppPasswordResponse,
} from './wire-schemas.ts';

/** Application passwords: for programs that cannot do two-step sign-in. */
export const appPasswordsApi = {
  list: (api: ApiClient): Promise<ApiResult<{ items: AppPasswordWire[] }>> =>
    api.call({ method: 'GET', path: '/me/app-passwords', authenticated: true, response: appPasswordsResponse }),

  create: (api: ApiClient, name: string): Promise<ApiResult<NewAppPasswordResponse>> =>
    api.call({ method: 'POST', path: '/me/app-passwords', body: { name }, authenticated: true, response: newAppPasswordResponse }),

  revoke: (api: ApiClient, id: string): Promise<ApiResult<unknown>> =>
    api.call({ method: 'DELETE', path: `/me/app-passwords/${encodeURIComponent(id)}`, authenticated: true, response: emptyResponse }),
};

export const toAppPassword = (wire: AppPasswordWire): AppPassword => ({
  id: wire.id,
  name: wire.name,
  createdAt: wire.created_at,
  lastUsedAt: wire.last_used_at,
});

export const toNewAppPassword = ({ password, ...wire }: NewAppPasswordResponse): NewAppPassword => ({
  appPassword: toAppPassword(wire),
  password,
});
