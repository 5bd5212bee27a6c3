/** Builds the backend's starting state from the fixed seed. */
import { seedCredentials, seedPortals, seedUsers } from '../seed.ts';
import { hashPasswordSync } from './password-hash.ts';
import type { MockSnapshot, PasswordHash } from './state-schema.ts';

let seedPasswordHashes: Map<string, PasswordHash> | undefined;

/** scrypt is deliberately slow; hash each seed password once per process, not at every reset. */
function passwordHashFor(userId: string): PasswordHash {
  if (!seedPasswordHashes) {
    seedPasswordHashes = new Map(
      Object.values(seedCredentials).map((credential) => [credential.userId, hashPasswordSync(credential.password)]),
    );
  }
  const hash = seedPasswordHashes.get(userId);
  if (!hash) throw new Error(`Seed user ${userId} has no credential`);
  return hash;
}

export function createSeedState(): MockSnapshot {
  return {
    version: 1,
    users: Object.values(seedUsers).map((user) => ({ ...user, passwordHash: { ...passwordHashFor(user.id) } })),
    portals: seedPortals.map((portal) => ({ ...portal, members: portal.members.map((member) => ({ ...member })) })),
    sessions: [],
    accessTokens: [],
    failedLogins: [],
  };
}
