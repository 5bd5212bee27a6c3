/** Whether a pending login change still counts, and how it looks to the API's callers. */
import type { LoginChannel, PendingLoginChangeRecord, UserRecord } from './state-schema.ts';

/** A login change waiting for confirmation; the old login stays in force until then. */
export interface PendingLoginChange {
  channel: LoginChannel;
  /** Lowercase e-mail, or E.164 phone. */
  target: string;
  /** ISO time from which a new link or code may be sent. */
  resendAvailableAt: string;
  /** ISO time when the link or code stops working. */
  expiresAt: string;
}

/**
 * The user's pending change unless it has expired. An expired change is treated as gone
 * everywhere (profile, uniqueness, confirm, resend) without a write, so reads stay read-only.
 */
export function activePendingChange(user: UserRecord, now: number): PendingLoginChangeRecord | null {
  const pending = user.pendingLoginChange;
  return pending && pending.expiresAt > now ? pending : null;
}

export function pendingLoginChangeView(record: PendingLoginChangeRecord): PendingLoginChange {
  return {
    channel: record.channel,
    target: record.target,
    resendAvailableAt: new Date(record.resendAvailableAt).toISOString(),
    expiresAt: new Date(record.expiresAt).toISOString(),
  };
}
