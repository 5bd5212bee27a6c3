import type { Proof } from '../../src-preload/contract.ts';

/**
 * The proof token of an account without a password, held in main's memory only (never on disk,
 * never in the renderer, never in a log line) from the moment the person proved it is them until
 * one change uses it, it expires, or the person changes.
 */
export class ProofHolder {
  private held: { token: string; validUntil: number } | null = null;
  private readonly now: () => number;

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  /** Keeps a new proof (replacing any earlier one) and says until when it works. */
  hold(token: string, expiresInSeconds: number): Proof {
    const validUntil = this.now() + expiresInSeconds * 1000;
    this.held = { token, validUntil };
    return { validUntil: new Date(validUntil).toISOString() };
  }

  /** The live token, or null; it stays held until `forget`, since a refused change leaves it usable. */
  current(): string | null {
    if (this.held && this.held.validUntil <= this.now()) this.held = null;
    return this.held?.token ?? null;
  }

  /** After the change that used it, after the server refused it, or when the person changes. */
  forget(token?: string): void {
    if (token === undefined || this.held?.token === token) this.held = null;
  }
}
