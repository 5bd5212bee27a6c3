import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A fresh per-run secret: 256 random bits as hex. */
export const newSecret = (): string => randomBytes(32).toString('hex');

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Compares in constant time. Both sides are hashed first so that neither the length nor the
 * position of the first differing character leaks through timing.
 */
export function secretMatches(expected: string, given: unknown): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  return timingSafeEqual(digest(expected), digest(given));
}

/**
 * The harness answers only requests addressed to itself: the Host must be its own (no DNS
 * rebinding) and an Origin, when the browser sends one, must be its own (no cross-site calls).
 */
export function isOwnRequest(req: IncomingMessage, origin: string): boolean {
  const host = req.headers.host;
  if (host === undefined || `http://${host}` !== origin) return false;
  const requestOrigin = req.headers.origin;
  return requestOrigin === undefined || requestOrigin === origin;
}

/**
 * A request from one of the harness's sandboxed web frames: its own Host, and no Origin, its own, or
 * "null", which a sandboxed frame's form post sends. Only the web frames' addresses accept it.
 */
export function isOwnFrameRequest(req: IncomingMessage, origin: string): boolean {
  const host = req.headers.host;
  if (host === undefined || `http://${host}` !== origin) return false;
  const requestOrigin = req.headers.origin;
  return requestOrigin === undefined || requestOrigin === origin || requestOrigin === 'null';
}
