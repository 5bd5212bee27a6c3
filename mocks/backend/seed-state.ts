/** Builds the backend's starting state from the fixed seed. */
import { seedSocialIdentities, type SeedSocialIdentity } from '../seed-social.ts';
import { seedBrowserSessions, seedCredentials, seedPasswordChangedAt, seedPortals, seedTwoFactor, seedUsers } from '../seed.ts';
import { hashPasswordSync } from './password-hash.ts';
import { recoveryCodeHash } from './recovery-codes.ts';
import type { MockSnapshot, PasswordHash, SocialAccountRecord, TwoFactorRecord } from './state-schema.ts';

let seedPasswordHashes: Map<string, PasswordHash> | undefined;

/**
 * scrypt is deliberately slow; hash each seed password once per process, not at every reset.
 * Null for a seed user without a password.
 */
function passwordHashFor(userId: string): PasswordHash | null {
  if (!seedPasswordHashes) {
    seedPasswordHashes = new Map(
      Object.values(seedCredentials).map((credential) => [credential.userId, hashPasswordSync(credential.password)]),
    );
  }
  const hash = seedPasswordHashes.get(userId);
  return hash ? { ...hash } : null;
}

function seedSocialAccountsOf(userId: string): SocialAccountRecord[] {
  return Object.values<SeedSocialIdentity>(seedSocialIdentities)
    .filter((identity) => identity.linkedUserId === userId)
    .map((identity) => ({ provider: identity.provider, identityId: identity.id, displayName: identity.displayName }));
}

function seedTwoFactorOf(userId: string, enabledAt: number): TwoFactorRecord | null {
  const seed = Object.values(seedTwoFactor).find((candidate) => candidate.userId === userId);
  if (!seed) return null;
  return { secret: seed.secret, enabledAt, lastUsedStep: 0, recoveryCodeHashes: seed.recoveryCodes.map(recoveryCodeHash) };
}

function seedEmailOf(userId: string): string {
  const user = Object.values(seedUsers).find((candidate) => candidate.id === userId);
  if (!user) throw new Error(`Seed membership of unknown user ${userId}`);
  return user.email;
}

export function createSeedState(): MockSnapshot {
  const passwordChangedAt = Date.parse(seedPasswordChangedAt);
  return {
    version: 6,
    users: Object.values(seedUsers).map((user) => {
      const passwordHash = passwordHashFor(user.id);
      return {
        ...user,
        passwordHash,
        passwordChangedAt: passwordHash ? passwordChangedAt : null,
        socialAccounts: seedSocialAccountsOf(user.id),
        wrongPasswordAt: [],
        loginChangeRequestedAt: [],
        pendingLoginChange: null,
        recovery: null,
        firstSignedInAt: null,
        unannouncedLinkedPortalIds: [],
        createdPortalCount: 0,
        twoFactor: seedTwoFactorOf(user.id, passwordChangedAt),
        appPasswords: [],
      };
    }),
    portals: seedPortals.map((portal) => ({
      ...portal,
      members: portal.members.map((member) => ({ ...member, login: seedEmailOf(member.userId) })),
      unlinkedMembers: portal.unlinkedMembers.map((member) => ({ ...member })),
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
      location: session.location,
      appPasswordId: null,
    })),
    accessTokens: [],
    failedLogins: [],
    recoveryRequests: [],
    failedRecoveries: [],
    loginChangeSends: [],
  };
}
