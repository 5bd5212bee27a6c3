/**
 * The shape of the mock backend's whole state, as zod schemas. The same shape is the snapshot the
 * embedded mock persists, so it holds only hashes: a raw token must never reach that file.
 */
import { z } from 'zod';

/** A lowercase hex SHA-256 digest; the format itself guarantees no raw token slips in. */
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest');
const nonEmpty = z.string().min(1);
const epochMs = z.number().int().nonnegative();

export const passwordHashSchema = z.object({
  algorithm: z.literal('scrypt'),
  salt: nonEmpty,
  hash: nonEmpty,
});
export type PasswordHash = z.infer<typeof passwordHashSchema>;

export const userRecordSchema = z.object({
  id: nonEmpty,
  name: z.string(),
  lastName: z.string(),
  /** Lowercase. */
  email: z.string().nullable(),
  /** E.164. */
  phone: z.string().nullable(),
  passwordHash: passwordHashSchema,
});
export type UserRecord = z.infer<typeof userRecordSchema>;

export const portalRoles = ['admin', 'employee', 'extranet'] as const;
export const portalRoleSchema = z.enum(portalRoles);
export type PortalRole = z.infer<typeof portalRoleSchema>;

export const portalRecordSchema = z.object({
  id: nonEmpty,
  title: z.string(),
  domain: nonEmpty,
  members: z.array(z.object({ userId: nonEmpty, role: portalRoleSchema })),
});
export type PortalRecord = z.infer<typeof portalRecordSchema>;

export const sessionRecordSchema = z.object({
  id: nonEmpty,
  userId: nonEmpty,
  deviceName: z.string().nullable(),
  createdAt: epochMs,
  lastActiveAt: epochMs,
  currentRefreshTokenHash: sha256Hex,
  /** Kept so that a replayed (stolen) refresh token can be recognised and the session killed. */
  usedRefreshTokenHashes: z.array(sha256Hex),
  revoked: z.boolean(),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

export const accessTokenRecordSchema = z.object({
  tokenHash: sha256Hex,
  sessionId: nonEmpty,
  expiresAt: epochMs,
});
export type AccessTokenRecord = z.infer<typeof accessTokenRecordSchema>;

/** Keyed by a hash of the normalised login: what someone typed as a login may be a password. */
export const failedLoginRecordSchema = z.object({
  loginKeyHash: sha256Hex,
  failedAt: z.array(epochMs),
});
export type FailedLoginRecord = z.infer<typeof failedLoginRecordSchema>;

export const mockSnapshotSchema = z
  .object({
    version: z.literal(1),
    users: z.array(userRecordSchema),
    portals: z.array(portalRecordSchema),
    sessions: z.array(sessionRecordSchema),
    accessTokens: z.array(accessTokenRecordSchema),
    failedLogins: z.array(failedLoginRecordSchema),
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

/** Plain JSON: safe to write to disk, holds no token and no password. */
export type MockSnapshot = z.infer<typeof mockSnapshotSchema>;

/** The snapshot if it is well-formed and consistent, otherwise null. */
export function parseMockSnapshot(value: unknown): MockSnapshot | null {
  const parsed = mockSnapshotSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
