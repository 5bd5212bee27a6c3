import { describe, expect, it } from 'vitest';
import { EMBEDDED_MOCK_BASE_URL, MockBackend, seedCredentials, seedSocialIdentities, seedUsers } from '../index.ts';
import { latestMessage, signedIn, type ErrorBody, type ProfileBody, type TokenBody } from './api-client.ts';
import { MINUTE, SECOND, iso, START_TIME, useMockApi } from './msw-harness.ts';
import { socialGrant } from './social-flow.ts';

const mock = useMockApi();
const BASE = EMBEDDED_MOCK_BASE_URL;
const alice = seedCredentials.alice;
const dana = seedUsers.dana;
const { danaYandex, carolYandex, aliceYandex } = seedSocialIdentities;

interface ProofBody {
  proof_token: string;
  expires_in: number;
}

async function signInDana(): Promise<string> {
  const reply = await mock.api.socialSignIn(await socialGrant(BASE, { provider: 'yandex', mode: 'sign_in', displayName: danaYandex.displayName }));
  if (reply.status !== 200) throw new Error(`Dana could not sign in: ${JSON.stringify(reply.body)}`);
  return (reply.body as TokenBody).access_token;
}

const sendCode = (token: string, channel: string) => mock.api.postJson('/me/proof/code', { channel }, token);
const prove = (token: string, body: Record<string, string>) => mock.api.postJson('/me/proof', body, token);

async function codeSentTo(to: string): Promise<string> {
  const code = (await latestMessage(mock.api, to)).code;
  if (!code) throw new Error(`No code was sent to ${to}`);
  return code;
}

/** Sends a code to Dana's e-mail and proves with it. */
async function danaProof(token: string): Promise<string> {
  expect((await sendCode(token, 'email')).status).toBe(200);
  const reply = await prove(token, { code: await codeSentTo(dana.email) });
  expect(reply.status).toBe(200);
  return (reply.body as ProofBody).proof_token;
}

const setPassword = (token: string, body: Record<string, string>) => mock.api.postJson('/me/password', body, token);

/** A code that is not the one sent (the sent one is six digits too). */
const wrongCodeFor = (code: string) => (code === '000000' ? '111111' : '000000');

describe('POST /me/proof/code', () => {
  it('sends a six-digit code to the account’s own e-mail, valid 10 minutes, again after 60 s', async () => {
    const token = await signInDana();
    const reply = await sendCode(token, 'email');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      channel: 'email',
      sent_to: 'dana@example.com',
      resend_available_at: iso(START_TIME + MINUTE),
      expires_at: iso(START_TIME + 10 * MINUTE),
    });
    const message = await latestMessage(mock.api, dana.email);
    expect(message.code).toMatch(/^\d{6}$/);
    expect(message.text).toContain(message.code);
  });

  it('refuses a channel the account has no login on', async () => {
    const reply = await sendCode(await signInDana(), 'phone');
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ error: 'invalid_request', fields: { channel: 'invalid' } });
  });

  it('sends again only after 60 seconds, at most 3 codes in 10 minutes, and only the newest works', async () => {
    const token = await signInDana();
    expect((await sendCode(token, 'email')).status).toBe(200);
    const first = await codeSentTo(dana.email);
    mock.advance(30 * SECOND);
    const tooSoon = await sendCode(token, 'email');
    expect(tooSoon.status).toBe(429);
    expect(tooSoon.headers.get('retry-after')).toBe('30');
    mock.advance(30 * SECOND);
    expect((await sendCode(token, 'email')).status).toBe(200);
    mock.advance(MINUTE);
    expect((await sendCode(token, 'email')).status).toBe(200);
    mock.advance(MINUTE);
    const fourth = await sendCode(token, 'email');
    expect(fourth.status).toBe(429);
    // The first send leaves the 10-minute window 7 minutes from now.
    expect(fourth.headers.get('retry-after')).toBe(String(7 * 60));

    const newest = await codeSentTo(dana.email);
    if (first !== newest) expect((await prove(token, { code: first })).body).toMatchObject({ error: 'invalid_code' });
    expect((await prove(token, { code: newest })).status).toBe(200);
  });

  it('refuses an account with a password: 409 password_set, and nothing is sent', async () => {
    const token = (await signedIn(mock.api, alice.email, alice.password)).access_token;
    const reply = await sendCode(token, 'email');
    expect([reply.status, (reply.body as ErrorBody).error]).toEqual([409, 'password_set']);
    expect(mock.backend.issuedSecrets().codes.filter((code) => /^\d{6}$/.test(code))).toEqual([]);
  });

  it('answers 503 sms_unavailable while SMS is down, and counts nothing', async () => {
    // Alice, signed in, then without her password: an account with a phone that proves itself by a code.
    const token = (await signedIn(mock.api, alice.email, alice.password)).access_token;
    const snapshot = mock.backend.snapshot();
    const aliceRecord = snapshot.users.find((user) => user.id === alice.userId);
    if (!aliceRecord) throw new Error('No Alice in the seed');
    aliceRecord.passwordHash = null;
    mock.serve(MockBackend.fromSnapshot(snapshot, mock.clockOptions()));
    mock.backend.setScenario('sms-down');
    expect((await sendCode(token, 'phone')).status).toBe(503);
    mock.backend.setScenario('default');
    expect((await sendCode(token, 'phone')).status).toBe(200);
  });
});

describe('POST /me/proof with a code', () => {
  it('counts 5 answers per code, the last wrong one ending it, even when sent all at once', async () => {
    const token = await signInDana();
    await sendCode(token, 'email');
    const wrong = wrongCodeFor(await codeSentTo(dana.email));
    const replies = await Promise.all(Array.from({ length: 8 }, () => prove(token, { code: wrong })));
    const bodies = replies.map((reply) => reply.body as ErrorBody);
    expect(bodies.map((body) => body.attempts_left).filter((left) => left !== undefined).sort()).toEqual([1, 2, 3, 4]);
    expect(bodies.filter((body) => body.error === 'code_expired')).toHaveLength(4);
    expect(replies.every((reply) => reply.status === 400)).toBe(true);
    expect((await prove(token, { code: await codeSentTo(dana.email) })).body).toMatchObject({ error: 'code_expired' });
  });

  it('carries wrong answers over to a fresh code: asking again does not buy fresh guesses', async () => {
    const token = await signInDana();
    await sendCode(token, 'email');
    const wrong = wrongCodeFor(await codeSentTo(dana.email));
    for (const left of [4, 3, 2]) expect((await prove(token, { code: wrong })).body).toMatchObject({ attempts_left: left });
    mock.advance(MINUTE);
    expect((await sendCode(token, 'email')).status).toBe(200);
    const fresh = await codeSentTo(dana.email);
    expect((await prove(token, { code: wrongCodeFor(fresh) })).body).toMatchObject({ error: 'invalid_code', attempts_left: 1 });
    expect((await prove(token, { code: fresh })).status).toBe(200);
  });

  it('expires after 10 minutes, and works only once', async () => {
    const token = await signInDana();
    await sendCode(token, 'email');
    const code = await codeSentTo(dana.email);
    mock.advance(10 * MINUTE);
    expect((await prove(token, { code })).body).toMatchObject({ error: 'code_expired' });

    mock.advance(MINUTE);
    await sendCode(token, 'email');
    const fresh = await codeSentTo(dana.email);
    const proved = await prove(token, { code: fresh });
    expect(proved.status).toBe(200);
    expect((proved.body as ProofBody).expires_in).toBe(300);
    expect((await prove(token, { code: fresh })).body).toMatchObject({ error: 'code_expired' });
  });

  it('refuses a malformed social body as invalid_request, without spending a guess on the sent code', async () => {
    const token = await signInDana();
    await sendCode(token, 'email');
    const wrong = wrongCodeFor(await codeSentTo(dana.email));
    for (const body of [{ code: wrong, redirect_uri: '' }, { code: wrong, code_verifier: 'v' }] as Array<Record<string, string>>) {
      const reply = await prove(token, body);
      expect([reply.status, (reply.body as ErrorBody).error]).toEqual([400, 'invalid_request']);
    }
    expect((await prove(token, { code: wrong })).body).toMatchObject({ error: 'invalid_code', attempts_left: 4 });
  });

  it('answers code_expired when no code was sent', async () => {
    const reply = await prove(await signInDana(), { code: '123456' });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ error: 'code_expired' });
  });
});

describe('POST /me/proof with a social service (mode reauth)', () => {
  const reauthGrant = (displayName: string) => socialGrant(BASE, { provider: 'yandex', mode: 'reauth', displayName });

  it('proves Dana by her own linked Yandex account', async () => {
    const token = await signInDana();
    const reply = await prove(token, { ...(await reauthGrant(danaYandex.displayName)) });
    expect(reply.status).toBe(200);
    expect((reply.body as ProofBody).proof_token).toEqual(expect.any(String));
  });

  it('refuses an identity linked to nobody, or to another account, and a code of another mode', async () => {
    const token = await signInDana();
    expect((await prove(token, { ...(await reauthGrant(carolYandex.displayName)) })).body).toMatchObject({ error: 'invalid_grant' });
    const aliceToken = (await signedIn(mock.api, alice.email, alice.password)).access_token;
    expect((await prove(aliceToken, { ...(await reauthGrant(danaYandex.displayName)) })).body).toMatchObject({ error: 'invalid_grant' });
    expect((await prove(aliceToken, { ...(await reauthGrant(aliceYandex.displayName)) })).body).toMatchObject({ error: 'invalid_grant' });
    const signInCode = await socialGrant(BASE, { provider: 'yandex', mode: 'sign_in', displayName: danaYandex.displayName });
    expect((await prove(token, { ...signInCode })).body).toMatchObject({ error: 'invalid_grant' });
  });

  it('takes a social code once', async () => {
    const token = await signInDana();
    const grant = await reauthGrant(danaYandex.displayName);
    expect((await prove(token, { ...grant })).status).toBe(200);
    expect((await prove(token, { ...grant })).body).toMatchObject({ error: 'invalid_grant' });
  });
});

describe('a proof token in place of the current password', () => {
  it('sets Dana’s first password, after which she may disconnect Yandex and sign in with it', async () => {
    const token = await signInDana();
    expect((await mock.api.disconnectSocial(token, 'yandex')).status).toBe(409);
    const proofToken = await danaProof(token);
    const reply = await setPassword(token, { proof_token: proofToken, new_password: 'Sunny-Meadow-42' });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ password_changed_at: iso(START_TIME) });
    const profile = (await mock.api.me(token)).body as ProfileBody & { has_password: boolean };
    expect(profile.has_password).toBe(true);
    expect(profile.password_changed_at).toBe(iso(START_TIME));

    expect((await mock.api.disconnectSocial(token, 'yandex')).status).toBe(200);
    expect((await mock.api.signIn(dana.email, 'Sunny-Meadow-42')).status).toBe(200);
  });

  it('works once, and for 5 minutes', async () => {
    const token = await signInDana();
    const proofToken = await danaProof(token);
    mock.advance(5 * MINUTE);
    const late = await setPassword(token, { proof_token: proofToken, new_password: 'Sunny-Meadow-42' });
    expect(late.status).toBe(403);
    expect(late.body).toMatchObject({ error: 'proof_required' });

    mock.advance(MINUTE);
    const fresh = await danaProof(token);
    const replies = await Promise.all([
      setPassword(token, { proof_token: fresh, new_password: 'Sunny-Meadow-42' }),
      setPassword(token, { proof_token: fresh, new_password: 'Other-Passw0rd!' }),
    ]);
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 403]);
  });

  it('is required: none, or a made-up one, answers 403 proof_required', async () => {
    const token = await signInDana();
    const none = await setPassword(token, { new_password: 'Sunny-Meadow-42' });
    expect(none.status).toBe(403);
    expect(none.body).toMatchObject({ error: 'proof_required' });
    expect((await setPassword(token, { proof_token: 'pf_made-up', new_password: 'Sunny-Meadow-42' })).body).toMatchObject({
      error: 'proof_required',
    });
  });

  it('survives a password the policy refuses', async () => {
    const token = await signInDana();
    const proofToken = await danaProof(token);
    const weak = await setPassword(token, { proof_token: proofToken, new_password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body).toMatchObject({ fields: { new_password: 'too_short' } });
    expect((await setPassword(token, { proof_token: proofToken, new_password: 'Sunny-Meadow-42' })).status).toBe(200);
  });

  it('changes Dana’s e-mail, once', async () => {
    const token = await signInDana();
    const change = (body: Record<string, string>) =>
      mock.api.postJson('/me/login-change', { channel: 'email', value: 'dana.new@example.com', ...body }, token);
    expect((await change({})).body).toMatchObject({ error: 'proof_required' });
    const proofToken = await danaProof(token);
    expect((await change({ proof_token: proofToken })).status).toBe(202);
    mock.advance(MINUTE);
    const again = await change({ proof_token: proofToken });
    expect(again.status).toBe(403);
    expect(again.body).toMatchObject({ error: 'proof_required' });
  });

  it('is refused for an account with a password, which still names it', async () => {
    // Dana sets a first password, then proves herself again by Yandex (a code is not sent to her now).
    const token = await signInDana();
    expect((await setPassword(token, { proof_token: await danaProof(token), new_password: 'Sunny-Meadow-42' })).status).toBe(200);
    const reauth = await socialGrant(BASE, { provider: 'yandex', mode: 'reauth', displayName: danaYandex.displayName });
    const proved = await prove(token, { ...reauth });
    expect(proved.status).toBe(200);
    const proofToken = (proved.body as ProofBody).proof_token;

    const password = await setPassword(token, { proof_token: proofToken, new_password: 'Sunny-Meadow-43' });
    expect(password.status).toBe(400);
    expect(password.body).toMatchObject({ error: 'invalid_request', fields: { current_password: 'required' } });
    const login = await mock.api.postJson('/me/login-change', { channel: 'email', value: 'dn@example.com', proof_token: proofToken }, token);
    expect(login.status).toBe(400);
    expect(login.body).toMatchObject({ error: 'invalid_request', fields: { current_password: 'required' } });
  });

  it('is a secret the snapshot never holds', async () => {
    const token = await signInDana();
    const proofToken = await danaProof(token);
    const issued = mock.backend.issuedSecrets().codes;
    expect(issued).toContain(proofToken);
    expect(issued).toContain(await codeSentTo(dana.email));
    expect(JSON.stringify(mock.backend.snapshot())).not.toContain(proofToken);
  });
});
