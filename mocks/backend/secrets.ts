/** Random tokens, ids and one-time secrets, and the one-way hash under which secrets are stored. */
import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';

const TOKEN_BYTES = 32;

/** 256 random bits, base64url; the prefix makes a leaked one recognisable (and greppable in log scans). */
function randomSecret(prefix = ''): string {
  return prefix + randomBytes(TOKEN_BYTES).toString('base64url');
}

// mt_: a sign-in's second-step token (`mfa_token`).
const tokenPrefixes = { access: 'at_', refresh: 'rt_', mfa: 'mt_' } as const;
type TokenKind = keyof typeof tokenPrefixes;

export function newToken(kind: TokenKind): string {
  return randomSecret(tokenPrefixes[kind]);
}

/**
 * SHA-256 is enough for tokens and link tokens: they carry 256 random bits, so there is nothing to
 * brute-force. Short codes and checkwords get the same hash because the snapshot must never hold
 * them in the clear; their safety comes from short lifetimes and attempt limits, not the hash.
 */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

export function newSessionId(): string {
  return `s_${randomUUID()}`;
}

/** The token in a `bitrixid://confirm-login?token=…` link. */
export function newLinkToken(): string {
  return randomSecret();
}

/** A social sign-in's one-time authorization code. */
export function newAuthorizationCode(): string {
  return randomSecret('ac_');
}

/** Names a request waiting on the consent page; unguessable, so nobody else can answer it. */
export function newAuthorizationRequestId(): string {
  return randomSecret();
}

/** The ticket of a one-time portal sign-in link. */
export function newSsoTicket(): string {
  return randomSecret('pt_');
}

const SMS_CODE_DIGITS = 6;

/** Six uniformly random digits, leading zeros kept (crypto.randomInt, never Math.random). */
export function newSmsCode(): string {
  return String(randomInt(0, 10 ** SMS_CODE_DIGITS)).padStart(SMS_CODE_DIGITS, '0');
}

const CHECKWORD_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const CHECKWORD_MIN_LENGTH = 8;
const CHECKWORD_MAX_LENGTH = 12;

/** A recovery checkword as Bitrix24 sends it: 8–12 characters from [A-Za-z0-9]. */
export function newCheckword(): string {
  const length = randomInt(CHECKWORD_MIN_LENGTH, CHECKWORD_MAX_LENGTH + 1);
  let checkword = '';
  for (let index = 0; index < length; index += 1) checkword += CHECKWORD_ALPHABET[randomInt(CHECKWORD_ALPHABET.length)];
  return checkword;
}

/** Proves, once and for 5 minutes, that the caller is the account's person (an account without a password). */
export function newProofToken(): string {
  return randomSecret('pf_');
}
