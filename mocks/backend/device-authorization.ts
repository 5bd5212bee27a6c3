/**
 * QR sign-in as a device authorization grant (RFC 8628): a waiting app holds a device code and
 * polls; a signed-in device approves the request by its user code. Memory only, on purpose: a
 * request lives two minutes, so it is never worth persisting, and neither code reaches the
 * snapshot. Both codes are kept under their SHA-256 hash, like every other secret.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { retryAfterFromMs, retryAfterSeconds, withoutOne, attemptsWithin, type AttemptLimit } from './attempt-window.ts';
import { sha256Hex } from './secrets.ts';

const DEVICE_AUTHORIZATION_TTL_MS = 2 * 60 * 1000;
/** RFC 8628 §3.2's default poll interval is 5 s; a QR sign-in should feel immediate. */
const DEVICE_POLL_INTERVAL_SECONDS = 2;
/** RFC 8628 §3.5: every `slow_down` adds 5 seconds to the interval of that request. */
const SLOW_DOWN_STEP_SECONDS = 5;
/** RFC 8628 §6.1: consonants only (no vowels, so no words), case-insensitive, 20^8 ≈ 2^34.5 codes. */
const USER_CODE_ALPHABET = 'BCDFGHJKLMNPQRSTVWXZ';
const USER_CODE_LENGTH = 8;
/** Wrong user codes one account may try; guessing a live code then takes far longer than it lives. */
const WRONG_USER_CODE_LIMIT: AttemptLimit = { max: 10, windowMs: 15 * 60 * 1000 };
/**
 * Requests waiting at once (not yet expired or used). Starting one needs no sign-in, so without a
 * bound anyone could fill memory with them; a real server would also limit them per address.
 */
export const MAX_LIVE_DEVICE_AUTHORIZATIONS = 1000;
/** How long an ended request is still recognised (to answer `expired_token` rather than `not_found`). */
const KEEP_ENDED_MS = 10 * 60 * 1000;

interface DeviceRequest {
  userCodeHash: string;
  deviceName: string | null;
  expiresAt: number;
  intervalSeconds: number;
  lastPolledAt: number | null;
  createdAt: number;
  /** The account that approved it, once approved. */
  approvedBy: string | null;
  /** The tokens were handed out: the device code is used up. */
  redeemed: boolean;
}

export interface DeviceAuthorizationStart {
  deviceCode: string;
  /** As shown: `BCDF-GHJK`. */
  userCode: string;
  expiresInSeconds: number;
  intervalSeconds: number;
}

export type DeviceAuthorizationStartOutcome =
  | { ok: true; started: DeviceAuthorizationStart }
  | { ok: false; error: 'rate_limited'; retryAfterSeconds: number };

export type DevicePoll =
  | { status: 'approved'; userId: string; deviceName: string | null }
  | { status: 'authorization_pending' | 'slow_down' | 'expired_token' | 'invalid_grant' };

export type DeviceApproval =
  | { ok: true; deviceName: string | null }
  | { ok: false; error: 'not_found' | 'expired_token' | 'already_approved' }
  | { ok: false; error: 'rate_limited'; retryAfterSeconds: number };

/** `bcdf ghjk`, `BCDF-GHJK` and `bcdfghjk` are one code; anything else is no code at all. */
export function normaliseUserCode(typed: string): string | null {
  const bare = typed.replace(/[\s-]/g, '').toUpperCase();
  if (bare.length !== USER_CODE_LENGTH) return null;
  return [...bare].every((character) => USER_CODE_ALPHABET.includes(character)) ? bare : null;
}

function newUserCode(): string {
  let code = '';
  for (let index = 0; index < USER_CODE_LENGTH; index += 1) code += USER_CODE_ALPHABET[randomInt(USER_CODE_ALPHABET.length)];
  return code;
}

/** 256 random bits: the waiting app's proof that it is the one that asked. */
function newDeviceCode(): string {
  return `dc_${randomBytes(32).toString('base64url')}`;
}

/** As the app shows it beside the QR code: `BCDF-GHJK`. */
export const shownUserCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

export class DeviceAuthorizationStore {
  readonly #now: () => number;
  readonly #rememberCode: (code: string) => string;
  /** By the device code's hash. */
  readonly #requests = new Map<string, DeviceRequest>();
  /** Wrong user codes, by the account that typed them. */
  readonly #wrongCodes = new Map<string, number[]>();

  /** `rememberCode` records an issued code and returns its hash, the only form kept here. */
  constructor(options: { now: () => number; rememberCode: (code: string) => string }) {
    this.#now = options.now;
    this.#rememberCode = options.rememberCode;
  }

  /** A new request, unless the most allowed are already waiting: then how long until the oldest ends. */
  start(deviceName: string | null): DeviceAuthorizationStartOutcome {
    this.#prune();
    const liveEndings = [...this.#requests.values()]
      .filter((request) => !request.redeemed && request.expiresAt > this.#now())
      .map((request) => request.expiresAt);
    if (liveEndings.length >= MAX_LIVE_DEVICE_AUTHORIZATIONS) {
      return { ok: false, error: 'rate_limited', retryAfterSeconds: retryAfterFromMs(Math.min(...liveEndings) - this.#now()) };
    }
    let userCode = newUserCode();
    // Two live requests must never share a user code: an approval would be ambiguous.
    while (this.#findByUserCodeHash(sha256Hex(userCode))) userCode = newUserCode();
    const deviceCode = newDeviceCode();
    const now = this.#now();
    this.#requests.set(this.#rememberCode(deviceCode), {
      userCodeHash: this.#rememberCode(userCode),
      deviceName,
      expiresAt: now + DEVICE_AUTHORIZATION_TTL_MS,
      intervalSeconds: DEVICE_POLL_INTERVAL_SECONDS,
      lastPolledAt: null,
      createdAt: now,
      approvedBy: null,
      redeemed: false,
    });
    return {
      ok: true,
      started: {
        deviceCode,
        userCode: shownUserCode(userCode),
        expiresInSeconds: DEVICE_AUTHORIZATION_TTL_MS / 1000,
        intervalSeconds: DEVICE_POLL_INTERVAL_SECONDS,
      },
    };
  }

  /**
   * One poll of the waiting app. Synchronous from lookup to `redeemed`, so of two polls racing
   * after the approval exactly one gets the tokens; the other finds the code used up.
   */
  poll(deviceCode: string): DevicePoll {
    const request = this.#requests.get(sha256Hex(deviceCode));
    if (!request || request.redeemed) return { status: 'invalid_grant' };
    const now = this.#now();
    if (request.expiresAt <= now) return { status: 'expired_token' };
    if (request.approvedBy !== null) {
      request.redeemed = true;
      return { status: 'approved', userId: request.approvedBy, deviceName: request.deviceName };
    }
    const tooSoon = request.lastPolledAt !== null && now - request.lastPolledAt < request.intervalSeconds * 1000;
    request.lastPolledAt = now;
    if (tooSoon) {
      request.intervalSeconds += SLOW_DOWN_STEP_SECONDS;
      return { status: 'slow_down' };
    }
    return { status: 'authorization_pending' };
  }

  /**
   * A signed-in account approves the request behind `typedUserCode`. The try is counted as wrong
   * before the lookup and given back when the code named a request, so the limit holds however
   * the calls interleave.
   */
  approve(userId: string, typedUserCode: string): DeviceApproval {
    const now = this.#now();
    const wrong = attemptsWithin(this.#wrongCodes.get(userId) ?? [], now, WRONG_USER_CODE_LIMIT.windowMs);
    const wait = retryAfterSeconds(wrong, now, WRONG_USER_CODE_LIMIT);
    if (wait !== null) return { ok: false, error: 'rate_limited', retryAfterSeconds: wait };
    this.#wrongCodes.set(userId, [...wrong, now]);

    const userCode = normaliseUserCode(typedUserCode);
    const request = userCode === null ? undefined : this.#findByUserCodeHash(sha256Hex(userCode));
    if (!request) return { ok: false, error: 'not_found' };
    this.#wrongCodes.set(userId, withoutOne(this.#wrongCodes.get(userId) ?? [], now));
    if (request.approvedBy !== null) return { ok: false, error: 'already_approved' };
    if (request.expiresAt <= now) return { ok: false, error: 'expired_token' };
    request.approvedBy = userId;
    return { ok: true, deviceName: request.deviceName };
  }

  /** For testers: approves the newest request still waiting, as `userId`. */
  approveNewest(userId: string): DeviceApproval {
    const now = this.#now();
    let newest: DeviceRequest | undefined;
    for (const request of this.#requests.values()) {
      const waiting = request.approvedBy === null && request.expiresAt > now;
      if (waiting && (!newest || request.createdAt >= newest.createdAt)) newest = request;
    }
    if (!newest) return { ok: false, error: 'not_found' };
    newest.approvedBy = userId;
    return { ok: true, deviceName: newest.deviceName };
  }

  clear(): void {
    this.#requests.clear();
    this.#wrongCodes.clear();
  }

  #findByUserCodeHash(userCodeHash: string): DeviceRequest | undefined {
    for (const request of this.#requests.values()) if (request.userCodeHash === userCodeHash) return request;
    return undefined;
  }

  /** Drops requests long ended, so abandoned QR codes do not pile up. */
  #prune(): void {
    const now = this.#now();
    for (const [hash, request] of this.#requests) if (request.expiresAt + KEEP_ENDED_MS <= now) this.#requests.delete(hash);
  }
}
