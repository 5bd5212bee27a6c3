/**
 * Every limit holds under a burst: many requests at once, as an attacker would send them, never get
 * more checks, sends or bytes through than the limit allows.
 */
import { describe, expect, it } from 'vitest';
import {
  BODY_TOO_LARGE_MESSAGE,
  FAILED_SIGN_IN_WINDOW_MS,
  LOGIN_CHANGE_REQUEST_WINDOW_MS,
  LOGIN_CHANGE_TARGET_WINDOW_MS,
  MAX_FAILED_SIGN_INS,
  MAX_LOGIN_CHANGE_MESSAGES_PER_TARGET,
  MAX_LOGIN_CHANGE_REQUESTS,
  MAX_REQUEST_BODY_BYTES,
  MAX_WRONG_CURRENT_PASSWORDS,
  seedCredentials,
  WRONG_CURRENT_PASSWORD_WINDOW_MS,
} from '../index.ts';
import { signedIn, type ApiReply, type ErrorBody } from './api-client.ts';
import { MINUTE, SECOND, useMockApi } from './msw-harness.ts';
import { useStandaloneServer } from './standalone-harness.ts';

const alice = seedCredentials.alice;
const bob = seedCredentials.bob;

/** Hundreds of requests (and a few scrypt checks) on a loaded 2-core machine: a bound, not a wait. */
const BURST = { timeout: 60_000 };

/** How many replies had each status, e.g. { 400: 10, 429: 190 }. */
function statusCounts(replies: readonly ApiReply[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const reply of replies) counts[reply.status] = (counts[reply.status] ?? 0) + 1;
  return counts;
}

function expectRateLimited(reply: ApiReply | undefined): void {
  expect(reply?.status).toBe(429);
  expect((reply?.body as ErrorBody).error).toBe('rate_limited');
  expect(Number(reply?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
}

describe('a burst of password grants for one login', BURST, () => {
  const mock = useMockApi();

  it(`checks at most ${MAX_FAILED_SIGN_INS} passwords, and refuses the right one beyond the limit`, async () => {
    const attempts = Array.from({ length: 200 }, (_, index) =>
      mock.api.signIn(alice.email, index === 149 ? alice.password : `Wrong-Passw0rd-${index}`),
    );
    const replies = await Promise.all(attempts);
    expect(statusCounts(replies)).toEqual({ 400: MAX_FAILED_SIGN_INS, 429: 200 - MAX_FAILED_SIGN_INS });
    expectRateLimited(replies[149]);

    mock.advance(FAILED_SIGN_IN_WINDOW_MS);
    expect((await mock.api.signIn(alice.email, alice.password)).status).toBe(200);
  });

  it('lets a right password within the limit sign in', async () => {
    const replies = await Promise.all(
      Array.from({ length: 5 }, (_, index) => mock.api.signIn(alice.email, index === 2 ? alice.password : 'Wrong-Passw0rd')),
    );
    expect(replies.map((reply) => reply.status)).toEqual([400, 400, 200, 400, 400]);
    expect((await mock.api.signIn(alice.email, alice.password)).status).toBe(200);
  });
});

describe('a burst of current-password checks for one person', BURST, () => {
  const mock = useMockApi();

  it(`checks at most ${MAX_WRONG_CURRENT_PASSWORDS} current passwords, across password and login changes`, async () => {
    const token = (await signedIn(mock.api, alice.email, alice.password)).access_token;
    const newPassword = 'Another-Passw0rd-1';
    const attempts = Array.from({ length: 60 }, (_, index) => {
      if (index === 45) return mock.api.changePassword(token, { current_password: alice.password, new_password: newPassword });
      if (index % 2 === 0) return mock.api.changePassword(token, { current_password: `Wrong-${index}`, new_password: newPassword });
      const value = `+1 555 010 ${String(1000 + index)}`;
      return mock.api.requestLoginChange(token, { channel: 'phone', value, current_password: `Wrong-${index}` });
    });
    const replies = await Promise.all(attempts);
    expect(statusCounts(replies)).toEqual({ 403: MAX_WRONG_CURRENT_PASSWORDS, 429: 60 - MAX_WRONG_CURRENT_PASSWORDS });
    expectRateLimited(replies[45]);
    expect(mock.backend.inbox()).toEqual([]);

    mock.advance(WRONG_CURRENT_PASSWORD_WINDOW_MS);
    const changed = await mock.api.changePassword(token, { current_password: alice.password, new_password: newPassword });
    expect(changed.status).toBe(200);
  });

  it('lets the right current password within the limit through, without counting it as wrong', async () => {
    const token = (await signedIn(mock.api, alice.email, alice.password)).access_token;
    const replies = await Promise.all([
      mock.api.changePassword(token, { current_password: 'Wrong-1', new_password: 'Another-Passw0rd-1' }),
      mock.api.changePassword(token, { current_password: alice.password, new_password: 'Another-Passw0rd-1' }),
      mock.api.changePassword(token, { current_password: 'Wrong-2', new_password: 'Another-Passw0rd-1' }),
    ]);
    expect(replies.map((reply) => reply.status)).toEqual([403, 200, 403]);
    // Two wrong so far: three more are allowed before the lock.
    const next = await Promise.all(
      Array.from({ length: 10 }, () => mock.api.changePassword(token, { current_password: 'Wrong', new_password: 'Third-Passw0rd-1' })),
    );
    expect(statusCounts(next)).toEqual({ 403: MAX_WRONG_CURRENT_PASSWORDS - 2, 429: 10 - (MAX_WRONG_CURRENT_PASSWORDS - 2) });
  });
});

/** Thirty different new phone numbers, "+1 555 010 0100" to "+1 555 010 0129". */
const newPhones = Array.from({ length: 30 }, (_, index) => `+1 555 010 ${String(100 + index).padStart(4, '0')}`);

describe('login changes under a burst', BURST, () => {
  const mock = useMockApi();
  const changePhone = (token: string, value: string) =>
    mock.api.requestLoginChange(token, { channel: 'phone', value, current_password: alice.password });

  it('sends one SMS for 30 requests at once to 30 phones', async () => {
    const token = (await signedIn(mock.api, alice.email, alice.password)).access_token;
    const replies = await Promise.all(newPhones.map((phone) => changePhone(token, phone)));
    expect(statusCounts(replies)).toEqual({ 202: 1, 429: 29 });
    for (const reply of replies.filter((candidate) => candidate.status === 429)) expectRateLimited(reply);
    expect(mock.backend.inbox()).toHaveLength(1);
  });

  it(`starts at most ${MAX_LOGIN_CHANGE_REQUESTS} changes per account in 10 minutes, however they are spaced`, async () => {
    const token = (await signedIn(mock.api, alice.email, alice.password)).access_token;
    for (const phone of newPhones.slice(0, MAX_LOGIN_CHANGE_REQUESTS)) {
      expect((await changePhone(token, phone)).status).toBe(202);
      mock.advance(MINUTE);
    }
    const next = newPhones[MAX_LOGIN_CHANGE_REQUESTS] ?? '';
    const limited = await changePhone(token, next);
    expectRateLimited(limited);
    // Free again once the first request is 10 minutes old.
    expect(limited.headers.get('retry-after')).toBe(String((LOGIN_CHANGE_REQUEST_WINDOW_MS - 3 * MINUTE) / SECOND));
    // Cancelling does not give a request back.
    await mock.api.cancelLoginChange(token);
    expectRateLimited(await changePhone(token, next));
    expect(mock.backend.inbox()).toHaveLength(MAX_LOGIN_CHANGE_REQUESTS);

    mock.advance(LOGIN_CHANGE_REQUEST_WINDOW_MS - 3 * MINUTE);
    expect((await changePhone(token, next)).status).toBe(202);
  });

  it(`sends at most ${MAX_LOGIN_CHANGE_MESSAGES_PER_TARGET} messages to one address in an hour, from any account`, async () => {
    const aliceToken = (await signedIn(mock.api, alice.email, alice.password)).access_token;
    const target = 'shared.new@example.com';
    expect((await mock.api.requestLoginChange(aliceToken, { channel: 'email', value: target, current_password: alice.password })).status).toBe(202);
    for (let resend = 1; resend < MAX_LOGIN_CHANGE_MESSAGES_PER_TARGET; resend += 1) {
      mock.advance(MINUTE);
      const replies = await Promise.all(Array.from({ length: 10 }, () => mock.api.resendLoginChange(aliceToken)));
      expect(statusCounts(replies)).toEqual({ 202: 1, 429: 9 });
    }
    mock.advance(MINUTE);
    expectRateLimited(await mock.api.resendLoginChange(aliceToken));
    await mock.api.cancelLoginChange(aliceToken);

    const bobToken = (await signedIn(mock.api, bob.email, bob.password)).access_token;
    const fromBob = await mock.api.requestLoginChange(bobToken, { channel: 'email', value: target, current_password: bob.password });
    expectRateLimited(fromBob);
    expect(fromBob.headers.get('retry-after')).toBe(String((LOGIN_CHANGE_TARGET_WINDOW_MS - 3 * MINUTE) / SECOND));
    expect(mock.backend.inbox(target)).toHaveLength(MAX_LOGIN_CHANGE_MESSAGES_PER_TARGET);
  });

  it('keeps the wrong answers of the pending change when a new request replaces it', async () => {
    const token = (await signedIn(mock.api, alice.email, alice.password)).access_token;
    await changePhone(token, newPhones[0] ?? '');
    const wrong = await Promise.all(Array.from({ length: 4 }, () => mock.api.confirmLoginChange(token, { code: 'wrong' })));
    expect(wrong.map((reply) => (reply.body as ErrorBody).attempts_left).sort()).toEqual([1, 2, 3, 4]);

    mock.advance(MINUTE);
    expect((await changePhone(token, newPhones[1] ?? '')).status).toBe(202);
    const fifth = await mock.api.confirmLoginChange(token, { code: 'wrong' });
    expect([fifth.status, (fifth.body as ErrorBody).error]).toEqual([410, 'code_expired']);
  });

  it('ends the change after 5 wrong codes at once, so the right code after them fails', async () => {
    const token = (await signedIn(mock.api, alice.email, alice.password)).access_token;
    await changePhone(token, newPhones[0] ?? '');
    const code = mock.backend.inbox(newPhones[0])[0]?.code ?? '';
    // Concurrent requests may be served in any order, so the burst holds only wrong codes.
    const guesses = Array.from({ length: 20 }, (_, index) => `wrong-${index}`);
    const replies = await Promise.all(guesses.map((guess) => mock.api.confirmLoginChange(token, { code: guess })));
    expect(statusCounts(replies)).toEqual({ 400: 4, 410: 16 });
    expect((await mock.api.confirmLoginChange(token, { code })).status).toBe(410);
  });
});

describe('request bodies under a burst', BURST, () => {
  const mock = useMockApi();

  /** A password grant (wrong password) of exactly `bytes` bytes of JSON. */
  function grantOfSize(bytes: number): string {
    const fields = { grant_type: 'password', username: alice.email, password: 'Wrong-Passw0rd', padding: '' };
    return JSON.stringify({ ...fields, padding: 'x'.repeat(bytes - JSON.stringify(fields).length) });
  }

  function postGrant(body: BodyInit) {
    // `duplex` lets fetch send a stream; Node's fetch knows it, the DOM typings do not.
    const init: RequestInit & { duplex: 'half' } = {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    };
    return mock.api.send('/auth/token', init);
  }

  it(`refuses bodies over ${MAX_REQUEST_BODY_BYTES} bytes with 413, sent at once or streamed, and reads one at the limit`, async () => {
    const tooLarge = grantOfSize(MAX_REQUEST_BODY_BYTES + 1);
    const replies = await Promise.all(Array.from({ length: 20 }, () => postGrant(tooLarge)));
    expect(statusCounts(replies)).toEqual({ 413: 20 });
    expect(replies[0]?.body).toEqual({ error: 'invalid_request', message: BODY_TOO_LARGE_MESSAGE });

    // In small pieces and without a Content-Length: refused all the same.
    const bytes = new TextEncoder().encode(tooLarge);
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < bytes.length; offset += 1000) controller.enqueue(bytes.slice(offset, offset + 1000));
        controller.close();
      },
    });
    expect((await postGrant(streamed)).status).toBe(413);

    const atLimit = await postGrant(grantOfSize(MAX_REQUEST_BODY_BYTES));
    expect([atLimit.status, (atLimit.body as ErrorBody).error]).toEqual([400, 'invalid_grant']);
  });
});

describe('a burst over real HTTP', BURST, () => {
  const standalone = useStandaloneServer();

  it(`checks at most ${MAX_FAILED_SIGN_INS} passwords for one login`, async () => {
    const server = await standalone.start();
    const replies = await Promise.all(Array.from({ length: 50 }, () => server.api.signIn(alice.phone, 'Wrong-Passw0rd')));
    expect(statusCounts(replies)).toEqual({ 400: MAX_FAILED_SIGN_INS, 429: 50 - MAX_FAILED_SIGN_INS });
  });

  it('sends one SMS for 30 login-change requests at once to 30 phones', async () => {
    const server = await standalone.start();
    const token = (await signedIn(server.api, alice.email, alice.password)).access_token;
    const replies = await Promise.all(
      newPhones.map((value) => server.api.requestLoginChange(token, { channel: 'phone', value, current_password: alice.password })),
    );
    expect(statusCounts(replies)).toEqual({ 202: 1, 429: 29 });
    expect(server.backend.inbox()).toHaveLength(1);
  });
});
