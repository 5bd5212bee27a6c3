import { createHash, randomBytes } from 'node:crypto';

const base64url = (bytes: Buffer) => bytes.toString('base64url');

/** RFC 7636: a high-entropy verifier kept in main, and its S256 challenge sent to the server. */
export function createPkcePair(): { verifier: string; challenge: string } {
  const verifier = base64url(randomBytes(32));
  return { verifier, challenge: pkceChallenge(verifier) };
}

export const pkceChallenge = (verifier: string) => base64url(createHash('sha256').update(verifier).digest());

/** An unguessable `state`, so a callback can only complete the flow this app started. */
export const newOAuthState = () => base64url(randomBytes(24));
