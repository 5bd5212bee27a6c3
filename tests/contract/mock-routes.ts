/**
 * The mock's testing routes (tag `testing` in openapi.yaml), called through the same ApiClient as
 * the API itself, so that their answers are recorded and checked against the file too.
 */
import { z } from 'zod';
import type { ApiClient, ApiResult } from '../../src-main/api/api-client.ts';

const inboxMessage = z.object({
  to: z.string(),
  channel: z.enum(['email', 'sms']),
  link: z.string().nullable(),
  code: z.string().nullable(),
  checkword: z.string().nullable(),
});
export type InboxMessage = z.infer<typeof inboxMessage>;
const inbox = z.object({ items: z.array(inboxMessage) });

const scenarioState = z.object({
  scenario: z.string(),
  scenarios: z.array(z.object({ name: z.string(), description: z.string() })),
});

const scenarioSwitched = z.object({ scenario: z.string() });

const twoFactorCodes = z.object({
  items: z.array(z.object({ login: z.string(), code: z.string(), valid_until: z.string() })),
});

const issuedSecrets = z.object({
  accessTokens: z.array(z.string()),
  refreshTokens: z.array(z.string()),
  codes: z.array(z.string()),
});

export const mockRoutes = {
  reset: (api: ApiClient): Promise<ApiResult<unknown>> =>
    api.call({ method: 'POST', path: '/__mock/reset', authenticated: false, response: z.object({}) }),

  /** Newest first. */
  inbox: (api: ApiClient, to: string): Promise<ApiResult<InboxMessage[]>> =>
    api
      .call({ method: 'GET', path: '/__mock/inbox', query: { to }, authenticated: false, response: inbox })
      .then((result) => (result.ok ? { ok: true, value: result.value.items } : result)),

  scenario: (api: ApiClient): Promise<ApiResult<z.infer<typeof scenarioState>>> =>
    api.call({ method: 'GET', path: '/__mock/scenario', authenticated: false, response: scenarioState }),

  /** From the next request on; `POST /__mock/reset` goes back to the starting scenario. */
  setScenario: (api: ApiClient, name: string): Promise<ApiResult<{ scenario: string }>> =>
    api.call({ method: 'POST', path: '/__mock/scenario', body: { name }, authenticated: false, response: scenarioSwitched }),

  twoFactorCodes: (api: ApiClient): Promise<ApiResult<z.infer<typeof twoFactorCodes>>> =>
    api.call({ method: 'GET', path: '/__mock/two-factor-codes', authenticated: false, response: twoFactorCodes }),
  /** Approves the newest waiting QR sign-in request as the account with `login`. */
  approveQrSignIn: (api: ApiClient, login: string): Promise<ApiResult<{ device_name: string }>> =>
    api.call({
      method: 'POST',
      path: '/__mock/qr-approve',
      body: { login },
      authenticated: false,
      response: z.object({ device_name: z.string() }),
    }),

  issuedSecrets: (api: ApiClient): Promise<ApiResult<z.infer<typeof issuedSecrets>>> =>
    api.call({ method: 'GET', path: '/__mock/issued-secrets', authenticated: false, response: issuedSecrets }),
};
