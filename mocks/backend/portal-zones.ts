/** The zones a new portal can be created in, the rules for its name, and random free names. */
import { randomBytes } from 'node:crypto';

export interface PortalZone {
  zone: string;
  domain_suffix: string;
}

const ZONE_IDS = ['com', 'eu', 'de', 'es', 'com.br', 'fr', 'it', 'pl', 'com.tr', 'ru', 'kz', 'in', 'jp', 'net', 'by', 'ua'];

export const PORTAL_ZONES: readonly PortalZone[] = ZONE_IDS.map((zone) => ({ zone, domain_suffix: `bitrix24.${zone}` }));

export function findZone(zone: string): PortalZone | null {
  return PORTAL_ZONES.find((candidate) => candidate.zone === zone) ?? null;
}

/** 3–30 characters of a–z, 0–9 and "-", not starting or ending with "-" (a DNS label, shorter). */
const PORTAL_NAME = /^[a-z0-9](?:[a-z0-9-]{1,28})[a-z0-9]$/;

export function isValidPortalName(name: string): boolean {
  return PORTAL_NAME.test(name);
}

const NAME_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** "b24-" and six random characters: about 2 × 10⁹ names, so a clash is retried, not expected. */
export function randomPortalName(): string {
  const bytes = randomBytes(6);
  let suffix = '';
  for (const byte of bytes) suffix += NAME_ALPHABET[byte % NAME_ALPHABET.length];
  return `b24-${suffix}`;
}
