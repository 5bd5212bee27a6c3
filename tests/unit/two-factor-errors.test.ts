import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../../src-main/api/api-client.ts';
import { publicError } from '../../src-main/api/public-error.ts';
import { twoFactorApi } from '../../src-main/api/two-factor-api.ts';
import { redactValue } from '../../src-main/logging/redaction.ts';

const BASE = 'https://api.test.invalid/v1';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const MFA_TOKEN = 'mt_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

function answerTokenEndpoint(status: number, body: Record<string, unknown>): void {
  server.use(http.post(`${BASE}/auth/token`, () => HttpResponse.json(body, { status })));
}

describe('two-step answers of the API, as main sees them', () => {
  it('takes 401 two_factor_required on the token endpoint as that code, with the challenge for main only, and never refreshes', async () => {
    answerTokenEndpoint(401, {
      error: 'two_factor_required',
      error_description: 'x',
      message: 'x',
      mfa_token: MFA_TOKEN,
      expires_in: 300,
    });
    const refresh = vi.fn();
    const client = new ApiClient({ baseUrl: BASE, retry: { maxRetries: 0 }, tokens: { current: () => 'at_current', refresh } });
    const result = await twoFactorApi.grant(client, { mfaToken: 'mt_x', code: '123456', deviceName: 'test' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'two_factor_required', mfaChallenge: { mfaToken: MFA_TOKEN, expiresInSeconds: 300 } },
    });
    expect(refresh).not.toHaveBeenCalled();
    if (result.ok) throw new Error('expected a failure');
    expect(publicError(result.error)).toEqual({ code: 'two_factor_required' });
  });

  it.each([
    [400, { error: 'invalid_grant', message: 'x', reason: 'mfa_token_expired' }, { code: 'sign_in_expired' }],
    [400, { error: 'invalid_code', message: 'x', attempts_left: 2 }, { code: 'invalid_code', attemptsLeft: 2 }],
    [400, { error: 'setup_expired', message: 'x' }, { code: 'code_expired' }],
    [409, { error: 'password_not_set', message: 'x' }, { code: 'password_not_set' }],
  ] as const)('maps HTTP %i %j to %j', async (status, body, expected) => {
    answerTokenEndpoint(status, body);
    const result = await twoFactorApi.grant(new ApiClient({ baseUrl: BASE, retry: { maxRetries: 0 } }), {
      mfaToken: MFA_TOKEN,
      code: '123456',
      deviceName: 'test',
    });
    if (result.ok) throw new Error('expected a failure');
    expect(publicError(result.error)).toEqual(expected);
  });

  it('redacts an mfa token, a TOTP secret, an otpauth URI and recovery codes from anything logged', () => {
    const logged = JSON.stringify(
      redactValue({
        note: `got ${MFA_TOKEN} and otpauth://totp/Bitrix24:erin?secret=JBSWY3DPEHPK3PXP&issuer=Bitrix24`,
        query: 'mfa_token=abc&secret=JBSWY3DPEHPK3PXP',
        recovery_codes: ['a7k2m-p9x4w'],
        codes: ['b3n8q-r5t2z'],
        mfaToken: 'anything',
      }),
    );
    for (const secret of [MFA_TOKEN, 'JBSWY3DPEHPK3PXP', 'a7k2m-p9x4w', 'b3n8q-r5t2z', 'anything', 'abc']) expect(logged).not.toContain(secret);
  });
});
