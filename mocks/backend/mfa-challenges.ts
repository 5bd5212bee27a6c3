/**
 * Sign-ins waiting for their second step: a right password (or social sign-in) of a two-step account
 * gets an `mfa_token` instead of tokens. Memory only, by hash, like the authorization codes: a token
 * lives 5 minutes, works once, and allows 5 wrong codes.
 */
import { newToken, sha256Hex } from './secrets.ts';

export const MFA_TOKEN_TTL_MS = 5 * 60 * 1000;
export const MAX_WRONG_SECOND_STEP_CODES = 5;

interface MfaChallenge {
  userId: string;
  deviceName: string | null;
  expiresAt: number;
  attemptsLeft: number;
}

/** One attempt at a challenge, already counted: settle it with `succeeded` or `failed`. */
export interface MfaAttempt {
  userId: string;
  deviceName: string | null;
  succeeded(): void;
  /** The wrong answers still allowed (0: the token has ended). */
  failed(): number;
}

export class MfaChallenges {
  readonly #now: () => number;
  readonly #rememberCode: (code: string) => string;
  readonly #challenges = new Map<string, MfaChallenge>();

  constructor(options: { now: () => number; rememberCode: (code: string) => string }) {
    this.#now = options.now;
    this.#rememberCode = options.rememberCode;
  }

  open(userId: string, deviceName: string | null): { mfaToken: string; expiresInSeconds: number } {
    this.#prune();
    const mfaToken = newToken('mfa');
    this.#challenges.set(this.#rememberCode(mfaToken), {
      userId,
      deviceName,
      expiresAt: this.#now() + MFA_TOKEN_TTL_MS,
      attemptsLeft: MAX_WRONG_SECOND_STEP_CODES,
    });
    return { mfaToken, expiresInSeconds: MFA_TOKEN_TTL_MS / 1000 };
  }

  /**
   * Starts an attempt, or null when the token is unknown, used, expired or ended. The attempt is
   * counted here, before the code is checked, so a burst of requests gets no more checks than allowed.
   */
  begin(mfaToken: string): MfaAttempt | null {
    const hash = sha256Hex(mfaToken);
    const challenge = this.#challenges.get(hash);
    if (!challenge || challenge.expiresAt <= this.#now() || challenge.attemptsLeft <= 0) {
      this.#challenges.delete(hash);
      return null;
    }
    challenge.attemptsLeft -= 1;
    return {
      userId: challenge.userId,
      deviceName: challenge.deviceName,
      succeeded: () => {
        this.#challenges.delete(hash);
      },
      failed: () => {
        if (challenge.attemptsLeft <= 0) this.#challenges.delete(hash);
        return challenge.attemptsLeft;
      },
    };
  }

  clear(): void {
    this.#challenges.clear();
  }

  #prune(): void {
    const now = this.#now();
    for (const [hash, challenge] of this.#challenges) if (challenge.expiresAt <= now) this.#challenges.delete(hash);
  }
}
