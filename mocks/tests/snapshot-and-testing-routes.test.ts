import { describe, expect, it } from 'vitest';
import { MockBackend, parseMockSnapshot, seedCredentials, type MockSnapshot } from '../index.ts';
import { signedIn, type IssuedSecretsBody, type TokenBody } from './api-client.ts';
import { useMockApi } from './msw-harness.ts';

const mock = useMockApi();
const alice = seedCredentials.alice;
const bob = seedCredentials.bob;

const signInAlice = () => signedIn(mock.api, alice.email, alice.password);

function withFirstSession(snapshot: MockSnapshot, change: Partial<MockSnapshot['sessions'][number]>): MockSnapshot {
  const [first, ...rest] = snapshot.sessions;
  if (!first) throw new Error('expected a session in the snapshot');
  return { ...snapshot, sessions: [{ ...first, ...change }, ...rest] };
}

describe('snapshot', () => {
  it('survives a JSON round trip with the session still signed in', async () => {
    const tokens = await signInAlice();
    const saved = JSON.stringify(mock.backend.snapshot());

    mock.serve(MockBackend.fromSnapshot(JSON.parse(saved), mock.clockOptions()));

    expect((await mock.api.me(tokens.access_token)).status).toBe(200);
    const renewed = await mock.api.refresh(tokens.refresh_token);
    expect(renewed.status).toBe(200);
    expect((renewed.body as TokenBody).user_id).toBe('u-alice');
  });

  it('holds no issued token and no password', async () => {
    const first = await signInAlice();
    await mock.api.refresh(first.refresh_token);
    await signedIn(mock.api, bob.phone, bob.password);
    const secrets = (await mock.api.issuedSecrets()).body as IssuedSecretsBody;
    expect(secrets.accessTokens).toHaveLength(3);
    expect(secrets.refreshTokens).toHaveLength(3);

    const saved = JSON.stringify(mock.backend.snapshot());
    for (const token of [...secrets.accessTokens, ...secrets.refreshTokens]) {
      expect(saved).not.toContain(token);
      // Nor the random part without its prefix.
      expect(saved).not.toContain(token.slice(3));
    }
    expect(saved).not.toContain(alice.password);
    expect(saved).not.toContain(bob.password);
  });

  it('keeps the failed sign-in count across a restart', async () => {
    for (let attempt = 0; attempt < 10; attempt += 1) await mock.api.signIn(alice.email, 'wrong');
    mock.serve(MockBackend.fromSnapshot(mock.backend.snapshot(), mock.clockOptions()));
    expect((await mock.api.signIn(alice.email, alice.password)).status).toBe(429);
  });

  it('does not carry the issued-secrets list into a restored backend', async () => {
    await signInAlice();
    mock.serve(MockBackend.fromSnapshot(mock.backend.snapshot(), mock.clockOptions()));
    expect((await mock.api.issuedSecrets()).body).toEqual({ accessTokens: [], refreshTokens: [], codes: [] });
  });

  const corruptions: [string, (snapshot: MockSnapshot, tokens: TokenBody) => unknown][] = [
    ['not an object', () => 'garbage'],
    ['of the previous version', (snapshot) => ({ ...snapshot, version: 3 })],
    ['holding a session of a user who does not exist', (snapshot) => withFirstSession(snapshot, { userId: 'u-nobody' })],
    [
      'holding a raw token where a hash belongs',
      (snapshot, tokens) => withFirstSession(snapshot, { currentRefreshTokenHash: tokens.refresh_token }),
    ],
  ];

  it.each(corruptions)('starts from the seed when the snapshot is %s', async (_case, corrupt) => {
    const tokens = await signInAlice();
    const corrupted = corrupt(mock.backend.snapshot(), tokens);

    expect(parseMockSnapshot(corrupted)).toBeNull();
    mock.serve(MockBackend.fromSnapshot(corrupted, mock.clockOptions()));
    expect((await mock.api.me(tokens.access_token)).status).toBe(401);
    expect((await mock.api.signIn(alice.email, alice.password)).status).toBe(200);
  });

  it('reports every change through onChange, after the change is made, and nothing on reads', async () => {
    const sessionCountsSeen: number[] = [];
    const backend: MockBackend = new MockBackend({
      ...mock.clockOptions(),
      // Sessions made through the app only: the seed's browser session is there from the start.
      onChange: () =>
        sessionCountsSeen.push(backend.snapshot().sessions.filter((s) => s.client === 'app' && !s.revoked).length),
    });
    mock.serve(backend);

    const tokens = await signInAlice();
    expect(sessionCountsSeen).toEqual([1]);
    await mock.api.me(tokens.access_token);
    await mock.api.portals(tokens.access_token);
    expect(sessionCountsSeen).toEqual([1]);
    await mock.api.signIn(alice.email, 'wrong');
    const renewed = (await mock.api.refresh(tokens.refresh_token)).body as TokenBody;
    await mock.api.revoke(renewed.refresh_token);
    expect(sessionCountsSeen).toEqual([1, 1, 1, 0]);
    await mock.api.reset();
    expect(sessionCountsSeen).toEqual([1, 1, 1, 0, 0]);
  });
});

describe('testing routes', () => {
  it('GET /__mock/issued-secrets lists every token handed out, in order', async () => {
    const first = await signInAlice();
    const second = (await mock.api.refresh(first.refresh_token)).body as TokenBody;
    const reply = await mock.api.issuedSecrets();
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      accessTokens: [first.access_token, second.access_token],
      refreshTokens: [first.refresh_token, second.refresh_token],
      codes: [],
    });
  });

  it('POST /__mock/reset goes back to the seed: sessions end, seed users still sign in', async () => {
    const tokens = await signInAlice();
    for (let attempt = 0; attempt < 10; attempt += 1) await mock.api.signIn(bob.email, 'wrong');

    const reply = await mock.api.reset();
    expect([reply.status, reply.body]).toEqual([200, {}]);

    expect((await mock.api.me(tokens.access_token)).status).toBe(401);
    expect((await mock.api.refresh(tokens.refresh_token)).status).toBe(400);
    expect((await mock.api.signIn(bob.email, bob.password)).status).toBe(200);
    const secrets = (await mock.api.issuedSecrets()).body as IssuedSecretsBody;
    expect(secrets.accessTokens).toContain(tokens.access_token);
  });
});
