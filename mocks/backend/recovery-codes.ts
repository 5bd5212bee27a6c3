/**
 * Two-step sign-in's recovery codes: ten one-time codes like `k7m2p-9xq4w`, from an alphabet with no
 * look-alikes (no 0/o, 1/l/i). Stored as SHA-256 hashes of their normalised form only.
 */
import { randomInt } from 'node:crypto';
import { sha256Hex } from './secrets.ts';

const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const HALF_LENGTH = 5;

function randomHalf(): string {
  let half = '';
  for (let index = 0; index < HALF_LENGTH; index += 1) half += ALPHABET[randomInt(ALPHABET.length)];
  return half;
}

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => `${randomHalf()}-${randomHalf()}`);
}

/** As people type them: any case, with or without the dash, spaces anywhere. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]+/g, '');
}

export function recoveryCodeHash(code: string): string {
  return sha256Hex(normaliseRecoveryCode(code));
}
