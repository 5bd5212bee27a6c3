/** PKCE (RFC 7636) as the server checks it; only the S256 method is accepted. */
import { createHash, timingSafeEqual } from 'node:crypto';

/** base64url of a SHA-256 digest: 43 characters, no padding. */
const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;
/** RFC 7636 §4.1: 43–128 unreserved characters. */
const CODE_VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;

export function isS256Challenge(value: string): boolean {
  return S256_CHALLENGE.test(value);
}

/** Whether the verifier is well-formed and its S256 is the challenge; compared in constant time. */
export function verifierMatches(verifier: string | null, challenge: string): boolean {
  if (verifier === null || !CODE_VERIFIER.test(verifier)) return false;
  const actual = Buffer.from(createHash('sha256').update(verifier, 'ascii').digest('base64url'));
  const expected = Buffer.from(challenge);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
