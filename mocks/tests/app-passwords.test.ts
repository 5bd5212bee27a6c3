import { describe, expect, it } from 'vitest';
import { loadOpenApiDocument } from '../../tests/contract/openapi-document.ts';
import { MAX_APP_PASSWORDS } from '../backend/app-passwords.ts';
import { seedBrowserSessions, seedCredentials } from '../index.ts';
import { signedIn, type ApiReply, type ErrorBody, type SessionBody, type TokenBody } from './api-client.ts';
import { iso, MINUTE, START_TIME, useMockApi } from './msw-harness.ts';

const mock = useMockApi();
const alice = seedCredentials.alice;
const bob = seedCredentials.bob;

interface AppPasswordBody {
  id: string;
  name: string;
  created_at: string;
  last_used_at: string | null;
}
type NewAppPasswordBody = AppPasswordBody & { password: string };

const bearer = (accessToken: string) => ({ authorization: `Bearer ${accessToken}` });

function create(accessToken: string, name: unknown): Promise<ApiReply> {
  return mock.api.send('/me/app-passwords', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer(accessToken) },
    body: JSON.stringify({ name }),
  });
}

async function created(accessToken: string, name: string): Promise<NewAppPasswordBody> {
  const reply = await create(accessToken, name);
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body as NewAppPasswordBody;
}

async function listed(accessToken: string): Promise<AppPasswordBody[]> {
  const reply = await mock.api.send('/me/app-passwords', { headers: bearer(accessToken) });
  expect(reply.status).toBe(200);
  return (reply.body as { items: AppPasswordBody[] }).items;
}

const revoke = (accessToken: string, id: string) =>
  mock.api.send(`/me/app-passwords/${encodeURIComponent(id)}`, { method: 'DELETE', headers: bearer(accessToken) });

const signOutSession = (accessToken: string, id: string) =>
  mock.api.send(`/me/sessions/${encodeURIComponent(id)}`, { method: 'DELETE', headers: bearer(accessToken) });

async function sessionsOf(accessToken: string): Promise<SessionBody[]> {
  const reply = await mock.api.sessions(accessToken);
  expect(reply.status).toBe(200);
  return (reply.body as { items: SessionBody[] }).items;
}

describe('POST /me/app-passwords', () => {
  it('shows a new password once, as four groups of four lowercase letters, and lists it without it', async () => {
    const { access_token } = await signedIn(mock.api, alice.email, alice.password);
    const made = await created(access_token, '  Thunderbird  ');
    expect(made).toEqual({ id: expect.any(String), name: 'Thunderbird', created_at: iso(START_TIME), last_used_at: null, password: expect.any(String) });
    expect(made.password).toMatch(/^[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}$/);
    mock.advance(MINUTE);
    const second = await created(access_token, 'Calendar');
    expect(await listed(access_token)).toEqual([
      { id: second.id, name: 'Calendar', created_at: iso(START_TIME + MINUTE), last_used_at: null },
      { id: made.id, name: 'Thunderbird', created_at: iso(START_TIME), last_used_at: null },
    ]);
    // Only the hash is kept; the issued list holds the secret, so the leak tests look for it.
    expect(JSON.stringify(mock.backend.snapshot())).not.toContain(made.password.replaceAll(' ', ''));
    expect(mock.backend.issuedSecrets().codes).toContain(made.password);
  });

  it('refuses an empty, too long or control-character name with fields.name', async () => {
    const { access_token } = await signedIn(mock.api, alice.email, alice.password);
    const cases: [unknown, string][] = [
      ['   ', 'required'],
      ['x'.repeat(65), 'too_long'],
      ['Mail\u0007app', 'invalid'],
      ['Mail\u200Bapp', 'invalid'],
    ];
    for (const [name, code] of cases) {
      const reply = await create(access_token, name);
      expect(reply.status, String(name)).toBe(400);
      expect((reply.body as ErrorBody).fields).toEqual({ name: code });
    }
    expect((await created(access_token, '😀'.repeat(64))).name).toBe('😀'.repeat(64));
    expect(await listed(access_token)).toHaveLength(1);
  });

  it(`lets no burst of concurrent creates past ${MAX_APP_PASSWORDS}`, async () => {
    const { access_token } = await signedIn(mock.api, alice.email, alice.password);
    const replies = await Promise.all(Array.from({ length: MAX_APP_PASSWORDS + 5 }, (_, index) => create(access_token, `App ${index}`)));
    expect(replies.filter((reply) => reply.status === 201)).toHaveLength(MAX_APP_PASSWORDS);
    const refused = replies.filter((reply) => reply.status === 409);
    expect(refused).toHaveLength(5);
    expect((refused[0]?.body as ErrorBody).error).toBe('app_password_limit_reached');
    expect(await listed(access_token)).toHaveLength(MAX_APP_PASSWORDS);
  });
});

describe('signing in with an application password', () => {
  it('works in place of the password (any case, spaces or not), with a scope without account, and moves last_used_at', async () => {
    const full = await signedIn(mock.api, alice.email, alice.password);
    expect((full as TokenBody & { scope: string }).scope).toBe('profile portals account');
    const { id, password } = await created(full.access_token, 'Thunderbird');
    mock.advance(MINUTE);
    const limited = (await mock.api.signIn(alice.phone, password.toUpperCase().replaceAll(' ', ''), 'Mail')).body as TokenBody & {
      scope: string;
    };
    expect(limited.scope).toBe('profile portals');
    expect((await mock.api.me(limited.access_token)).status).toBe(200);
    expect((await listed(full.access_token)).find((item) => item.id === id)?.last_used_at).toBe(iso(START_TIME + MINUTE));

    mock.advance(MINUTE);
    const renewed = (await mock.api.refresh(limited.refresh_token)).body as TokenBody & { scope: string };
    expect(renewed.scope).toBe('profile portals');
    expect((await listed(full.access_token)).find((item) => item.id === id)?.last_used_at).toBe(iso(START_TIME + 2 * MINUTE));
  });

  it("clears the login's failures like a right password, and is refused for another account", async () => {
    const full = await signedIn(mock.api, alice.email, alice.password);
    const { password } = await created(full.access_token, 'Thunderbird');
    for (let attempt = 0; attempt < 9; attempt++) expect((await mock.api.signIn(alice.email, 'wrong')).status).toBe(400);
    expect((await mock.api.signIn(alice.email, password)).status).toBe(200);
    for (let attempt = 0; attempt < 9; attempt++) expect((await mock.api.signIn(alice.email, 'wrong')).status).toBe(400);
    expect((await mock.api.signIn(alice.email, password)).status).toBe(200);
    const reply = await mock.api.signIn(bob.email, password);
    expect(reply.status).toBe(400);
    expect((reply.body as ErrorBody).error).toBe('invalid_grant');
  });

  it('is refused like any wrong password once the login is locked', async () => {
    const full = await signedIn(mock.api, alice.email, alice.password);
    const { password } = await created(full.access_token, 'Thunderbird');
    for (let attempt = 0; attempt < 10; attempt++) await mock.api.signIn(alice.email, 'wrong');
    expect((await mock.api.signIn(alice.email, password)).status).toBe(429);
  });

  it('cannot change the account: 403 insufficient_scope on every non-GET route under /me, and on listing app passwords', async () => {
    const full = await signedIn(mock.api, alice.email, alice.password);
    const { password } = await created(full.access_token, 'Thunderbird');
    const limited = (await mock.api.signIn(alice.email, password)).body as TokenBody;
    const paths = loadOpenApiDocument().raw['paths'] as Record<string, Record<string, unknown>>;
    const changes = Object.entries(paths).flatMap(([path, item]) =>
      path.startsWith('/me')
        ? Object.keys(item)
            .filter((method) => ['post', 'put', 'patch', 'delete'].includes(method))
            .map((method) => ({ method: method.toUpperCase(), path: path.replace(/\{[^}]+\}/g, 'some-id') }))
        : [],
    );
    expect(changes.length).toBeGreaterThanOrEqual(10);
    for (const { method, path } of [...changes, { method: 'GET', path: '/me/app-passwords' }]) {
      const reply = await mock.api.send(path, {
        method,
        headers: { 'content-type': 'application/json', ...bearer(limited.access_token) },
        ...(method === 'GET' ? {} : { body: '{}' }),
      });
      expect(reply.status, `${method} ${path}`).toBe(403);
      expect((reply.body as ErrorBody).error, `${method} ${path}`).toBe('insufficient_scope');
      expect(reply.headers.get('www-authenticate')).toBe('Bearer error="insufficient_scope", scope="account"');
    }
    // Reads still work, and nothing was changed.
    expect((await mock.api.me(limited.access_token)).status).toBe(200);
    expect((await mock.api.sessions(limited.access_token)).status).toBe(200);
    expect(await listed(full.access_token)).toHaveLength(1);
    expect((await mock.api.me(full.access_token)).status).toBe(200);
  });
});

describe('DELETE /me/app-passwords/{id}', () => {
  it('stops the password working and ends every session signed in with it', async () => {
    const full = await signedIn(mock.api, alice.email, alice.password);
    const { id, password } = await created(full.access_token, 'Thunderbird');
    const mail = (await mock.api.signIn(alice.email, password)).body as TokenBody;
    const calendar = (await mock.api.signIn(alice.email, password)).body as TokenBody;
    expect((await revoke(full.access_token, id)).status).toBe(204);

    expect((await mock.api.me(mail.access_token)).status).toBe(401);
    expect((await mock.api.refresh(calendar.refresh_token)).body).toMatchObject({ error: 'invalid_grant', reason: 'session_revoked' });
    expect((await mock.api.signIn(alice.email, password)).status).toBe(400);
    expect((await mock.api.me(full.access_token)).status).toBe(200);
    expect(await listed(full.access_token)).toEqual([]);
  });

  it("answers 404 for an unknown id and another person's password", async () => {
    const aliceTokens = await signedIn(mock.api, alice.email, alice.password);
    const bobTokens = await signedIn(mock.api, bob.email, bob.password);
    const { id } = await created(aliceTokens.access_token, 'Thunderbird');
    expect((await revoke(aliceTokens.access_token, 'ap_unknown')).status).toBe(404);
    const reply = await revoke(bobTokens.access_token, id);
    expect(reply.status).toBe(404);
    expect((reply.body as ErrorBody).error).toBe('not_found');
    expect(await listed(aliceTokens.access_token)).toHaveLength(1);
  });
});

describe('DELETE /me/sessions/{id}', () => {
  it('ends that one session: its tokens stop working, the others go on', async () => {
    const laptop = await signedIn(mock.api, alice.email, alice.password, 'Laptop');
    const phone = await signedIn(mock.api, alice.email, alice.password, 'Phone');
    const phoneSession = (await sessionsOf(phone.access_token)).find((session) => session.current);
    if (!phoneSession) throw new Error('no current session');

    expect((await signOutSession(laptop.access_token, phoneSession.id)).status).toBe(204);
    expect((await mock.api.me(phone.access_token)).status).toBe(401);
    expect((await mock.api.refresh(phone.refresh_token)).body).toMatchObject({ reason: 'session_revoked' });
    expect((await sessionsOf(laptop.access_token)).map((session) => session.device_name)).toEqual(['Laptop', 'Chrome on Windows']);

    // A browser session too.
    expect((await signOutSession(laptop.access_token, seedBrowserSessions[0].id)).status).toBe(204);
    expect((await sessionsOf(laptop.access_token)).map((session) => session.device_name)).toEqual(['Laptop']);
  });

  it("refuses the caller's own session (409 current_session) and an unknown, ended or another person's (404)", async () => {
    const laptop = await signedIn(mock.api, alice.email, alice.password, 'Laptop');
    const bobTokens = await signedIn(mock.api, bob.email, bob.password);
    const [own] = await sessionsOf(laptop.access_token);
    if (!own) throw new Error('no session');
    const reply = await signOutSession(laptop.access_token, own.id);
    expect(reply.status).toBe(409);
    expect((reply.body as ErrorBody).error).toBe('current_session');

    expect((await signOutSession(bobTokens.access_token, own.id)).status).toBe(404);
    expect((await signOutSession(laptop.access_token, 's_unknown')).status).toBe(404);
    expect((await signOutSession(laptop.access_token, seedBrowserSessions[0].id)).status).toBe(204);
    expect((await signOutSession(laptop.access_token, seedBrowserSessions[0].id)).status).toBe(404);
    expect((await mock.api.me(laptop.access_token)).status).toBe(200);
  });
});
