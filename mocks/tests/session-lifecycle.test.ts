import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCESS_TOKEN_TTL_MS, seedCredentials, seedPasswordChangedAt } from '../index.ts';
import { signedIn, type ErrorBody, type TokenBody } from './api-client.ts';
import { useMockApi } from './msw-harness.ts';

const mock = useMockApi();
const alice = seedCredentials.alice;

const signInAlice = () => signedIn(mock.api, alice.email, alice.password);

describe('POST /auth/token, grant_type=refresh_token', () => {
  it('rotates: a new working pair, and the presented refresh token dies', async () => {
    const first = await signInAlice();
    const reply = await mock.api.refresh(first.refresh_token);
    expect(reply.status).toBe(200);
    const second = reply.body as TokenBody;
    expect(second.user_id).toBe('u-alice');
    expect(second.access_token).not.toBe(first.access_token);
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect((await mock.api.me(second.access_token)).status).toBe(200);
    expect((await mock.api.refresh(second.refresh_token)).status).toBe(200);
  });

  it('treats a replayed refresh token as theft and ends the whole session', async () => {
    const first = await signInAlice();
    const second = (await mock.api.refresh(first.refresh_token)).body as TokenBody;

    const replay = await mock.api.refresh(first.refresh_token);
    expect(replay.status).toBe(400);
    expect((replay.body as ErrorBody).error).toBe('invalid_grant');

    expect((await mock.api.refresh(second.refresh_token)).status).toBe(400);
    expect((await mock.api.me(second.access_token)).status).toBe(401);
    expect((await mock.api.me(first.access_token)).status).toBe(401);
  });

  it('leaves the same person\'s other sessions alone when one is killed', async () => {
    const laptop = await signInAlice();
    const phone = await signInAlice();
    await mock.api.refresh(laptop.refresh_token);
    await mock.api.refresh(laptop.refresh_token);
    expect((await mock.api.me(phone.access_token)).status).toBe(200);
    expect((await mock.api.refresh(phone.refresh_token)).status).toBe(200);
  });

  it('refuses an unknown refresh token', async () => {
    const reply = await mock.api.refresh('rt_not-a-token-we-issued');
    expect(reply.status).toBe(400);
    expect((reply.body as ErrorBody).error).toBe('invalid_grant');
  });

  it('refuses an access token presented as a refresh token', async () => {
    const tokens = await signInAlice();
    expect((await mock.api.refresh(tokens.access_token)).status).toBe(400);
  });

  it('asks for the refresh token when it is missing', async () => {
    const reply = await mock.api.postJson('/auth/token', { grant_type: 'refresh_token' });
    expect(reply.status).toBe(400);
    expect((reply.body as ErrorBody).fields).toEqual({ refresh_token: 'required' });
  });
});

describe('POST /auth/revoke', () => {
  it('ends the session: its refresh and access tokens stop working', async () => {
    const tokens = await signInAlice();
    const reply = await mock.api.revoke(tokens.refresh_token);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({});
    expect((await mock.api.refresh(tokens.refresh_token)).status).toBe(400);
    expect((await mock.api.me(tokens.access_token)).status).toBe(401);
  });

  it('answers 200 {} to an unknown token, and again to an already revoked one', async () => {
    const unknown = await mock.api.revoke('rt_unknown');
    expect([unknown.status, unknown.body]).toEqual([200, {}]);
    const tokens = await signInAlice();
    await mock.api.revoke(tokens.refresh_token);
    const again = await mock.api.revoke(tokens.refresh_token);
    expect([again.status, again.body]).toEqual([200, {}]);
  });

  it('asks for the token when the body has none', async () => {
    const reply = await mock.api.postJson('/auth/revoke', {});
    expect(reply.status).toBe(400);
    expect((reply.body as ErrorBody).fields).toEqual({ token: 'required' });
  });
});

describe('GET /me', () => {
  it("returns the signed-in person's profile", async () => {
    const tokens = await signInAlice();
    const reply = await mock.api.me(tokens.access_token);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      id: 'u-alice',
      name: 'Alice',
      last_name: 'Demo',
      display_name: 'Alice Demo',
      email: 'alice@example.com',
      phone: '+15550100001',
      password_changed_at: seedPasswordChangedAt,
      pending_login_change: null,
      social_accounts: [{ provider: 'google', display_name: 'Alice Demo (alice.demo@gmail.com)' }],
      has_password: true,
      two_factor: { enabled: false, recovery_codes_left: 0 },
    });
  });

  it('accepts the access token until it expires, and answers 401 invalid_token after', async () => {
    const tokens = await signInAlice();
    mock.advance(DEFAULT_ACCESS_TOKEN_TTL_MS - 1);
    expect((await mock.api.me(tokens.access_token)).status).toBe(200);
    mock.advance(1);
    const reply = await mock.api.me(tokens.access_token);
    expect(reply.status).toBe(401);
    expect((reply.body as ErrorBody).error).toBe('invalid_token');
    expect(reply.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
  });

  it('still refreshes after the access token expired', async () => {
    const tokens = await signInAlice();
    mock.advance(DEFAULT_ACCESS_TOKEN_TTL_MS * 3);
    const renewed = await mock.api.refresh(tokens.refresh_token);
    expect(renewed.status).toBe(200);
    expect((await mock.api.me((renewed.body as TokenBody).access_token)).status).toBe(200);
  });

  it.each([
    ['no Authorization header', {}],
    ['an unknown token', { authorization: 'Bearer at_unknown' }],
    ['a refresh token', null],
    ['another scheme', { authorization: 'Basic YWxpY2U6cGFzcw==' }],
  ])('answers 401 invalid_token to %s', async (_case, headers) => {
    const tokens = await signInAlice();
    const reply = await mock.api.send('/me', {
      headers: headers ?? { authorization: `Bearer ${tokens.refresh_token}` },
    });
    expect(reply.status).toBe(401);
    expect((reply.body as ErrorBody).error).toBe('invalid_token');
    expect(reply.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
  });
});
