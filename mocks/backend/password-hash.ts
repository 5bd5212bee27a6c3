/** Salted scrypt password hashes, compared in constant time. */
import { randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';
import type { PasswordHash } from './state-schema.ts';

const KEY_BYTES = 32;
const SALT_BYTES = 16;

function derive(password: string, salt: Buffer, length: number): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(password, salt, length, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function stored(salt: Buffer, hash: Buffer): PasswordHash {
  return { algorithm: 'scrypt', salt: salt.toString('base64url'), hash: hash.toString('base64url') };
}

export function hashPasswordSync(password: string): PasswordHash {
  const salt = randomBytes(SALT_BYTES);
  return stored(salt, scryptSync(password, salt, KEY_BYTES));
}

/** As hashPasswordSync, off the event loop: used on requests, where a server must stay responsive. */
export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomBytes(SALT_BYTES);
  return stored(salt, await derive(password, salt, KEY_BYTES));
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64url');
  const actual = await derive(password, Buffer.from(stored.salt, 'base64url'), expected.length || KEY_BYTES);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let decoyHash: PasswordHash | undefined;

/**
 * A hash to check the password against when the login matches nobody, so an unknown login takes
 * as long to refuse as a wrong password does (no user enumeration by timing).
 */
export function decoyPasswordHash(): PasswordHash {
  decoyHash ??= hashPasswordSync(randomBytes(16).toString('base64url'));
  return decoyHash;
}
