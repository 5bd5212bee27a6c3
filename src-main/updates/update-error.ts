import type { BridgeError } from '../../src-preload/contract.ts';

/** Node's and Chromium's names for "the request never got an answer". */
const NETWORK_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH']);
const CHROMIUM_NET_ERROR = /^net::ERR_/;

const fieldOf = (error: unknown, key: string): unknown =>
  typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[key] : undefined;

/**
 * What the renderer is told about a failed update: `network` when the feed could not be reached,
 * `server` for anything else (an HTTP error, a feed that does not parse, a download that fails its
 * checksum). Only the code: the updater's own message may quote the feed's answer.
 */
export function updateError(error: unknown): BridgeError {
  const code = fieldOf(error, 'code');
  const message = fieldOf(error, 'message');
  const unreachable =
    (typeof code === 'string' && NETWORK_CODES.has(code)) || (typeof message === 'string' && CHROMIUM_NET_ERROR.test(message));
  return { code: unreachable ? 'network' : 'server' };
}

/**
 * What may be logged of an updater failure: its kind, never its message, which for an HTTP error
 * carries the feed's response body and headers.
 */
export function updateErrorFacts(error: unknown): Record<string, string | number> {
  const facts: Record<string, string | number> = {};
  const name = fieldOf(error, 'name');
  const code = fieldOf(error, 'code');
  const statusCode = fieldOf(error, 'statusCode');
  if (typeof name === 'string') facts['errorName'] = name;
  if (typeof code === 'string') facts['errorCode'] = code;
  if (typeof statusCode === 'number') facts['statusCode'] = statusCode;
  const message = fieldOf(error, 'message');
  // Chromium's error names are fixed strings, safe and the only clue to why the feed was unreachable.
  if (typeof message === 'string' && CHROMIUM_NET_ERROR.test(message)) facts['netError'] = message.split(/\s/, 1)[0] ?? '';
  return facts;
}
