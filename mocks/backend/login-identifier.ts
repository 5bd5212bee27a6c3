/** Turns what a person typed as their login into the one form the backend compares. */
import { parsePhoneNumberFromString } from 'libphonenumber-js';

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
