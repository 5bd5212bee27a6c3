/**
 * Sign-ins waiting for their second step: a right password (or social sign-in) of a two-step account
 * gets an `mfa_token` instead of tokens. Memory only, by hash, like the authorization codes: a token
 * lives 5 minutes, works once, and allows 5 wrong codes. Whoever has the password could ask for
 * token after token, so wrong codes are also counted per account: 10 within 15 minutes shut the
 * second step for that account until the oldest leaves the window.
 */
import { attemptsWithin, retryAfterSeconds, withoutOne, type AttemptLimit } from './attempt-window.ts';
import { newToken, sha256Hex } from './secrets.ts';

const MFA_TOKEN_TTL_MS = 5 * 60 * 1000;
const MAX_WRONG_SECOND_STEP_CODES = 5;
const ACCOUNT_LIMIT: AttemptLimit = { max: 10, windowMs: 15 * 60 * 1000 };

interface MfaChallenge {
  userId: string;
  deviceName: string | null;
  /** The social sign-in's code that opened it, so replaying that code ends the session it leads to. */
  socialCodeHash: string | null;
  expiresAt: number;
  attemptsLeft: number;
}

/** One attempt at a challenge, already counted: settle it with `succeeded` or `failed`. */
interface MfaAttempt {
  userId: string;
  deviceName: string | null;
  socialCodeHash: string | null;
  succeeded(): void;
  /** The challenge can no longer succeed (the account is gone or two-step is off): it ends, uncounted. */
  ended(): void;
  /** The wrong answers still allowed (0: the token has ended). */
  failed(): number;
}

export type MfaAttemptStart =
  | { ok: true; attempt: MfaAttempt }
  /** Unknown, used, expired or ended. */
  | { ok: false; error: 'ended' }
  | { ok: false; error: 'locked'; retryAfterSeconds: number };

export class MfaChallenges {
  readonly #now: () => number;
  readonly #rememberCode: (code: string) => string;
  readonly #challenges = new Map<string, MfaChallenge>();
  /** Times of wrong second-step codes, per user id. */
  readonly #wrongCodesAt = new Map<string, number[]>();

  constructor(options: { now: () => number; rememberCode: (code: string) => string }) {
    this.#now = options.now;
    this.#rememberCode = options.rememberCode;
  }

  open(userId: string, deviceName: string | null, socialCodeHash: string | null = null): { mfaToken: string; expiresInSeconds: number } {
    this.#prune();
    const mfaToken = newToken('mfa');
    this.#challenges.set(this.#rememberCode(mfaToken), {
      userId,
      deviceName,
      socialCodeHash,
      expiresAt: this.#now() + MFA_TOKEN_TTL_MS,
      attemptsLeft: MAX_WRONG_SECOND_STEP_CODES,
    });
    return { mfaToken, expiresInSeconds: MFA_TOKEN_TTL_MS / 1000 };
  }

  /**
   * Starts an attempt. It is counted here, on the token and on the account, before the code is
   * checked, so a burst of requests gets no more checks than allowed; a right code takes the
   * account's count back.
   */
  begin(mfaToken: string): MfaAttemptStart {
    const hash = sha256Hex(mfaToken);
    const challenge = this.#challenges.get(hash);
    const now = this.#now();
    if (!challenge || challenge.expiresAt <= now || challenge.attemptsLeft <= 0) {
      this.#challenges.delete(hash);
      return { ok: false, error: 'ended' };
    }
    const { userId } = challenge;
    const wrongAt = attemptsWithin(this.#wrongCodesAt.get(userId) ?? [], now, ACCOUNT_LIMIT.windowMs);
    const waitSeconds = retryAfterSeconds(wrongAt, now, ACCOUNT_LIMIT);
    if (waitSeconds !== null) return { ok: false, error: 'locked', retryAfterSeconds: waitSeconds };
    this.#wrongCodesAt.set(userId, [...wrongAt, now]);
    challenge.attemptsLeft -= 1;
    const settledWithoutGuess = () => {
      this.#challenges.delete(hash);
      this.#wrongCodesAt.set(userId, withoutOne(this.#wrongCodesAt.get(userId) ?? [], now));
    };
    const attempt: MfaAttempt = {
      userId,
      deviceName: challenge.deviceName,
      socialCodeHash: challenge.socialCodeHash,
      succeeded: settledWithoutGuess,
      ended: settledWithoutGuess,
      failed: () => {
        if (challenge.attemptsLeft <= 0) this.#challenges.delete(hash);
        return challenge.attemptsLeft;
      },
    };
    return { ok: true, attempt };
  }

  clear(): void {
    this.#challenges.clear();
    this.#wrongCodesAt.clear();
  }

  #prune(): void {
    const now = this.#now();
    for (const [hash, challenge] of this.#challenges) if (challenge.expiresAt <= now) this.#challenges.delete(hash);
  }
}
