/** Turns what a person typed as a login into the one form the backend compares and stores. */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';
import { sha256Hex } from './secrets.ts';
import type { LoginChannel } from './state-schema.ts';

export type LoginIdentifier =
  | { kind: 'email'; value: string }
  /** E.164. */
  | { kind: 'phone'; value: string }
  /** Neither an e-mail nor a phone number: matches nobody, but still counts for rate limiting. */
  | { kind: 'unrecognised'; value: string };

/** US is the default region so national formats like "1 (555) 010-0001" resolve. */
const DEFAULT_PHONE_REGION = 'US';

export function normaliseLogin(raw: string): LoginIdentifier {
  const trimmed = raw.trim();
  if (trimmed.includes('@')) return { kind: 'email', value: trimmed.toLowerCase() };
  // No isValid(): the seed uses fictional 555 numbers, which libphonenumber rightly calls invalid.
  const phone = parsePhoneNumberFromString(trimmed, DEFAULT_PHONE_REGION);
  if (phone) return { kind: 'phone', value: phone.number };
  return { kind: 'unrecognised', value: trimmed.toLowerCase() };
}

/** One key per person-facing login, so "+1 555…" and "15550…" share an attempt counter. */
export function loginKey(identifier: LoginIdentifier): string {
  return `${identifier.kind}:${identifier.value}`;
}

/**
 * The login as typed, normalised, and the hash of its key: attempt limits are kept by that hash,
 * since what someone typed as a login may be a password.
 */
export function loginKeyHashOf(login: string): { identifier: LoginIdentifier; keyHash: string } {
  const identifier = normaliseLogin(login);
  return { identifier, keyHash: sha256Hex(loginKey(identifier)) };
}

const emailSyntax = z.email();

export type NewLoginOutcome = { ok: true; value: string } | { ok: false; code: 'invalid_email' | 'invalid_phone' };

/**
 * A login someone wants to switch to, checked strictly for its channel: e-mail syntax (stored
 * lowercase), or a phone number of a possible length (stored as E.164). isPossible() rather than
 * isValid() for the same reason as above: fictional 555 numbers must be usable in the demo.
 */
export function parseNewLogin(channel: LoginChannel, raw: string): NewLoginOutcome {
  const trimmed = raw.trim();
  if (channel === 'email') {
    return emailSyntax.safeParse(trimmed).success
      ? { ok: true, value: trimmed.toLowerCase() }
      : { ok: false, code: 'invalid_email' };
  }
  const phone = parsePhoneNumberFromString(trimmed, DEFAULT_PHONE_REGION);
  return phone?.isPossible() ? { ok: true, value: phone.number } : { ok: false, code: 'invalid_phone' };
}

/** The digits of a phone login without its country code, e.g. "5550100001" for "+15550100001". */
export function nationalSignificantNumber(e164: string): string | null {
  return parsePhoneNumberFromString(e164)?.nationalNumber ?? null;
}
