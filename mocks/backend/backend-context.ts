/**
 * What the account rules share with MockBackend (the live state, the clock, the outbox), and the
 * failure outcomes several of them return.
 */
import type { FieldErrors } from './field-codes.ts';
import type { Outbox } from './outbox.ts';
import { SCENARIO_RETRY_AFTER_SECONDS } from './scenarios.ts';
import type { MockSnapshot } from './state-schema.ts';

export interface BackendContext {
  /** The live state; rules mutate it in place. */
  readonly state: MockSnapshot;
  /** Whole milliseconds since the epoch, from the injected clock. */
  now(): number;
  readonly outbox: Outbox;
  /**
   * Adds a one-time secret (link token, SMS code, checkword) to the in-memory issued list and
   * returns its SHA-256 hash, the only form the state may hold.
   */
  rememberCode(secret: string): string;
  /** Reports a state change (the embedded mock persists the snapshot on it). */
  changed(): void;
  /** False while the `sms-down` scenario is in force: nothing may be sent by SMS then. */
  smsAvailable(): boolean;
}

/** Every account operation's answer when the token's user has vanished (e.g. a restored snapshot). */
export interface AccountGone {
  ok: false;
  error: 'not_found';
}

export const ACCOUNT_GONE: AccountGone = Object.freeze({ ok: false, error: 'not_found' });

/** Some fields of the request break a rule; each carries the code saying which. */
export interface InvalidFields {
  ok: false;
  error: 'invalid_request';
  fields: FieldErrors;
}

/** The SMS gateway is down (`sms-down`): nothing was sent and nothing was recorded. */
export interface SmsUnavailable {
  ok: false;
  error: 'sms_unavailable';
  retryAfterSeconds: number;
}

export const SMS_UNAVAILABLE: SmsUnavailable = Object.freeze({
  ok: false,
  error: 'sms_unavailable',
  retryAfterSeconds: SCENARIO_RETRY_AFTER_SECONDS,
});
