/**
 * Scrubs secrets from anything about to be logged, by key (a field named like a secret) and by
 * value (text shaped like one of our tokens, a bearer header, or a secret in a query string), so
 * a careless log line still cannot leak a token, password, confirmation code or checkword.
 */
export const REDACTED = '[redacted]';

// `code` alone is a secret (an SMS code); `errorCode` or `status` are not.
const SECRET_KEY = /(token|password|passwd|secret|authorization|cookie|checkword|^code$|smscode|confirmation|otp|recovery_?codes$|^codes$)/i;

const SECRET_VALUE_PATTERNS: readonly RegExp[] = [
  /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi,
  /\b(?:at|rt|mt)_[A-Za-z0-9_-]{16,}/g,
  /\b(token|checkword|code|password|refresh_token|access_token|mfa_token|secret)=[^&\s"']+/gi,
  /\botpauth:\/\/[^\s"']+/gi,
  /\bbitrixid:\/\/[^\s"']+/gi,
  // Basic credentials in a header, e.g. Proxy-Authorization.
  /\bBasic\s+[A-Za-z0-9+/]{6,}={0,2}/g,
];

/**
 * A user name and password in an address (`http://user:pass@proxy:3128`, as Node's proxy errors
 * echo the proxy): the credentials go, the scheme and host stay, so the line still says which proxy.
 */
const CREDENTIALS_IN_URL = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s"'/]+@/gi;

export function redactText(text: string): string {
  let result = text.replace(CREDENTIALS_IN_URL, (_match, scheme: string) => `${scheme}${REDACTED}@`);
  for (const pattern of SECRET_VALUE_PATTERNS) {
    result = result.replace(pattern, (_match, name: unknown) => (typeof name === 'string' ? `${name}=${REDACTED}` : REDACTED));
  }
  return result;
}

const MAX_DEPTH = 6;

export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (value instanceof Error) return { name: value.name, message: redactText(value.message) };
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    result[key] = SECRET_KEY.test(key) ? REDACTED : redactValue(item, depth + 1);
  }
  return result;
}
