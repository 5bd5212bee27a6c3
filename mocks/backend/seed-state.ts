/** Builds the backend's starting state from the fixed seed. */
import {
  seedBrowserSessions,
  seedCredentials,
  seedPasswordChangedAt,
  seedPortals,
  seedSocialAccounts,
  seedUsers,
} from '../seed.ts';
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

function seedEmailOf(userId: string): string {
  const user = Object.values(seedUsers).find((candidate) => candidate.id === userId);
  if (!user) throw new Error(`Seed membership of unknown user ${userId}`);
  return user.email;
}

export function createSeedState(): MockSnapshot {
  const passwordChangedAt = Date.parse(seedPasswordChangedAt);
  return {
    version: 2,
    users: Object.values(seedUsers).map((user) => ({
      ...user,
      passwordHash: { ...passwordHashFor(user.id) },
      passwordChangedAt,
      socialAccounts: (seedSocialAccounts[user.id] ?? []).map((account) => ({ ...account })),
      wrongPasswordAt: [],
      pendingLoginChange: null,
      recovery: null,
    })),
    portals: seedPortals.map((portal) => ({
      ...portal,
      members: portal.members.map((member) => ({ ...member, login: seedEmailOf(member.userId) })),
    })),
    sessions: seedBrowserSessions.map((session) => ({
      id: session.id,
      userId: session.userId,
      deviceName: session.deviceName,
      client: 'browser',
      createdAt: Date.parse(session.lastActiveAt),
      lastActiveAt: Date.parse(session.lastActiveAt),
      currentRefreshTokenHash: null,
      usedRefreshTokenHashes: [],
      revoked: false,
    })),
    accessTokens: [],
    failedLogins: [],
    recoveryRequests: [],
    failedRecoveries: [],
  };
}
