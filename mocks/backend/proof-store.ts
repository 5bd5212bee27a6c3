/**
 * Proofs of identity for an account without a password: the pending proof codes (one per user),
 * how often codes were sent, and the proof tokens a right code or a social sign-in again earns.
 * Memory only, on purpose, like authorization-store.ts: a code lives 10 minutes and a token 5, so
 * neither is worth persisting, and both are kept under their SHA-256 hash only.
 */
import { attemptsWithin, retryAfterFromMs, retryAfterSeconds, type AttemptLimit } from './attempt-window.ts';
import type { LoginChannel } from './state-schema.ts';

export const PROOF_CODE_TTL_MS = 10 * 60 * 1000;
const PROOF_CODE_RESEND_DELAY_MS = 60 * 1000;
const MAX_PROOF_CODE_SENDS = 3;
const PROOF_CODE_SEND_WINDOW_MS = 10 * 60 * 1000;
/** Wrong answers one code survives; the last of them ends it. */
export const MAX_PROOF_CODE_ATTEMPTS = 5;
export const PROOF_TOKEN_TTL_MS = 5 * 60 * 1000;

const SEND_LIMIT: AttemptLimit = { max: MAX_PROOF_CODE_SENDS, windowMs: PROOF_CODE_SEND_WINDOW_MS };

interface PendingProofCode {
  channel: LoginChannel;
  sentTo: string;
  codeHash: string;
  attemptsUsed: number;
  resendAvailableAt: number;
  expiresAt: number;
}

interface HeldProof {
  userId: string;
  expiresAt: number;
}

export class ProofStore {
  readonly #now: () => number;
  readonly #codes = new Map<string, PendingProofCode>();
  readonly #sentAt = new Map<string, number[]>();
  /** By the token's hash. */
  readonly #tokens = new Map<string, HeldProof>();

  constructor(now: () => number) {
    this.#now = now;
  }

  /** The user's code unless it has expired. */
  pendingCode(userId: string): PendingProofCode | undefined {
    const pending = this.#codes.get(userId);
    return pending && pending.expiresAt > this.#now() ? pending : undefined;
  }

  /** Seconds until another code may be sent to the user, or null when one may go now. */
  sendWaitSeconds(userId: string): number | null {
    const now = this.#now();
    const pending = this.pendingCode(userId);
    if (pending && now < pending.resendAvailableAt) return retryAfterFromMs(pending.resendAvailableAt - now);
    return retryAfterSeconds(this.#sentAt.get(userId) ?? [], now, SEND_LIMIT);
  }

  /**
   * Replaces any earlier code (only the newest works) and counts the send. The live earlier code's
   * wrong answers carry over, so asking for a fresh code does not buy fresh guesses.
   */
  recordCode(userId: string, code: Omit<PendingProofCode, 'attemptsUsed' | 'resendAvailableAt' | 'expiresAt'>): PendingProofCode {
    const now = this.#now();
    const pending: PendingProofCode = {
      ...code,
      attemptsUsed: this.pendingCode(userId)?.attemptsUsed ?? 0,
      resendAvailableAt: now + PROOF_CODE_RESEND_DELAY_MS,
      expiresAt: now + PROOF_CODE_TTL_MS,
    };
    this.#codes.set(userId, pending);
    this.#sentAt.set(userId, [...attemptsWithin(this.#sentAt.get(userId) ?? [], now, PROOF_CODE_SEND_WINDOW_MS), now]);
    return pending;
  }

  dropCode(userId: string): void {
    this.#codes.delete(userId);
  }

  /** Holds a proof token for the user, by its hash; it works once, for 5 minutes. */
  holdToken(tokenHash: string, userId: string): number {
    this.#prune();
    const expiresAt = this.#now() + PROOF_TOKEN_TTL_MS;
    this.#tokens.set(tokenHash, { userId, expiresAt });
    return expiresAt;
  }

  /** Whether the token is a live proof of this user (nothing is used up). */
  holds(tokenHash: string, userId: string): boolean {
    const held = this.#tokens.get(tokenHash);
    return held !== undefined && held.userId === userId && held.expiresAt > this.#now();
  }

  /** Uses the token up; false when it was not (or no longer) a live proof of this user. */
  take(tokenHash: string, userId: string): boolean {
    const held = this.holds(tokenHash, userId);
    if (held) this.#tokens.delete(tokenHash);
    return held;
  }

  clear(): void {
    this.#codes.clear();
    this.#sentAt.clear();
    this.#tokens.clear();
  }

  #prune(): void {
    const now = this.#now();
    for (const [hash, held] of this.#tokens) if (held.expiresAt <= now) this.#tokens.delete(hash);
  }
}
