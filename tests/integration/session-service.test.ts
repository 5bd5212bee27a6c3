import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { portalsApi } from '../../src-main/api/portals-api.ts';
import { ProfileService } from '../../src-main/services/profile-service.ts';
import { seedCredentials } from '../../mocks/index.ts';
import { FakeSecretStore } from '../unit/fake-secret-store.ts';
import { BASE_URL, createSessionStack, KEYCHAIN_SERVICE, startMockApi, TestClock } from './session-fixture.ts';

const alice = seedCredentials.alice;
const clock = new TestClock();
const mock = startMockApi(clock);

beforeAll(() => mock.server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  mock.backend.reset();
  mock.requests.length = 0;
});
afterAll(() => mock.server.close());

const keychainAccount = (userId: string) => `${BASE_URL}#${userId}`;

describe('SessionService against the mock backend', () => {
  it('signs in by e-mail, keeps the refresh token in the keychain and announces the change', async () => {
    const { session, store, events } = createSessionStack();
    const result = await session.signIn(alice.email, alice.password);
    expect(result).toEqual({
      ok: true,
      value: {
        status: 'signed_in',
        persistence: 'keychain',
        user: { id: 'u-alice', name: 'Alice', lastName: 'Demo', email: 'alice@example.com', phone: '+15550100001' },
      },
    });
    const saved = await store.getPassword(KEYCHAIN_SERVICE, keychainAccount('u-alice'));
    expect(mock.backend.issuedSecrets().refreshTokens).toContain(saved);
    expect(events.at(-1)).toMatchObject({ status: 'signed_in' });
  });

  it.each([alice.phone, '+15550100001', '1 (555) 010-0001', 'ALICE@example.com '])('signs in with the login %j', async (login) => {
    const { session } = createSessionStack();
    const result = await session.signIn(login, alice.password);
    expect(result).toMatchObject({ ok: true, value: { status: 'signed_in', user: { id: 'u-alice' } } });
  });

  it('refuses a wrong password with invalid_credentials and stores nothing', async () => {
    const { session, store } = createSessionStack();
    const result = await session.signIn(alice.email, 'Wrong-Passw0rd!');
    expect(result).toEqual({ ok: false, error: { code: 'invalid_credentials' } });
    expect(session.state()).toEqual({ status: 'signed_out' });
    expect(store.entries.size).toBe(0);
  });

  it('restores the session at start-up from the keychain, rotating the refresh token', async () => {
    const store = new FakeSecretStore();
    await createSessionStack(store).session.signIn(alice.email, alice.password);
    const before = await store.getPassword(KEYCHAIN_SERVICE, keychainAccount('u-alice'));

    const restarted = createSessionStack(store);
    const result = await restarted.session.get();
    expect(result).toMatchObject({ ok: true, value: { status: 'signed_in', user: { name: 'Alice' } } });
    const after = await store.getPassword(KEYCHAIN_SERVICE, keychainAccount('u-alice'));
    expect(after).not.toBe(before);
    expect(mock.requests.filter((r) => r.grant === 'refresh_token')).toHaveLength(1);
  });

  it('starts signed out when the keychain holds nothing for this server', async () => {
    const { session } = createSessionStack();
    expect(await session.get()).toEqual({ ok: true, value: { status: 'signed_out' } });
  });

  it('shares one refresh among 20 concurrent calls on an expired access token, and all succeed', async () => {
    const { api, session } = createSessionStack();
    await session.signIn(alice.email, alice.password);
    clock.advance(61_000);
    mock.requests.length = 0;

    const profile = new ProfileService(api);
    const results = await Promise.all(Array.from({ length: 20 }, () => profile.get()));

    expect(results.every((r) => r.ok && r.value.displayName === 'Alice Demo')).toBe(true);
    expect(mock.requests.filter((r) => r.grant === 'refresh_token')).toHaveLength(1);
    expect(mock.requests.filter((r) => r.path === '/me')).toHaveLength(40);
  });

  it('ends the session cleanly when its refresh token turns out to be dead', async () => {
    const { api, session, store, events } = createSessionStack();
    await session.signIn(alice.email, alice.password);
    // Someone else used (and so killed) this refresh token: the server revokes the whole session.
    const stolen = await store.getPassword(KEYCHAIN_SERVICE, keychainAccount('u-alice'));
    expect(mock.backend.refresh(stolen ?? '').ok).toBe(true);
    clock.advance(61_000);

    const result = await new ProfileService(api).get();

    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(session.state()).toEqual({ status: 'signed_out', reason: 'expired' });
    expect(events.at(-1)).toEqual({ status: 'signed_out', reason: 'expired' });
    expect(store.entries.size).toBe(0);
  });

  it('signs out: revokes on the server and deletes the keychain entry', async () => {
    const { session, store } = createSessionStack();
    await session.signIn(alice.email, alice.password);
    const refreshToken = (await store.getPassword(KEYCHAIN_SERVICE, keychainAccount('u-alice'))) ?? '';

    expect(await session.signOut()).toEqual({ ok: true, value: { status: 'signed_out', reason: 'signed_out' } });
    expect(store.entries.size).toBe(0);
    expect(mock.backend.refresh(refreshToken).ok).toBe(false);
    expect(mock.requests.some((r) => r.path === '/auth/revoke')).toBe(true);
  });

  it('keeps the session in memory only when the keychain refuses', async () => {
    const store = new FakeSecretStore();
    store.refuse = true;
    const { session } = createSessionStack(store);
    const result = await session.signIn(alice.email, alice.password);
    expect(result).toMatchObject({ ok: true, value: { status: 'signed_in', persistence: 'memory' } });
    store.refuse = false;
    expect(store.entries.size).toBe(0);
    expect(createSessionStack(store).session.state()).toEqual({ status: 'signed_out' });
  });

  it('lists the portals of the signed-in person', async () => {
    const { api, session } = createSessionStack();
    await session.signIn(alice.email, alice.password);
    const result = await portalsApi.page(api, null, 500);
    expect(result.ok && result.value.items.map((p) => [p.domain, p.role]).sort()).toEqual([
      ['acme.bitrix24.com', 'employee'],
      ['alice-old.bitrix24.ru', 'admin'],
      ['alice-team.bitrix24.com', 'admin'],
      ['closed-shop.bitrix24.com', 'employee'],
      ['partners.bitrix24.de', 'extranet'],
    ]);
  });

  it('gives unauthorized without a request when nobody is signed in', async () => {
    const { api } = createSessionStack(new FakeSecretStore());
    expect(await new ProfileService(api).get()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(mock.requests).toHaveLength(0);
  });
});
