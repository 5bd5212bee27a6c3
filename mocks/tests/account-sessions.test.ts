import { describe, expect, it } from 'vitest';
import { seedBrowserSessions, seedCredentials } from '../index.ts';
import { signedIn, type ErrorBody, type ProfileBody, type SessionBody, type TokenBody } from './api-client.ts';
import { iso, MINUTE, START_TIME, useMockApi } from './msw-harness.ts';

const mock = useMockApi();
const alice = seedCredentials.alice;
const bob = seedCredentials.bob;

async function sessionsOf(tokens: TokenBody): Promise<SessionBody[]> {
  const reply = await mock.api.sessions(tokens.access_token);
  expect(reply.status).toBe(200);
  return (reply.body as { items: SessionBody[] }).items;
}

const chrome = seedBrowserSessions[0];

describe('GET /me: account fields', () => {
  it("shows Alice's linked Google account and Bob's none", async () => {
    const aliceProfile = (await mock.api.me((await signedIn(mock.api, alice.email, alice.password)).access_token))
      .body as ProfileBody;
    expect(aliceProfile.social_accounts).toEqual([
      { provider: 'google', display_name: 'Alice Demo (alice.demo@gmail.com)' },
    ]);
    const bobProfile = (await mock.api.me((await signedIn(mock.api, bob.email, bob.password)).access_token))
      .body as ProfileBody;
    expect(bobProfile.social_accounts).toEqual([]);
    expect(bobProfile.pending_login_change).toBeNull();
  });
});

describe('GET /me/sessions', () => {
  it("lists the caller's live sessions, its own first and marked current", async () => {
    const laptop = await signedIn(mock.api, alice.email, alice.password, 'Work laptop');
    mock.advance(MINUTE);
    const unnamed = await signedIn(mock.api, alice.phone, alice.password);

    expect(await sessionsOf(laptop)).toEqual([
      {
        id: expect.any(String),
        device_name: 'Work laptop',
        client: 'app',
        location: null,
        last_active_at: iso(START_TIME),
        current: true,
      },
      {
        id: expect.any(String),
        device_name: 'Unknown device',
        client: 'app',
        location: null,
        last_active_at: iso(START_TIME + MINUTE),
        current: false,
      },
      {
        id: chrome.id,
        device_name: 'Chrome on Windows',
        client: 'browser',
        location: 'Berlin, Germany',
        last_active_at: chrome.lastActiveAt,
        current: false,
      },
    ]);
    const fromUnnamed = await sessionsOf(unnamed);
    expect(fromUnnamed.map((session) => [session.device_name, session.current])).toEqual([
      ['Unknown device', true],
      ['Work laptop', false],
      ['Chrome on Windows', false],
    ]);
  });

  it('moves last_active_at on refresh', async () => {
    const tokens = await signedIn(mock.api, alice.email, alice.password, 'Work laptop');
    mock.advance(7 * MINUTE);
    const renewed = (await mock.api.refresh(tokens.refresh_token)).body as TokenBody;
    const [own] = await sessionsOf(renewed);
    expect(own).toMatchObject({ device_name: 'Work laptop', last_active_at: iso(START_TIME + 7 * MINUTE), current: true });
  });

  it("leaves out revoked sessions and other people's", async () => {
    const signedOut = await signedIn(mock.api, alice.email, alice.password, 'Old phone');
    await mock.api.revoke(signedOut.refresh_token);
    await signedIn(mock.api, bob.email, bob.password, "Bob's PC");
    const tokens = await signedIn(mock.api, alice.email, alice.password, 'Work laptop');
    expect((await sessionsOf(tokens)).map((session) => session.device_name)).toEqual(['Work laptop', 'Chrome on Windows']);

    const bobTokens = await signedIn(mock.api, bob.email, bob.password, 'Bob tablet');
    expect((await sessionsOf(bobTokens)).map((session) => session.device_name)).toEqual(['Bob tablet', "Bob's PC"]);
  });

  it('answers 401 without a valid access token', async () => {
    expect((await mock.api.sessions('at_unknown')).status).toBe(401);
  });
});

describe('POST /me/sessions/revoke-all', () => {
  it("ends every session of the caller's user, the caller's own too", async () => {
    const otherDevice = await signedIn(mock.api, alice.phone, alice.password, 'Phone');
    const tokens = await signedIn(mock.api, alice.email, alice.password, 'Laptop');

    const reply = await mock.api.revokeAllSessions(tokens.access_token);
    expect([reply.status, reply.body]).toEqual([204, null]);

    expect((await mock.api.me(tokens.access_token)).status).toBe(401);
    expect((await mock.api.me(otherDevice.access_token)).status).toBe(401);
    const refresh = await mock.api.refresh(otherDevice.refresh_token);
    expect(refresh.status).toBe(400);
    expect((refresh.body as ErrorBody).error).toBe('invalid_grant');
    expect((await mock.api.refresh(tokens.refresh_token)).status).toBe(400);

    // The browser session went too; signing in again starts a list of one.
    const fresh = await signedIn(mock.api, alice.email, alice.password, 'Laptop');
    expect((await sessionsOf(fresh)).map((session) => session.device_name)).toEqual(['Laptop']);
  });

  it("leaves Bob's sessions alone", async () => {
    const bobTokens = await signedIn(mock.api, bob.email, bob.password);
    const tokens = await signedIn(mock.api, alice.email, alice.password);
    await mock.api.revokeAllSessions(tokens.access_token);
    expect((await mock.api.me(bobTokens.access_token)).status).toBe(200);
    expect((await mock.api.refresh(bobTokens.refresh_token)).status).toBe(200);
  });

  it('answers 401 without a valid access token, ending nothing', async () => {
    const tokens = await signedIn(mock.api, alice.email, alice.password);
    expect((await mock.api.revokeAllSessions('at_unknown')).status).toBe(401);
    expect((await mock.api.me(tokens.access_token)).status).toBe(200);
  });
});
