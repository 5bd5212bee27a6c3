/**
 * Two-step setups waiting for their first code: the new secret lives here, in memory only, until
 * the person proves their app has it (10 minutes, 5 wrong codes).
 */
import { randomBytes } from 'node:crypto';
import { newTotpSecret } from './totp.ts';

const TWO_FACTOR_SETUP_TTL_MS = 10 * 60 * 1000;
const MAX_WRONG_SETUP_CODES = 5;

interface TwoFactorSetupRecord {
  userId: string;
  secret: string;
  expiresAt: number;
  attemptsLeft: number;
}

export class TwoFactorSetups {
  readonly #now: () => number;
  readonly #rememberCode: (code: string) => string;
  readonly #setups = new Map<string, TwoFactorSetupRecord>();

  constructor(options: { now: () => number; rememberCode: (code: string) => string }) {
    this.#now = options.now;
    this.#rememberCode = options.rememberCode;
  }

  /** A new setup for the user; an earlier unfinished one of theirs ends. */
  open(userId: string): { setupId: string; record: TwoFactorSetupRecord } {
    this.#prune();
    for (const [id, setup] of this.#setups) if (setup.userId === userId) this.#setups.delete(id);
    const secret = newTotpSecret();
    this.#rememberCode(secret);
    const setupId = `tfs_${randomBytes(16).toString('base64url')}`;
    const record = { userId, secret, expiresAt: this.#now() + TWO_FACTOR_SETUP_TTL_MS, attemptsLeft: MAX_WRONG_SETUP_CODES };
    this.#setups.set(setupId, record);
    return { setupId, record };
  }

  /** The user's live setup, with this attempt already counted, or null (unknown, expired, used up). */
  begin(userId: string, setupId: string): TwoFactorSetupRecord | null {
    const setup = this.#setups.get(setupId);
    if (!setup || setup.userId !== userId || setup.expiresAt <= this.#now() || setup.attemptsLeft <= 0) {
      if (setup && setup.userId === userId) this.#setups.delete(setupId);
      return null;
    }
    setup.attemptsLeft -= 1;
    return setup;
  }

  end(setupId: string): void {
    this.#setups.delete(setupId);
  }

  clear(): void {
    this.#setups.clear();
  }

  #prune(): void {
    const now = this.#now();
    for (const [id, setup] of this.#setups) if (setup.expiresAt <= now) this.#setups.delete(id);
  }
}
