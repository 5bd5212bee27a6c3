/**
 * QrSignInService over the mock backend, with a clock the test drives: every sleep the service
 * asks for is recorded and moves the shared clock at once, so no test waits for real time.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seedCredentials, seedTwoFactor } from '../../mocks/index.ts';
import { QrSignInService, type QrSignInClock } from '../../src-main/services/qr-sign-in-service.ts';
import { BASE_URL, createSessionStack, KEYCHAIN_SERVICE, startMockApi, TestClock } from '../integration/session-fixture.ts';

const alice = seedCredentials.alice;
const erin = seedCredentials.erin;
const clock = new TestClock();
const mock = startMockApi(clock);

beforeAll(() => mock.server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  mock.backend.reset();
  mock.requests.length = 0;
});
afterAll(() => mock.server.close());

/**
 * Each sleep is recorded, then `beforeWake` runs (the test's move: approve, cancel, …), then the
 * clock moves by what `advanceBy` says (the full sleep unless told otherwise).
 */
class DrivenClock implements QrSignInClock {
  readonly sleeps: number[] = [];
  beforeWake: (sleepNumber: number) => void | Promise<void> = () => {};
  advanceBy: (ms: number, sleepNumber: number) => number = (ms) => ms;
  now = () => clock.now();
  async sleep(ms: number, signal: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    await this.beforeWake(this.sleeps.length);
    if (!signal.aborted) clock.advance(this.advanceBy(ms, this.sleeps.length));
  }
}

function qrStack() {
  const stack = createSessionStack();
  const driven = new DrivenClock();
  const qr = new QrSignInService({ api: stack.api, session: stack.session, deviceName: 'Test laptop', clock: driven });
  return { ...stack, driven, qr };
}

async function startedLink(qr: QrSignInService) {
  const started = await qr.start();
  if (!started.ok) throw new Error(`start failed: ${started.error.code}`);
  return started.value;
}

describe('QrSignInService.start and wait', () => {
  it('answers the link, the code and the expiry, then polls every 2 s and signs in once approved', async () => {
    const { qr, driven, store } = qrStack();
    const request = await startedLink(qr);
    expect(request).toEqual({
      link: `${BASE_URL}/qr?code=${request.userCode}`,
      userCode: expect.stringMatching(/^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$/),
      expiresAt: new Date(clock.now() + 120_000).toISOString(),
    });
    driven.beforeWake = (sleepNumber) => {
      if (sleepNumber === 3) mock.backend.approveNewestDeviceAuthorization(alice.email);
    };
    const result = await qr.wait();
    expect(result).toMatchObject({ ok: true, value: { status: 'signed_in', user: { id: 'u-alice' } } });
    expect(driven.sleeps).toEqual([2000, 2000, 2000]);
    // Like any sign-in: the refresh token is in the keychain.
    const saved = await store.getPassword(KEYCHAIN_SERVICE, `${BASE_URL}#u-alice`);
    expect(mock.backend.issuedSecrets().refreshTokens).toContain(saved);
    expect(mock.requests.filter((request) => request.grant === 'urn:ietf:params:oauth:grant-type:device_code')).toHaveLength(3);
  });

  it('waits 5 s longer after every slow_down', async () => {
    const { qr, driven } = qrStack();
    await startedLink(qr);
    // The second sleep ends early by the server's clock, so that poll comes too soon.
    driven.advanceBy = (ms, sleepNumber) => (sleepNumber === 2 ? 500 : ms);
    driven.beforeWake = (sleepNumber) => {
      if (sleepNumber === 4) mock.backend.approveNewestDeviceAuthorization(alice.email);
    };
    const result = await qr.wait();
    expect(result.ok).toBe(true);
    expect(driven.sleeps).toEqual([2000, 2000, 7000, 7000]);
  });

  it('fails with sign_in_expired when nobody approves within 2 minutes, and polls no more', async () => {
    const { qr, driven } = qrStack();
    await startedLink(qr);
    const result = await qr.wait();
    expect(result).toEqual({ ok: false, error: { code: 'sign_in_expired' } });
    expect(driven.sleeps.reduce((sum, ms) => sum + ms, 0)).toBe(120_000);
    expect(await qr.wait()).toEqual({ ok: false, error: { code: 'sign_in_expired' } });
  });

  it('fails with cancelled on cancel(), and the request is not signed in even if approved later', async () => {
    const { qr, driven, session, store } = qrStack();
    await startedLink(qr);
    driven.beforeWake = (sleepNumber) => {
      if (sleepNumber === 2) expect(qr.cancel()).toEqual({ cancelled: true });
    };
    expect(await qr.wait()).toEqual({ ok: false, error: { code: 'cancelled' } });
    expect(driven.sleeps).toHaveLength(2);
    expect(mock.backend.approveNewestDeviceAuthorization(alice.email)).toMatchObject({ ok: true });
    expect((await qr.wait()).ok).toBe(false);
    expect(session.state().status).toBe('signed_out');
    expect(store.entries.size).toBe(0);
    expect(qr.cancel()).toEqual({ cancelled: false });
  });

  it('replaces the first request with a second start: the first wait is cancelled', async () => {
    const { qr, driven } = qrStack();
    const first = await startedLink(qr);
    let second: Awaited<ReturnType<typeof startedLink>> | undefined;
    driven.beforeWake = async (sleepNumber) => {
      if (sleepNumber === 1) second = await startedLink(qr);
    };
    expect(await qr.wait()).toEqual({ ok: false, error: { code: 'cancelled' } });
    expect(second?.userCode).not.toBe(first.userCode);
    driven.beforeWake = () => {
      mock.backend.approveNewestDeviceAuthorization(alice.email);
    };
    expect((await qr.wait()).ok).toBe(true);
  });
});

describe('QrSignInService.approve', () => {
  async function signedInQr() {
    const stack = qrStack();
    await stack.session.signIn(alice.email, alice.password);
    return stack;
  }

  it("approves by the link on this server, or by the bare code; the device's name comes back", async () => {
    const waiting = qrStack();
    const request = await startedLink(waiting.qr);
    const { qr } = await signedInQr();
    expect(await qr.approve(request.link)).toEqual({ ok: true, value: { deviceName: 'Test laptop' } });
    const another = await startedLink(waiting.qr);
    expect(await qr.approve(` ${another.userCode.toLowerCase()} `)).toEqual({ ok: true, value: { deviceName: 'Test laptop' } });
  });

  it.each([
    ['another origin', (link: string) => link.replace('https://id.test.invalid', 'https://evil.example')],
    ['another path', (link: string) => link.replace('/api/qr', '/qr')],
    ['credentials in it', (link: string) => link.replace('https://', 'https://user:pw@')],
    ['no code', (link: string) => link.replace(/\?code=.*/, '')],
    ['a malformed code', (link: string) => link.replace(/code=.*/, 'code=BCDF-1234')],
    ['a code too long', (link: string) => link.replace(/code=.*/, `code=${'B'.repeat(17)}`)],
  ])('refuses a link with %s, and asks the server nothing', async (_name, alter) => {
    const waiting = qrStack();
    const request = await startedLink(waiting.qr);
    const { qr } = await signedInQr();
    mock.requests.length = 0;
    expect(await qr.approve(alter(request.link))).toEqual({ ok: false, error: { code: 'validation', fields: { link: 'invalid' } } });
    expect(mock.requests).toEqual([]);
  });

  it('answers sign_in_expired for an unknown, expired or already approved request', async () => {
    const waiting = qrStack();
    const { qr } = await signedInQr();
    expect(await qr.approve('BBBB-BBBB')).toEqual({ ok: false, error: { code: 'sign_in_expired' } });
    // Letters the server never hands out are its to refuse, not the app's.
    mock.requests.length = 0;
    expect(await qr.approve('aeio-uaei')).toEqual({ ok: false, error: { code: 'sign_in_expired' } });
    expect(mock.requests).toHaveLength(1);
    const request = await startedLink(waiting.qr);
    expect((await qr.approve(request.link)).ok).toBe(true);
    expect(await qr.approve(request.link)).toEqual({ ok: false, error: { code: 'sign_in_expired' } });
    const late = await startedLink(waiting.qr);
    clock.advance(120_000);
    expect(await qr.approve(late.link)).toEqual({ ok: false, error: { code: 'sign_in_expired' } });
  });
});

describe('the app speaks RFC 6749 to the token endpoint', () => {
  it('sends the password, two-step, refresh and revoke requests form-encoded', async () => {
    const contentTypes: string[] = [];
    const listener = ({ request }: { request: Request }) => {
      const path = new URL(request.url).pathname;
      if (path.endsWith('/auth/token') || path.endsWith('/auth/revoke')) contentTypes.push(request.headers.get('content-type') ?? '');
    };
    mock.server.events.on('request:start', listener);
    try {
      const { session } = createSessionStack();
      expect((await session.signIn(alice.email, alice.password)).ok).toBe(true);
      expect((await session.refresh()).ok).toBe(true);
      await session.signOut();
      const twoStep = createSessionStack().session;
      expect(await twoStep.signIn(erin.email, erin.password)).toMatchObject({ ok: false, error: { code: 'two_factor_required' } });
      expect((await twoStep.verifyTwoFactor(seedTwoFactor.erin.recoveryCodes[0] ?? '')).ok).toBe(true);
    } finally {
      mock.server.events.removeListener('request:start', listener);
    }
    expect(contentTypes).toHaveLength(5);
    for (const type of contentTypes) expect(type).toMatch(/^application\/x-www-form-urlencoded/);
  });
});
