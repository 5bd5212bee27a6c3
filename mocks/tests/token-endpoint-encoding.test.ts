/**
 * The OAuth endpoints speak RFC 6749: form-encoded requests for every grant and for revocation,
 * JSON still accepted for one release, anything else refused, and errors in the §5.2 shape.
 */
import { describe, expect, it } from 'vitest';
import { EMBEDDED_MOCK_BASE_URL, seedCredentials, seedSocialIdentities } from '../index.ts';
import type { ErrorBody, TokenBody } from './api-client.ts';
import { useMockApi } from './msw-harness.ts';
import { socialGrant } from './social-flow.ts';

const mock = useMockApi();
const alice = seedCredentials.alice;

async function formSignIn(): Promise<TokenBody> {
  const reply = await mock.api.postForm('/auth/token', {
    grant_type: 'password',
    username: alice.email,
    password: alice.password,
    device_name: 'Form client',
  });
  expect(reply.status).toBe(200);
  return reply.body as TokenBody;
}

/** RFC 6749 §5.2 with the API's own `message`, never cached. */
function expectOAuthError(reply: { status: number; headers: Headers; body: unknown }, status: number, error: string): void {
  expect(reply.status).toBe(status);
  expect(reply.headers.get('cache-control')).toBe('no-store');
  const body = reply.body as ErrorBody & { error_description?: string };
  expect(body.error).toBe(error);
  expect(body.error_description).toBe(body.message);
  expect(body.message.length).toBeGreaterThan(0);
}

describe('POST /auth/token, form-encoded (RFC 6749)', () => {
  it('signs in with a password, and the session carries the device name', async () => {
    const tokens = await formSignIn();
    expect(tokens.user_id).toBe('u-alice');
    const sessions = (await mock.api.sessions(tokens.access_token)).body as { items: { device_name: string; current: boolean }[] };
    expect(sessions.items.find((session) => session.current)?.device_name).toBe('Form client');
  });

  it('refreshes, and the used refresh token is then refused', async () => {
    const first = await formSignIn();
    const refreshed = await mock.api.postForm('/auth/token', { grant_type: 'refresh_token', refresh_token: first.refresh_token });
    expect(refreshed.status).toBe(200);
    expect((refreshed.body as TokenBody).refresh_token).not.toBe(first.refresh_token);
    const replay = await mock.api.postForm('/auth/token', { grant_type: 'refresh_token', refresh_token: first.refresh_token });
    expectOAuthError(replay, 400, 'invalid_grant');
  });

  it('exchanges a social authorization code with its PKCE verifier', async () => {
    const grant = await socialGrant(EMBEDDED_MOCK_BASE_URL, {
      provider: 'google',
      mode: 'sign_in',
      displayName: seedSocialIdentities.aliceGoogle.displayName,
    });
    const reply = await mock.api.postForm('/auth/token', { grant_type: 'authorization_code', client_id: 'bitrix-id-desktop', ...grant });
    expect(reply.status).toBe(200);
    expect((reply.body as TokenBody).user_id).toBe('u-alice');
  });

  it('revokes a refresh token', async () => {
    const tokens = await formSignIn();
    const reply = await mock.api.postForm('/auth/revoke', { token: tokens.refresh_token, token_type_hint: 'refresh_token' });
    expect([reply.status, reply.body]).toEqual([200, {}]);
    expect((await mock.api.me(tokens.access_token)).status).toBe(401);
  });

  it('ignores unknown parameters and treats an empty one as omitted (§3.2)', async () => {
    const reply = await mock.api.postForm('/auth/token', {
      grant_type: 'password',
      username: alice.email,
      password: alice.password,
      scope: 'anything',
      client_id: 'someone',
      device_name: '',
    });
    expect(reply.status).toBe(200);
    const empty = await mock.api.postForm('/auth/token', { grant_type: 'password', username: alice.email, password: '' });
    expectOAuthError(empty, 400, 'invalid_request');
    expect((empty.body as ErrorBody).fields).toEqual({ password: 'required' });
  });

  it('refuses a parameter sent twice', async () => {
    const reply = await mock.api.send('/auth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `grant_type=password&username=${encodeURIComponent(alice.email)}&password=a&password=b`,
    });
    expectOAuthError(reply, 400, 'invalid_request');
    expect(mock.backend.issuedSecrets().accessTokens).toEqual([]);
  });

  it('answers a wrong password, an unknown grant and too many failures in the §5.2 shape', async () => {
    const wrong = await mock.api.postForm('/auth/token', { grant_type: 'password', username: alice.email, password: 'nope' });
    expectOAuthError(wrong, 400, 'invalid_grant');
    expectOAuthError(await mock.api.postForm('/auth/token', { grant_type: 'client_credentials' }), 400, 'unsupported_grant_type');
    for (let attempt = 0; attempt < 9; attempt += 1) {
      await mock.api.postForm('/auth/token', { grant_type: 'password', username: alice.email, password: 'nope' });
    }
    const limited = await mock.api.postForm('/auth/token', { grant_type: 'password', username: alice.email, password: alice.password });
    expectOAuthError(limited, 429, 'rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('POST /auth/token and /auth/revoke, other encodings', () => {
  it('still accepts JSON for every grant and for revocation', async () => {
    const tokens = (await mock.api.signIn(alice.email, alice.password)).body as TokenBody;
    const refreshed = await mock.api.refresh(tokens.refresh_token);
    expect(refreshed.status).toBe(200);
    const revoked = await mock.api.revoke((refreshed.body as TokenBody).refresh_token);
    expect(revoked.status).toBe(200);
    expect((await mock.api.me((refreshed.body as TokenBody).access_token)).status).toBe(401);
  });

  it.each([
    ['text/plain', 'grant_type=password'],
    ['multipart/form-data; boundary=x', '--x--'],
    [null, 'grant_type=password'],
  ])('refuses a body of type %s with invalid_request, at both endpoints', async (contentType, body) => {
    const headers: Record<string, string> = contentType === null ? {} : { 'content-type': contentType };
    for (const path of ['/auth/token', '/auth/revoke']) {
      // A Blob without a type makes fetch send no Content-Type at all.
      const reply = await mock.api.send(path, { method: 'POST', headers, body: contentType === null ? new Blob([body]) : body });
      expectOAuthError(reply, 400, 'invalid_request');
    }
  });

  it('answers a revoke without a token in the §5.2 shape', async () => {
    const reply = await mock.api.postForm('/auth/revoke', {});
    expectOAuthError(reply, 400, 'invalid_request');
    expect((reply.body as ErrorBody).fields).toEqual({ token: 'required' });
  });
});
