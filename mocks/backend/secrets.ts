/** Random tokens and ids, and the one-way hash under which tokens are stored. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';

const TOKEN_BYTES = 32;

/** Prefixes make a leaked token recognisable at a glance (and greppable in log scans). */
const tokenPrefixes = { access: 'at_', refresh: 'rt_' } as const;
export type TokenKind = keyof typeof tokenPrefixes;

export function newToken(kind: TokenKind): string {
  return tokenPrefixes[kind] + randomBytes(TOKEN_BYTES).toString('base64url');
}

/** SHA-256 is enough here: tokens carry 256 random bits, so there is nothing to brute-force. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

export function newSessionId(): string {
  return `s_${randomUUID()}`;
}
