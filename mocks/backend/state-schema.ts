/**
 * The shape of the mock backend's whole state, as zod schemas. The same shape is the snapshot the
 * embedded mock persists, so it holds only hashes: a raw token, confirmation code, checkword or
 * password must never reach that file.
 */
import { z } from 'zod';

/** A lowercase hex SHA-256 digest; the format itself guarantees no raw secret slips in. */
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest');
const nonEmpty = z.string().min(1);
const epochMs = z.number().int().nonnegative();

const passwordHashSchema = z.object({
  algorithm: z.literal('scrypt'),
  salt: nonEmpty,
  hash: nonEmpty,
});
export type PasswordHash = z.infer<typeof passwordHashSchema>;

export const loginChannels = ['email', 'phone'] as const;
const loginChannelSchema = z.enum(loginChannels);
export type LoginChannel = z.infer<typeof loginChannelSchema>;

/** A new login waiting for its owner to prove they hold it; the old login works until then. */
const pendingLoginChangeSchema = z.object({
  channel: loginChannelSchema,
  /** Lowercase e-mail, or E.164. */
  target: nonEmpty,
  updatePortals: z.boolean(),
  /** The e-mailed link token's or the SMS code's hash. */
  secretHash: sha256Hex,
  wrongAttempts: z.number().int().nonnegative(),
  resendAvailableAt: epochMs,
  expiresAt: epochMs,
});
export type PendingLoginChangeRecord = z.infer<typeof pendingLoginChangeSchema>;

/** The latest recovery checkword only: a newer request supersedes it, so one slot is enough. */
const recoveryCheckwordSchema = z.object({
  checkwordHash: sha256Hex,
  expiresAt: epochMs,
});

/** A link to an account at a social service; the account itself is fixed (see `seed-social.ts`). */
const socialAccountSchema = z.object({
  provider: nonEmpty,
  identityId: nonEmpty,
  displayName: z.string(),
});
export type SocialAccountRecord = z.infer<typeof socialAccountSchema>;

/**
 * Two-step sign-in (RFC 6238 TOTP). The secret is kept as is: a server must compute codes from it
 * (a real one keeps it encrypted at rest). Recovery codes are kept as hashes.
 */
const twoFactorSchema = z.object({
  /** Base32, as the authenticator app was given it. */
  secret: z.string().regex(/^[A-Z2-7]{16,128}$/),
  enabledAt: epochMs,
  /** The last 30-second step whose code was accepted: a code is never accepted twice. */
  lastUsedStep: z.number().int().nonnegative(),
  /** The recovery codes not used yet, hashed; each works once. */
  recoveryCodeHashes: z.array(sha256Hex),
});
export type TwoFactorRecord = z.infer<typeof twoFactorSchema>;

/** A password for a program that cannot do two-step; random and long, so a SHA-256 hash is enough. */
const appPasswordSchema = z.object({
  id: nonEmpty,
  name: nonEmpty,
  passwordHash: sha256Hex,
  createdAt: epochMs,
  lastUsedAt: epochMs.nullable(),
});
export type AppPasswordRecord = z.infer<typeof appPasswordSchema>;

const userRecordSchema = z.object({
  id: nonEmpty,
  name: z.string(),
  lastName: z.string(),
  /** Lowercase. */
  email: z.string().nullable(),
  /** E.164. */
  phone: z.string().nullable(),
  /** Null for someone who signs in only with social services (and may set a password by recovery). */
  passwordHash: passwordHashSchema.nullable(),
  passwordChangedAt: epochMs.nullable(),
  /** At most one per provider; each social account linked to one Bitrix ID at most. */
  socialAccounts: z.array(socialAccountSchema),
  /** Times the current password was given wrongly (account changes lock after 5 in 15 minutes). */
  wrongPasswordAt: z.array(epochMs),
  /** Times of login-change requests that sent a link or code (at most 3 in 10 minutes). */
  loginChangeRequestedAt: z.array(epochMs),
  pendingLoginChange: pendingLoginChangeSchema.nullable(),
  recovery: recoveryCheckwordSchema.nullable(),
  /**
   * Null until the first successful sign-in, which links the portals waiting on the person's e-mail:
   * linking by e-mail happens once, then never again.
   */
  firstSignedInAt: epochMs.nullable(),
  /** Portals linked at the first sign-in and not yet announced by the linked-portals notice. */
  unannouncedLinkedPortalIds: z.array(nonEmpty),
  /** Portals this person created: the limit counts these, not memberships. */
  createdPortalCount: z.number().int().nonnegative(),
  /** Null while two-step sign-in is off. */
  twoFactor: twoFactorSchema.nullable(),
  appPasswords: z.array(appPasswordSchema),
});
export type UserRecord = z.infer<typeof userRecordSchema>;

const portalRoles = ['admin', 'employee', 'extranet'] as const;
const portalRoleSchema = z.enum(portalRoles);
export type PortalRole = z.infer<typeof portalRoleSchema>;

const portalStatuses = ['active', 'deleted', 'access_revoked'] as const;
const portalStatusSchema = z.enum(portalStatuses);
export type PortalStatus = z.infer<typeof portalStatusSchema>;

const portalRecordSchema = z.object({
  id: nonEmpty,
  title: z.string(),
  domain: nonEmpty,
  status: portalStatusSchema,
  /**
   * People registered on the portal by e-mail (lowercase) whose Bitrix ID it is not linked to yet;
   * their first sign-in turns each into a member.
   */
  unlinkedMembers: z.array(z.object({ email: nonEmpty, role: portalRoleSchema })),
  members: z.array(
    z.object({
      userId: nonEmpty,
      role: portalRoleSchema,
      /** The login this membership signs in with; a login change may leave it on the old one. */
      login: nonEmpty,
    }),
  ),
});
export type PortalRecord = z.infer<typeof portalRecordSchema>;

const sessionClients = ['app', 'browser'] as const;

const sessionRecordSchema = z.object({
  id: nonEmpty,
  userId: nonEmpty,
  deviceName: z.string().nullable(),
  client: z.enum(sessionClients),
  createdAt: epochMs,
  lastActiveAt: epochMs,
  /** Null for a session whose tokens this backend never issued (a browser's, in the seed). */
  currentRefreshTokenHash: sha256Hex.nullable(),
  /** Kept so that a replayed (stolen) refresh token can be recognised and the session killed. */
  usedRefreshTokenHashes: z.array(sha256Hex),
  revoked: z.boolean(),
  /** Where the session was last active, as the server places its address; null when unknown. */
  location: z.string().nullable(),
  /** The application password this session signed in with: it may read, never change the account. */
  appPasswordId: nonEmpty.nullable(),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

const accessTokenRecordSchema = z.object({
  tokenHash: sha256Hex,
  sessionId: nonEmpty,
  expiresAt: epochMs,
});

/** Keyed by a hash of the normalised login: what someone typed as a login may be a password. */
const failedLoginRecordSchema = z.object({
  loginKeyHash: sha256Hex,
  failedAt: z.array(epochMs),
});

/** When recovery was last asked for a login (existing or not), for the once-a-minute limit. */
const recoveryRequestRecordSchema = z.object({
  loginKeyHash: sha256Hex,
  requestedAt: epochMs,
});

/** A login-change link or code sent to a new login (at most 3 per login in an hour), by the login's hash. */
const loginChangeSendRecordSchema = z.object({
  targetKeyHash: sha256Hex,
  sentAt: epochMs,
});

const mockSnapshotSchema = z
  .object({
    /**
     * 6: two-step sign-in, application passwords, sessions' location and application password.
     * 5: login-change requests and sends are counted (per account, per new login). 4: portals have a status and people waiting by e-mail; a user's first sign-in, unannounced
     * linked portals and created portals are recorded. 3: social links name the linked account, and
     * a user may have no password. 2: account rules (login changes, recovery, password policy). An
     * older file starts from the seed.
     */
    version: z.literal(6),
    users: z.array(userRecordSchema),
    portals: z.array(portalRecordSchema),
    sessions: z.array(sessionRecordSchema),
    accessTokens: z.array(accessTokenRecordSchema),
    failedLogins: z.array(failedLoginRecordSchema),
    recoveryRequests: z.array(recoveryRequestRecordSchema),
    failedRecoveries: z.array(failedLoginRecordSchema),
    loginChangeSends: z.array(loginChangeSendRecordSchema),
  })
  .superRefine((snapshot, context) => {
    // A dangling reference would make lookups fail in surprising places; refuse it up front.
    const userIds = new Set(snapshot.users.map((user) => user.id));
    const sessionIds = new Set(snapshot.sessions.map((session) => session.id));
    snapshot.sessions.forEach((session, index) => {
      if (!userIds.has(session.userId)) {
        context.addIssue({ code: 'custom', path: ['sessions', index, 'userId'], message: 'unknown user' });
      }
    });
    snapshot.accessTokens.forEach((token, index) => {
      if (!sessionIds.has(token.sessionId)) {
        context.addIssue({ code: 'custom', path: ['accessTokens', index, 'sessionId'], message: 'unknown session' });
      }
    });
    const linkedIdentities = new Set<string>();
    snapshot.users.forEach((user, index) => {
      const providers = new Set<string>();
      user.socialAccounts.forEach((account, accountIndex) => {
        const path = ['users', index, 'socialAccounts', accountIndex];
        if (providers.has(account.provider)) context.addIssue({ code: 'custom', path, message: 'second link to one provider' });
        if (linkedIdentities.has(account.identityId)) {
          context.addIssue({ code: 'custom', path, message: 'social account linked to two users' });
        }
        providers.add(account.provider);
        linkedIdentities.add(account.identityId);
      });
    });
    snapshot.portals.forEach((portal, index) => {
      portal.members.forEach((member, memberIndex) => {
        if (!userIds.has(member.userId)) {
          context.addIssue({
            code: 'custom',
            path: ['portals', index, 'members', memberIndex, 'userId'],
            message: 'unknown user',
          });
        }
      });
    });
  });

/** Plain JSON: safe to write to disk, holds no token, code, checkword or password. */
export type MockSnapshot = z.infer<typeof mockSnapshotSchema>;

/** The snapshot if it is well-formed and consistent, otherwise null. */
export function parseMockSnapshot(value: unknown): MockSnapshot | null {
  const parsed = mockSnapshotSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
