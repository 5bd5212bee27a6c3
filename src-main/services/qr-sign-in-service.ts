import {
  fail,
  ok,
  type QrApproval,
  type QrSignInRequest,
  type Result,
  type SessionState,
} from '../../src-preload/contract.ts';
import type { ApiClient } from '../api/api-client.ts';
import { isUnreachable, type ApiFailure } from '../api/api-errors.ts';
import { failWith, publicError } from '../api/public-error.ts';
import { qrSignInApi } from '../api/qr-sign-in-api.ts';
import { sessionApi } from '../api/session-api.ts';
import type { SessionService } from './session-service.ts';
import { userCodeFromLink } from './qr-sign-in-link.ts';

/** RFC 8628 §3.5: each `slow_down` adds 5 seconds to the interval, for good. */
const SLOW_DOWN_STEP_MS = 5000;

/** Time as the service sees it; tests inject their own. */
export interface QrSignInClock {
  now(): number;
  /** Resolves after `ms`, or at once when `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

const systemClock: QrSignInClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done, { once: true });
    }),
};

export interface QrSignInServiceOptions {
  api: ApiClient;
  session: SessionService;
  /** The name the new session gets, as with any sign-in. */
  deviceName: string;
  clock?: QrSignInClock;
}

/** One started request; the device code never leaves main. */
interface Attempt {
  deviceCode: string;
  intervalMs: number;
  expiresAt: number;
  /** Aborted by `cancel()` or by the next `start()`. */
  stop: AbortController;
  waiting?: Promise<Result<SessionState>>;
}

/** Server answers that mean the request is over: it cannot be approved or redeemed any more. */
const endedRequestCodes: ReadonlySet<string | undefined> = new Set(['expired_token', 'invalid_grant', 'not_found', 'already_approved']);

/** A failure worth another poll while the request lives: the server was not reached, or was busy. */
const isPassing = (error: ApiFailure) => isUnreachable(error) || error.code === 'server' || error.code === 'rate_limited';

/**
 * QR sign-in (RFC 8628 device authorization) from both ends: this app waiting on a request a
 * signed-in phone approves, and this app (signed in) approving another device's request by its link.
 */
export class QrSignInService {
  private readonly api: ApiClient;
  private readonly session: SessionService;
  private readonly deviceName: string;
  private readonly clock: QrSignInClock;
  private attempt: Attempt | null = null;
  /** The stop of the request being started, so that a cancel or a newer start wins over it. */
  private starting: AbortController | null = null;

  constructor(options: QrSignInServiceOptions) {
    this.api = options.api;
    this.session = options.session;
    this.deviceName = options.deviceName;
    this.clock = options.clock ?? systemClock;
  }

  /** A new request; one already started is cancelled (its `wait` answers `cancelled`). */
  async start(): Promise<Result<QrSignInRequest>> {
    this.cancel();
    const stop = new AbortController();
    this.starting = stop;
    const started = await qrSignInApi.startDeviceAuthorization(this.api, this.deviceName);
    if (this.starting === stop) this.starting = null;
    if (stop.signal.aborted) return failWith('cancelled');
    if (!started.ok) return fail(publicError(started.error));
    const expiresAt = this.clock.now() + started.value.expires_in * 1000;
    this.attempt = { deviceCode: started.value.device_code, intervalMs: started.value.interval * 1000, expiresAt, stop };
    return ok({
      link: started.value.verification_uri_complete,
      userCode: started.value.user_code,
      expiresAt: new Date(expiresAt).toISOString(),
    });
  }

  /** Polls the started request until it is approved (signed in), expires or is cancelled; callers share one wait. */
  wait(): Promise<Result<SessionState>> {
    const attempt = this.attempt;
    if (!attempt) return Promise.resolve(failWith('sign_in_expired'));
    attempt.waiting ??= this.poll(attempt).finally(() => {
      if (this.attempt === attempt) this.attempt = null;
    });
    return attempt.waiting;
  }

  cancel(): { cancelled: boolean } {
    const stopped = [this.attempt?.stop, this.starting].filter((stop) => stop !== undefined && stop !== null);
    for (const stop of stopped) stop.abort();
    this.attempt = null;
    this.starting = null;
    return { cancelled: stopped.length > 0 };
  }

  /** Approves another device's request by its link (or bare code), as the signed-in account. */
  async approve(link: string): Promise<Result<QrApproval>> {
    const userCode = userCodeFromLink(link, this.api.baseUrl);
    if (userCode === null) return failWith('validation', { fields: { link: 'invalid' } });
    const approved = await qrSignInApi.approve(this.api, userCode);
    if (approved.ok) return ok({ deviceName: approved.value.device_name });
    if (endedRequestCodes.has(approved.error.serverCode)) return failWith('sign_in_expired');
    return fail(publicError(approved.error));
  }

  private async poll(attempt: Attempt): Promise<Result<SessionState>> {
    const { signal } = attempt.stop;
    let intervalMs = attempt.intervalMs;
    for (;;) {
      await this.clock.sleep(Math.min(intervalMs, Math.max(0, attempt.expiresAt - this.clock.now())), signal);
      if (signal.aborted) return failWith('cancelled');
      if (this.clock.now() >= attempt.expiresAt) return failWith('sign_in_expired');
      const granted = await qrSignInApi.deviceCodeGrant(this.api, attempt.deviceCode);
      if (signal.aborted) {
        // Approved just as the person gave up: that new session must not outlive the moment.
        if (granted.ok) await sessionApi.revoke(this.api, granted.value.refresh_token);
        return failWith('cancelled');
      }
      if (granted.ok) return this.session.signInWith(async () => granted);
      const serverCode = granted.error.serverCode;
      if (serverCode === 'authorization_pending') continue;
      if (serverCode === 'slow_down') {
        intervalMs += SLOW_DOWN_STEP_MS;
        continue;
      }
      if (endedRequestCodes.has(serverCode)) return failWith('sign_in_expired');
      if (isPassing(granted.error)) continue;
      return fail(publicError(granted.error));
    }
  }
}
