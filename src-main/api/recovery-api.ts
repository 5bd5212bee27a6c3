import type { ApiClient, ApiResult } from './api-client.ts';
import { emptyResponse, recoveryRequestedResponse } from './wire-schemas.ts';

/** Password recovery: a checkword by e-mail or SMS, then a new password with it. */
export const recoveryApi = {
  request: (api: ApiClient, login: string) =>
    api.call({ method: 'POST', path: '/recovery', body: { login }, authenticated: false, response: recoveryRequestedResponse }),

  complete: (api: ApiClient, request: { login: string; checkword: string; newPassword: string }): Promise<ApiResult<unknown>> =>
    api.call({
      method: 'POST',
      path: '/recovery/complete',
      body: { login: request.login, checkword: request.checkword, new_password: request.newPassword },
      authenticated: false,
      response: emptyResponse,
    }),
};

export const toRecoveryRequested = (requested: { retry_after_seconds: number }): { retryAfterMs: number } => ({
  retryAfterMs: requested.retry_after_seconds * 1000,
});
