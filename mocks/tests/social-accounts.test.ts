import { describe, expect, it } from 'vitest';
import {
  EMBEDDED_MOCK_BASE_URL,
  MockBackend,
  parseMockSnapshot,
  seedCredentials,
  seedSocialIdentities,
  seedUsers,
  type MockSnapshot,
} from '../index.ts';
import { latestMessage, signedIn, type ProfileBody, type TokenBody } from './api-client.ts';
import { useMockApi } from './msw-harness.ts';
import { INVALID_CODE, pkcePair, socialGrant, type BrowserGrant } from './social-flow.ts';

const mock = useMockApi();
const BASE = EMBEDDED_MOCK_BASE_URL;
const alice = seedCredentials.alice;
const bob = seedCredentials.bob;
const dana = seedUsers.dana;
const { aliceGoogle, carolGoogle, aliceApple, carolApple, danaYandex } = seedSocialIdentities;

const LAST_SIGN_IN_METHOD = {
  error: 'last_sign_in_method',
  message: 'This is the only way to sign in to your Bitrix ID. Set a password or connect another service first.',
};

const grantFor = (identity: { provider: string; displayName: string }, mode: 'sign_in' | 'connect') =>
  socialGrant(BASE, { provider: identity.provider, mode, displayName: identity.displayName });

async function connect(accessToken: string, identity: { provider: string; displayName: string }) {
  return mock.api.connectSocial(accessToken, await grantFor(identity, 'connect'));
}

async function socialSignIn(identity: { provider: string; displayName: string }) {
  return mock.api.socialSignIn(await grantFor(identity, 'sign_in'));
}

async function socialAccountsOf(accessToken: string): Promise<ProfileBody['social_accounts']> {
  return ((await mock.api.me(accessToken)).body as ProfileBody).social_accounts;
}

const signInAlice = async () => (await signedIn(mock.api, alice.email, alice.password)).access_token;

async function signInDana(): Promise<string> {
  const reply = await socialSignIn(danaYandex);
  if (reply.status !== 200) throw new Error(`Dana could not sign in: ${JSON.stringify(reply.body)}`);
  return (reply.body as TokenBody).access_token;
}

describe('POST /me/social', () => {
  it('connects Apple to Alice, after which she signs in with it', async () => {
    const token = await signInAlice();
    const reply = await connect(token, aliceApple);
    expect(reply.status).toBe(200);
    expect((reply.body as ProfileBody).social_accounts).toEqual([
      { provider: 'google', display_name: 'Alice Demo (alice.demo@gmail.com)' },
      { provider: 'apple', display_name: 'Alice Demo (alice@icloud.com)' },
    ]);
    expect(await socialAccountsOf(token)).toEqual((reply.body as ProfileBody).social_accounts);

    const signIn = await socialSignIn(aliceApple);
    expect(signIn.status).toBe(200);
    expect((signIn.body as TokenBody).user_id).toBe('u-alice');
  });

  it('refuses an account connected to another Bitrix ID with 409 social_taken, changing nobody', async () => {
    const bobToken = (await signedIn(mock.api, bob.email, bob.password)).access_token;
    const reply = await connect(bobToken, aliceGoogle);
    expect(reply.status).toBe(409);
    expect(reply.body).toEqual({
      error: 'social_taken',
      message: 'This Google account is already connected to another Bitrix ID.',
    });
    expect(await socialAccountsOf(bobToken)).toEqual([]);
    expect(((await socialSignIn(aliceGoogle)).body as TokenBody).user_id).toBe('u-alice');
  });

  it('answers 200 and changes nothing when the account is already the caller\'s', async () => {
    const token = await signInAlice();
    const before = await socialAccountsOf(token);
    const reply = await connect(token, aliceGoogle);
    expect(reply.status).toBe(200);
    expect((reply.body as ProfileBody).social_accounts).toEqual(before);
  });

  it('replaces the account of a provider already connected: one per provider', async () => {
    const token = await signInAlice();
    const reply = await connect(token, carolGoogle);
    expect((reply.body as ProfileBody).social_accounts).toEqual([
      { provider: 'google', display_name: 'Carol Unlinked (carol@gmail.com)' },
    ]);
    expect((await socialSignIn(aliceGoogle)).body).toMatchObject({ error: 'social_not_linked' });
    expect(((await socialSignIn(carolGoogle)).body as TokenBody).user_id).toBe('u-alice');
  });

  const spoiled: [string, (grant: BrowserGrant) => Promise<Record<string, string>>][] = [
    ['a code issued for signing in', async () => grantFor(aliceApple, 'sign_in').then((grant) => ({ ...grant }))],
    ['a wrong verifier', async (grant) => ({ ...grant, code_verifier: pkcePair().verifier })],
    ['no verifier', async ({ code, redirect_uri }) => ({ code, redirect_uri })],
    ['another redirect_uri', async (grant) => ({ ...grant, redirect_uri: 'http://127.0.0.1:1/callback' })],
  ];

  it.each(spoiled)('refuses %s with invalid_grant and connects nothing', async (_case, spoil) => {
    const token = await signInAlice();
    const reply = await mock.api.connectSocial(token, await spoil(await grantFor(aliceApple, 'connect')));
    expect([reply.status, reply.body]).toEqual([400, INVALID_CODE]);
    expect(await socialAccountsOf(token)).toEqual([{ provider: 'google', display_name: aliceGoogle.displayName }]);
  });

  it('takes a code once', async () => {
    const token = await signInAlice();
    const grant = await grantFor(aliceApple, 'connect');
    expect((await mock.api.connectSocial(token, grant)).status).toBe(200);
    expect((await mock.api.connectSocial(token, grant)).body).toEqual(INVALID_CODE);
  });

  it('needs a bearer token, and keeps the code for whoever has one', async () => {
    const grant = await grantFor(aliceApple, 'connect');
    const reply = await mock.api.connectSocial('at_not-a-token', grant);
    expect(reply.status).toBe(401);
    expect((await mock.api.connectSocial(await signInAlice(), grant)).status).toBe(200);
  });
});

describe('DELETE /me/social/{provider}', () => {
  it('disconnects Google from Alice, after which it signs nobody in', async () => {
    const token = await signInAlice();
    const reply = await mock.api.disconnectSocial(token, 'google');
    expect(reply.status).toBe(200);
    expect((reply.body as ProfileBody).social_accounts).toEqual([]);
    expect((reply.body as ProfileBody).email).toBe(alice.email);
    expect((await socialSignIn(aliceGoogle)).body).toMatchObject({ error: 'social_not_linked' });
  });

  it.each(['apple', 'myspace'])('answers 404 not_found for %s, which is not connected', async (provider) => {
    const reply = await mock.api.disconnectSocial(await signInAlice(), provider);
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({ error: 'not_found' });
  });

  it('needs a bearer token', async () => {
    expect((await mock.api.disconnectSocial('at_not-a-token', 'google')).status).toBe(401);
  });
});

describe('Dana, who has no password', () => {
  it('cannot sign in with any password, and gets the answer a wrong password gets', async () => {
    const wrong = await mock.api.signIn(alice.email, 'Not-Her-Passw0rd');
    for (const password of ['Dana-Passw0rd!', 'anything']) {
      const reply = await mock.api.signIn(dana.email, password);
      expect([reply.status, reply.body]).toEqual([wrong.status, wrong.body]);
    }
  });

  it('signs in with her Yandex account', async () => {
    const reply = await socialSignIn(danaYandex);
    expect(reply.status).toBe(200);
    expect((reply.body as TokenBody).user_id).toBe('u-dana');
    const profile = (await mock.api.me((reply.body as TokenBody).access_token)).body as ProfileBody;
    expect(profile).toMatchObject({ email: 'dana@example.com', phone: null, password_changed_at: null });
    expect(profile.social_accounts).toEqual([{ provider: 'yandex', display_name: 'Dana Social (dana@yandex.ru)' }]);
  });

  it('cannot disconnect Yandex, her only way in: 409 last_sign_in_method, and nothing changes', async () => {
    const token = await signInDana();
    const reply = await mock.api.disconnectSocial(token, 'yandex');
    expect([reply.status, reply.body]).toEqual([409, LAST_SIGN_IN_METHOD]);
    expect(await socialAccountsOf(token)).toEqual([{ provider: 'yandex', display_name: danaYandex.displayName }]);
    expect((await socialSignIn(danaYandex)).status).toBe(200);
  });

  it('can disconnect Yandex once another service is connected, but not that one after', async () => {
    const token = await signInDana();
    expect((await connect(token, carolApple)).status).toBe(200);
    const reply = await mock.api.disconnectSocial(token, 'yandex');
    expect(reply.status).toBe(200);
    expect((reply.body as ProfileBody).social_accounts).toEqual([{ provider: 'apple', display_name: carolApple.displayName }]);
    expect((await mock.api.disconnectSocial(token, 'apple')).body).toEqual(LAST_SIGN_IN_METHOD);
  });

  it('can disconnect her last service once recovery has given her a password', async () => {
    const token = await signInDana();
    expect((await mock.api.requestRecovery(dana.email)).status).toBe(202);
    const { checkword } = await latestMessage(mock.api, dana.email);
    const completed = await mock.api.completeRecovery({
      login: dana.email,
      checkword: checkword ?? '',
      new_password: 'First-Passw0rd',
    });
    expect(completed.status).toBe(204);

    // Recovery ends every session, so she signs in with her new password.
    const withPassword = await signedIn(mock.api, dana.email, 'First-Passw0rd');
    expect((await mock.api.me(token)).status).toBe(401);
    expect((await mock.api.disconnectSocial(withPassword.access_token, 'yandex')).status).toBe(200);
  });

  it('is asked for a proof, not a current password she does not have', async () => {
    const token = await signInDana();
    const reply = await mock.api.changePassword(token, { current_password: 'anything', new_password: 'First-Passw0rd' });
    expect(reply.status).toBe(403);
    expect(reply.body).toMatchObject({ error: 'proof_required' });
  });
});

describe('social links across a restart', () => {
  it('keep a connected account and a disconnected one as they were', async () => {
    const token = await signInAlice();
    await connect(token, aliceApple);
    await mock.api.disconnectSocial(token, 'google');

    mock.serve(MockBackend.fromSnapshot(JSON.parse(JSON.stringify(mock.backend.snapshot())), mock.clockOptions()));
    expect(await socialAccountsOf(token)).toEqual([{ provider: 'apple', display_name: aliceApple.displayName }]);
    expect(((await socialSignIn(aliceApple)).body as TokenBody).user_id).toBe('u-alice');
    expect((await socialSignIn(aliceGoogle)).body).toMatchObject({ error: 'social_not_linked' });
  });

  it('report each link and unlink through onChange, and not a consent page or a refused code', async () => {
    let changes = 0;
    mock.serve(new MockBackend({ ...mock.clockOptions(), onChange: () => (changes += 1) }));
    const token = await signInAlice();
    const afterSignIn = changes;
    const grant = await grantFor(aliceApple, 'connect');
    expect(changes).toBe(afterSignIn);
    await mock.api.connectSocial(token, { ...grant, code_verifier: pkcePair().verifier });
    expect(changes).toBe(afterSignIn);
    await connect(token, aliceApple);
    expect(changes).toBe(afterSignIn + 1);
    await mock.api.disconnectSocial(token, 'apple');
    expect(changes).toBe(afterSignIn + 2);
  });

  const corruptions: [string, (users: MockSnapshot['users']) => void][] = [
    [
      'one social account linked to two people',
      (users) => users[1]?.socialAccounts.push({ provider: 'google', identityId: aliceGoogle.id, displayName: 'x' }),
    ],
    [
      'two accounts of one provider on one person',
      (users) =>
        users[0]?.socialAccounts.push({ provider: 'google', identityId: carolGoogle.id, displayName: carolGoogle.displayName }),
    ],
  ];

  it.each(corruptions)('start from the seed when the snapshot holds %s', async (_case, corrupt) => {
    await connect(await signInAlice(), aliceApple);
    const snapshot = mock.backend.snapshot();
    corrupt(snapshot.users);
    expect(parseMockSnapshot(snapshot)).toBeNull();

    mock.serve(MockBackend.fromSnapshot(snapshot, mock.clockOptions()));
    expect(await socialAccountsOf(await signInAlice())).toEqual([
      { provider: 'google', display_name: aliceGoogle.displayName },
    ]);
  });
});
