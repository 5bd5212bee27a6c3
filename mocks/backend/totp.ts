/**
 * RFC 6238 time-based one-time codes as every authenticator app makes them (SHA-1, 6 digits, 30 s),
 * computed with `otpauth`, and the secret and `otpauth://` URI the app is given.
 */
import { Secret, TOTP } from 'otpauth';

const TOTP_PERIOD_SECONDS = 30;
const TOTP_DIGITS = 6;
/** Steps either side of now that are still accepted, for a clock a little off. */
const TOTP_WINDOW_STEPS = 1;
/** 160 bits, as RFC 4226 recommends: 32 base32 characters. */
const SECRET_BYTES = 20;
const ISSUER = 'Bitrix24';

function totpOf(secret: string): TOTP {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: TOTP_DIGITS, period: TOTP_PERIOD_SECONDS });
}

/** The 30-second step `now` falls in. */
function totpStepAt(now: number): number {
  return TOTP.counter({ period: TOTP_PERIOD_SECONDS, timestamp: now });
}

/** True for something shaped like a TOTP code (six digits), as opposed to a recovery code. */
function looksLikeTotpCode(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/**
 * The step whose code `code` is, within ±1 step of `now` and after `lastUsedStep` (a code already
 * used, or an older one, never works again), or null.
 */
export function acceptedTotpStep(secret: string, code: string, now: number, lastUsedStep: number): number | null {
  if (!looksLikeTotpCode(code)) return null;
  const delta = totpOf(secret).validate({ token: code, timestamp: now, window: TOTP_WINDOW_STEPS });
  if (delta === null) return null;
  const step = totpStepAt(now) + delta;
  return step > lastUsedStep ? step : null;
}

/** The code an authenticator app shows at `now`, and when its step ends. */
export function currentTotpCode(secret: string, now: number): { code: string; validUntil: number } {
  const step = totpStepAt(now);
  return { code: totpOf(secret).generate({ timestamp: now }), validUntil: (step + 1) * TOTP_PERIOD_SECONDS * 1000 };
}

/** A new random secret in base32 (`crypto.getRandomValues` inside otpauth). */
export function newTotpSecret(): string {
  return new Secret({ size: SECRET_BYTES }).base32;
}

/** What the QR code carries (Google Authenticator's key URI format, which every TOTP app reads). */
export function otpauthUri(login: string, secret: string): string {
  const label = `${encodeURIComponent(ISSUER)}:${encodeURIComponent(login)}`;
  return `otpauth://totp/${label}?secret=${secret}&issuer=${ISSUER}&algorithm=SHA1&digits=${TOTP_DIGITS}&period=${TOTP_PERIOD_SECONDS}`;
}
