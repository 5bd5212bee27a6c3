import { describe, expect, it } from 'vitest';
import { FAILED_SIGN_IN_WINDOW_MS, MockBackend, seedCredentials } from '../index.ts';
import type { ErrorBody, TokenBody } from './api-client.ts';
import { useMockApi } from './msw-harness.ts';

const mock = useMockApi();
const alice = seedCredentials.alice;
const bob = seedCredentials.bob;

describe('POST /auth/token, grant_type=password', () => {
  it('signs in by e-mail, ignoring case and surrounding spaces', async () => {
    const reply = await mock.api.signIn('  ALICE@Example.COM ', alice.password, 'Test laptop');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    const body = reply.body as TokenBody;
    expect(body).toEqual({
      access_token: expect.stringMatching(/^at_[A-Za-z0-9_-]{43,}$/),
      token_type: 'Bearer',
      expires_in: 3600,
      refresh_token: expect.stringMatching(/^rt_[A-Za-z0-9_-]{43,}$/),
      user_id: 'u-alice',
      scope: 'profile portals account',
    });
    expect((await mock.api.me(body.access_token)).status).toBe(200);
  });

  it.each(['+1 555 010 0001', '+15550100001', '1 (555) 010-0001', '+1-555-010-0001'])(
    'signs in by phone written as %s',
    async (phone) => {
      const reply = await mock.api.signIn(phone, alice.password);
      expect(reply.status).toBe(200);
      expect((reply.body as TokenBody).user_id).toBe('u-alice');
    },
  );

  it("tells Bob's phone from Alice's", async () => {
    const reply = await mock.api.signIn('+1 (555) 010-0002', bob.password);
    expect((reply.body as TokenBody).user_id).toBe('u-bob');
  });

  it('refuses a wrong password with invalid_grant', async () => {
    const reply = await mock.api.signIn(alice.email, 'Alice-Passw0rd?');
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({
      error: 'invalid_grant',
      message: 'Wrong login or password',
      error_description: 'Wrong login or password',
    });
  });

  it("refuses another person's password", async () => {
    const reply = await mock.api.signIn(alice.email, bob.password);
    expect(reply.status).toBe(400);
    expect((reply.body as ErrorBody).error).toBe('invalid_grant');
  });

  it('gives an unknown login exactly the answer a wrong password gets', async () => {
    const wrongPassword = await mock.api.signIn(alice.email, 'not-it');
    for (const unknownLogin of ['nobody@example.com', '+1 555 010 0099', 'just-a-name']) {
      const unknown = await mock.api.signIn(unknownLogin, 'not-it');
      expect(unknown.status).toBe(wrongPassword.status);
      expect(unknown.body).toEqual(wrongPassword.body);
    }
  });

  it('names each missing field', async () => {
    const reply = await mock.api.postJson('/auth/token', { grant_type: 'password', username: '   ', password: '' });
    expect(reply.status).toBe(400);
    const body = reply.body as ErrorBody;
    expect(body.error).toBe('invalid_request');
    expect(body.fields).toEqual({ username: 'required', password: 'required' });
  });

  it('refuses a username over 255 or a password over 1024 characters with too_long, as openapi.yaml bounds them', async () => {
    const reply = await mock.api.signIn(`${'a'.repeat(244)}@example.com`, 'P'.repeat(1025));
    expect(reply.status).toBe(400);
    expect((reply.body as ErrorBody).fields).toEqual({ username: 'too_long', password: 'too_long' });
    // At the bounds, a plain wrong password.
    const atBounds = await mock.api.signIn(`${'a'.repeat(243)}@example.com`, 'P'.repeat(1024));
    expect([atBounds.status, (atBounds.body as ErrorBody).error]).toEqual([400, 'invalid_grant']);
  });

  it('refuses a refresh token or a token to revoke over 2048 characters with too_long', async () => {
    const refresh = await mock.api.refresh(`rt_${'x'.repeat(2046)}`);
    expect([refresh.status, (refresh.body as ErrorBody).fields]).toEqual([400, { refresh_token: 'too_long' }]);
    const revoke = await mock.api.revoke(`rt_${'x'.repeat(2046)}`);
    expect([revoke.status, (revoke.body as ErrorBody).fields]).toEqual([400, { token: 'too_long' }]);
  });

  it('refuses a body that is not JSON', async () => {
    const reply = await mock.api.send('/auth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'grant_type=password',
    });
    expect(reply.status).toBe(400);
    expect((reply.body as ErrorBody).error).toBe('invalid_request');
  });

  it('asks for a grant type when there is none', async () => {
    const reply = await mock.api.postJson('/auth/token', { username: alice.email, password: alice.password });
    expect(reply.status).toBe(400);
    expect((reply.body as ErrorBody).fields).toEqual({ grant_type: 'required' });
  });

  it('refuses any other grant type', async () => {
    const reply = await mock.api.postJson('/auth/token', { grant_type: 'client_credentials' });
    expect(reply.status).toBe(400);
    expect((reply.body as ErrorBody).error).toBe('unsupported_grant_type');
  });

  it('uses the configured access-token lifetime for expires_in', async () => {
    mock.serve(new MockBackend({ ...mock.clockOptions(), accessTokenTtlMs: 90_000 }));
    const reply = await mock.api.signIn(alice.email, alice.password);
    expect((reply.body as TokenBody).expires_in).toBe(90);
  });
});

describe('failed sign-in limit', () => {
  async function failTimes(login: string, times: number): Promise<void> {
    for (let attempt = 1; attempt <= times; attempt += 1) {
      const reply = await mock.api.signIn(login, 'wrong');
      expect(reply.status, `attempt ${attempt}`).toBe(400);
    }
  }

  it('answers 429 with Retry-After after 10 failures in 15 minutes, even to the right password', async () => {
    await failTimes(alice.email, 10);
    const limited = await mock.api.signIn(alice.email, alice.password);
    expect(limited.status).toBe(429);
    expect((limited.body as ErrorBody).error).toBe('rate_limited');
    expect(limited.headers.get('retry-after')).toBe(String(FAILED_SIGN_IN_WINDOW_MS / 1000));

    mock.advance(5 * 60 * 1000);
    const stillLimited = await mock.api.signIn(alice.email, alice.password);
    expect(stillLimited.status).toBe(429);
    expect(stillLimited.headers.get('retry-after')).toBe(String(10 * 60));
  });

  it('lets the person in again once the window has passed', async () => {
    await failTimes(alice.email, 10);
    mock.advance(FAILED_SIGN_IN_WINDOW_MS);
    expect((await mock.api.signIn(alice.email, alice.password)).status).toBe(200);
  });

  it('does not limit at 10 failures spread over more than 15 minutes', async () => {
    await failTimes(alice.email, 5);
    mock.advance(FAILED_SIGN_IN_WINDOW_MS);
    await failTimes(alice.email, 5);
    expect((await mock.api.signIn(alice.email, alice.password)).status).toBe(200);
  });

  it('counts one phone number as one login whatever its format', async () => {
    await failTimes('+1 555 010 0001', 5);
    await failTimes('1 (555) 010-0001', 5);
    expect((await mock.api.signIn('+15550100001', alice.password)).status).toBe(429);
  });

  it('limits unknown logins the same way (no enumeration through the limit)', async () => {
    await failTimes('nobody@example.com', 10);
    expect((await mock.api.signIn('nobody@example.com', 'wrong')).status).toBe(429);
  });

  it('keeps other logins unaffected', async () => {
    await failTimes(alice.email, 10);
    expect((await mock.api.signIn(bob.email, bob.password)).status).toBe(200);
  });
});
