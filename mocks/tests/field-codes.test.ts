import { describe, expect, it } from 'vitest';
import { FIELD_ERROR_CODES, seedCredentials } from '../index.ts';
import { signedIn, type ApiReply, type ErrorBody } from './api-client.ts';
import { useMockApi } from './msw-harness.ts';

const mock = useMockApi();
const alice = seedCredentials.alice;

describe('field errors', () => {
  it('are always codes from the closed set, on every route', async () => {
    const tokens = await signedIn(mock.api, alice.email, alice.password);
    const access = tokens.access_token;
    const long = 'x'.repeat(5000);
    const replies: ApiReply[] = [
      await mock.api.postJson('/auth/token', {}),
      await mock.api.postJson('/auth/token', { grant_type: 7 }),
      await mock.api.postJson('/auth/token', { grant_type: 'password', username: 5, password: null, device_name: long }),
      await mock.api.postJson('/auth/token', { grant_type: 'refresh_token', refresh_token: '' }),
      await mock.api.postJson('/auth/revoke', { token: ['a'] }),
      await mock.api.portals(access, '?limit=0'),
      await mock.api.portals(access, '?cursor=nope'),
      await mock.api.postJson('/me/login-change', {}, access),
      await mock.api.postJson('/me/login-change', { channel: 'email', value: long, current_password: long }, access),
      await mock.api.requestLoginChange(access, { channel: 'email', value: 'x@', current_password: alice.password }),
      await mock.api.requestLoginChange(access, { channel: 'phone', value: '1', current_password: alice.password }),
      await mock.api.requestLoginChange(access, { channel: 'email', value: alice.email, current_password: 'x' }),
      await mock.api.confirmLoginChange(access, {}),
      await mock.api.confirmLoginChange(access, { token: long }),
      await mock.api.confirmLoginChange(access, { token: 'a', code: 'b' }),
      await mock.api.changePassword(access, { current_password: alice.password, new_password: 'short' }),
      await mock.api.postJson('/me/password', { current_password: 3, new_password: long }, access),
      await mock.api.postJson('/recovery', {}),
      await mock.api.postJson('/recovery', { login: long }),
      await mock.api.postJson('/recovery/complete', { login: '', checkword: 1 }),
    ];

    const seen = new Set<string>();
    for (const reply of replies) {
      expect(reply.status, JSON.stringify(reply.body)).toBe(400);
      const fields = (reply.body as ErrorBody).fields ?? {};
      expect(Object.keys(fields).length, JSON.stringify(reply.body)).toBeGreaterThan(0);
      for (const code of Object.values(fields)) {
        expect(FIELD_ERROR_CODES, JSON.stringify(reply.body)).toContain(code);
        seen.add(code);
      }
    }
    // The requests above reach every code the routes can produce besides the policy's own.
    expect([...seen].sort()).toEqual(
      ['required', 'too_long', 'invalid', 'invalid_email', 'invalid_phone', 'too_short', 'same_as_current'].sort(),
    );
  });
});
