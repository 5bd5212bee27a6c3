/** QR sign-in as a device authorization grant (RFC 8628): the mock's rules, over HTTP. */
import { describe, expect, it } from 'vitest';
import { EMBEDDED_MOCK_BASE_URL, MockBackend, seedCredentials } from '../index.ts';
import type { DeviceAuthorizationBody, ErrorBody, TokenBody } from './api-client.ts';
import { signedIn } from './api-client.ts';
import { QR_PAGE_TEXT } from '../handlers/device-handlers.ts';
import { MINUTE, SECOND, useMockApi } from './msw-harness.ts';

const mock = useMockApi();
const alice = seedCredentials.alice;
const bob = seedCredentials.bob;

async function started(deviceName = 'Kitchen laptop'): Promise<DeviceAuthorizationBody> {
  const reply = await mock.api.startQrSignIn(deviceName);
  expect(reply.status).toBe(200);
  return reply.body as DeviceAuthorizationBody;
}

const errorOf = (reply: { body: unknown }) => (reply.body as ErrorBody).error;

describe('POST /auth/device', () => {
  it('answers a device code, a consonant user code, the QR link, 120 s and an interval of 2 s', async () => {
    const reply = await mock.api.startQrSignIn('Kitchen laptop');
    expect(reply.headers.get('cache-control')).toBe('no-store');
    const body = reply.body as DeviceAuthorizationBody;
    expect(body).toEqual({
      device_code: expect.stringMatching(/^dc_[A-Za-z0-9_-]{43}$/),
      user_code: expect.stringMatching(/^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$/),
      verification_uri: `${EMBEDDED_MOCK_BASE_URL}/qr`,
      verification_uri_complete: `${EMBEDDED_MOCK_BASE_URL}/qr?code=${body.user_code}`,
      expires_in: 120,
      interval: 2,
    });
    expect(mock.backend.issuedSecrets().codes).toEqual(expect.arrayContaining([body.device_code, body.user_code.replace('-', '')]));
    expect(JSON.stringify(mock.backend.snapshot())).not.toContain(body.device_code);
  });

  it('takes JSON too, and refuses other content types', async () => {
    expect((await mock.api.postJson('/auth/device', { device_name: 'Laptop' })).status).toBe(200);
    const refused = await mock.api.send('/auth/device', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' });
    expect([refused.status, errorOf(refused)]).toEqual([400, 'invalid_request']);
  });

  it('lets at most 1000 requests wait at once, then answers 429 until the oldest ends', async () => {
    for (let count = 0; count < 999; count += 1) expect(mock.backend.startDeviceAuthorization({ deviceName: null }).ok).toBe(true);
    mock.advance(30 * SECOND);
    await started();
    const refused = await mock.api.startQrSignIn('One too many');
    expect([refused.status, errorOf(refused)]).toEqual([429, 'rate_limited']);
    expect(refused.headers.get('retry-after')).toBe('90');
    expect(refused.headers.get('cache-control')).toBe('no-store');
    mock.advance(90 * SECOND);
    await started();
  });

  it('serves a page without script at the link', async () => {
    const { verification_uri_complete: link, user_code: userCode } = await started();
    const response = await fetch(link);
    const html = await response.text();
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html).toContain(QR_PAGE_TEXT);
    expect(html).toContain(userCode);
    expect(html).not.toContain('<script');
  });
});

describe('polling with the device_code grant', () => {
  it('is pending, then slow_down when polled too soon (and the interval grows by 5 s)', async () => {
    const { device_code: deviceCode } = await started();
    expect(errorOf(await mock.api.pollQrSignIn(deviceCode))).toBe('authorization_pending');
    mock.advance(1 * SECOND);
    const tooSoon = await mock.api.pollQrSignIn(deviceCode);
    expect([tooSoon.status, errorOf(tooSoon)]).toEqual([400, 'slow_down']);
    // The interval is now 7 s: 5 s later is still too soon, 7 s later is not.
    mock.advance(5 * SECOND);
    expect(errorOf(await mock.api.pollQrSignIn(deviceCode))).toBe('slow_down');
    mock.advance(12 * SECOND);
    expect(errorOf(await mock.api.pollQrSignIn(deviceCode))).toBe('authorization_pending');
  });

  it('expires after 2 minutes, for the poller and for the approver', async () => {
    const { device_code: deviceCode, user_code: userCode } = await started();
    mock.advance(2 * MINUTE);
    const poll = await mock.api.pollQrSignIn(deviceCode);
    expect([poll.status, errorOf(poll)]).toEqual([400, 'expired_token']);
    const token = (await signedIn(mock.api, alice.email, alice.password)).access_token;
    const approve = await mock.api.approveQrSignIn(token, userCode);
    expect([approve.status, errorOf(approve)]).toEqual([410, 'expired_token']);
  });

  it('signs the waiting device in as the approver once, named as it asked; then the code is used up', async () => {
    const { device_code: deviceCode, user_code: userCode } = await started('Kitchen laptop');
    const aliceToken = (await signedIn(mock.api, alice.email, alice.password)).access_token;
    // Dashes and case do not matter.
    const approve = await mock.api.approveQrSignIn(aliceToken, userCode.replace('-', '').toLowerCase());
    expect([approve.status, approve.body]).toEqual([200, { device_name: 'Kitchen laptop' }]);
    const poll = await mock.api.pollQrSignIn(deviceCode);
    expect(poll.status).toBe(200);
    const tokens = poll.body as TokenBody;
    expect(tokens.user_id).toBe('u-alice');
    const sessions = (await mock.api.sessions(tokens.access_token)).body as { items: { device_name: string; current: boolean }[] };
    expect(sessions.items.find((session) => session.current)?.device_name).toBe('Kitchen laptop');
    const again = await mock.api.pollQrSignIn(deviceCode);
    expect([again.status, errorOf(again)]).toEqual([400, 'invalid_grant']);
  });

  it('gives the tokens to one of several polls sent at once after the approval', async () => {
    const { device_code: deviceCode } = await started();
    expect((await mock.api.approveQrSignInAsTester(alice.email)).status).toBe(200);
    const polls = await Promise.all(Array.from({ length: 5 }, () => mock.api.pollQrSignIn(deviceCode)));
    expect(polls.filter((poll) => poll.status === 200)).toHaveLength(1);
    expect(polls.filter((poll) => errorOf(poll) === 'invalid_grant')).toHaveLength(4);
    expect(mock.backend.issuedSecrets().accessTokens).toHaveLength(1);
  });

  it('does not ask a two-step account for a code: the approving device is the second factor', async () => {
    const snapshot = mock.backend.snapshot();
    const aliceRecord = snapshot.users.find((user) => user.id === 'u-alice');
    if (!aliceRecord) throw new Error('No Alice in the seed');
    aliceRecord.twoFactor = { secret: 'JBSWY3DPEHPK3PXP', enabledAt: 0, lastUsedStep: 0, recoveryCodeHashes: [] };
    mock.serve(MockBackend.fromSnapshot(snapshot, mock.clockOptions()));
    const { device_code: deviceCode } = await started();
    expect((await mock.api.approveQrSignInAsTester(alice.email)).status).toBe(200);
    const poll = await mock.api.pollQrSignIn(deviceCode);
    expect([poll.status, (poll.body as TokenBody).user_id]).toEqual([200, 'u-alice']);
  });
});

describe('POST /me/qr-approve', () => {
  it('approves once: of approvals sent at once one wins, the rest get 409 already_approved', async () => {
    const { user_code: userCode } = await started();
    const aliceToken = (await signedIn(mock.api, alice.email, alice.password)).access_token;
    const bobToken = (await signedIn(mock.api, bob.email, bob.password)).access_token;
    const replies = await Promise.all([aliceToken, bobToken, aliceToken, bobToken].map((token) => mock.api.approveQrSignIn(token, userCode)));
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 409, 409, 409]);
    expect(replies.filter((reply) => reply.status === 409).map(errorOf)).toEqual(['already_approved', 'already_approved', 'already_approved']);
  });

  it('answers 404 for an unknown code, 401 without a session, 400 without a code', async () => {
    await started();
    const token = (await signedIn(mock.api, alice.email, alice.password)).access_token;
    const unknown = await mock.api.approveQrSignIn(token, 'BBBB-BBBB');
    expect([unknown.status, errorOf(unknown)]).toEqual([404, 'not_found']);
    expect((await mock.api.postJson('/me/qr-approve', { user_code: 'BBBB-BBBB' })).status).toBe(401);
    const missing = await mock.api.postJson('/me/qr-approve', {}, token);
    expect([missing.status, (missing.body as ErrorBody).fields]).toEqual([400, { user_code: 'required' }]);
  });

  it('allows 10 wrong codes per account in 15 minutes, counted when they start, then answers 429', async () => {
    const { user_code: userCode } = await started();
    const token = (await signedIn(mock.api, alice.email, alice.password)).access_token;
    const wrong = await Promise.all(Array.from({ length: 12 }, () => mock.api.approveQrSignIn(token, 'BBBB-BBBB')));
    expect(wrong.filter((reply) => reply.status === 404)).toHaveLength(10);
    expect(wrong.filter((reply) => reply.status === 429)).toHaveLength(2);
    // Even the right code waits now; another account is not held back.
    const limited = await mock.api.approveQrSignIn(token, userCode);
    expect([limited.status, errorOf(limited)]).toEqual([429, 'rate_limited']);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const bobToken = (await signedIn(mock.api, bob.email, bob.password)).access_token;
    expect((await mock.api.approveQrSignIn(bobToken, userCode)).status).toBe(200);
  });
});

describe('POST /__mock/qr-approve', () => {
  it('approves the newest waiting request as the named person, and says when none waits', async () => {
    const none = await mock.api.approveQrSignInAsTester(alice.email);
    expect([none.status, errorOf(none)]).toEqual([404, 'not_found']);
    const older = await started('Older laptop');
    const newer = await started('Newer laptop');
    const reply = await mock.api.approveQrSignInAsTester(bob.email);
    expect([reply.status, reply.body]).toEqual([200, { device_name: 'Newer laptop' }]);
    expect(((await mock.api.pollQrSignIn(newer.device_code)).body as TokenBody).user_id).toBe('u-bob');
    expect(errorOf(await mock.api.pollQrSignIn(older.device_code))).toBe('authorization_pending');
  });

  it('approves as an account by its id, under "Unknown device" when the app gave no name', async () => {
    expect(mock.backend.approveNewestDeviceAuthorizationAs('u-alice')).toEqual({ ok: false, error: 'not_found' });
    const unnamed = (await mock.api.startQrSignIn()).body as DeviceAuthorizationBody;
    expect(mock.backend.approveNewestDeviceAuthorizationAs('u-nobody')).toEqual({ ok: false, error: 'not_found' });
    expect(mock.backend.approveNewestDeviceAuthorizationAs('u-alice')).toEqual({ ok: true, deviceName: 'Unknown device' });
    expect(((await mock.api.pollQrSignIn(unnamed.device_code)).body as TokenBody).user_id).toBe('u-alice');
  });

  it('forgets every request on reset', async () => {
    const { device_code: deviceCode } = await started();
    await mock.api.reset();
    expect(errorOf(await mock.api.pollQrSignIn(deviceCode))).toBe('invalid_grant');
  });
});
