/**
 * The fixed people and portals every fresh mock backend starts with. Tests import these as
 * fixtures, so changing a value here changes what the tests expect.
 */
import type { PortalRole, PortalStatus } from './backend/state-schema.ts';

export interface SeedUser {
  id: string;
  name: string;
  lastName: string;
  email: string;
  /** E.164, or null for someone who never gave a phone. */
  phone: string | null;
}

/** A session that exists only so that lists of sessions are not trivially one entry long. */
export interface SeedBrowserSession {
  id: string;
  userId: string;
  deviceName: string;
  location: string;
  /** ISO time. */
  lastActiveAt: string;
}

export interface SeedPortal {
  id: string;
  title: string;
  domain: string;
  status: PortalStatus;
  members: ReadonlyArray<{ userId: string; role: PortalRole }>;
  /** Registered on the portal by e-mail but not linked to a Bitrix ID: the first sign-in links them. */
  unlinkedMembers: ReadonlyArray<{ email: string; role: PortalRole }>;
}

export const seedUsers = {
  alice: { id: 'u-alice', name: 'Alice', lastName: 'Demo', email: 'alice@example.com', phone: '+15550100001' },
  bob: { id: 'u-bob', name: 'Bob', lastName: 'Builder', email: 'bob@example.com', phone: '+15550100002' },
  /**
   * No phone and no password: her only way in is her Yandex account (see `seed-social.ts`), so she
   * is who "never take away the last way in" is tested with.
   */
  dana: { id: 'u-dana', name: 'Dana', lastName: 'Social', email: 'dana@example.com', phone: null },
  /** Two-step sign-in on (see `seedTwoFactor`). */
  erin: { id: 'u-erin', name: 'Erin', lastName: 'Secure', email: 'erin@example.com', phone: '+15550100005' },
} as const satisfies Record<string, SeedUser>;

/**
 * Test fixtures: the plain passwords of the seed users who have one (the backend itself stores
 * only hashes). Dana has none: every password sign-in for her fails like a wrong password.
 */
export const seedCredentials = {
  // The phone as a person types it, which signs in like the stored E.164 form.
  alice: { userId: seedUsers.alice.id, email: seedUsers.alice.email, phone: '+1 555 010 0001', password: 'Alice-Passw0rd!' },
  bob: { userId: seedUsers.bob.id, email: seedUsers.bob.email, phone: '+1 555 010 0002', password: 'Bob-Passw0rd!' },
  erin: { userId: seedUsers.erin.id, email: seedUsers.erin.email, phone: '+1 555 010 0005', password: 'Erin-Passw0rd!' },
} as const satisfies Record<string, { userId: string; email: string; phone: string; password: string }>;

/**
 * Erin's two-step sign-in: the TOTP secret a tester adds to an authenticator app (or gives to
 * `oathtool --totp -b JBSWY3DPEHPK3PXP`), and her ten recovery codes (the backend keeps their hashes).
 */
export const seedTwoFactor = {
  erin: {
    userId: seedUsers.erin.id,
    secret: 'JBSWY3DPEHPK3PXP',
    recoveryCodes: [
      'a7k2m-p9x4w',
      'b3n8q-r5t2z',
      'c6h4j-s8v3y',
      'd2f7k-t4w9x',
      'e5g3m-u7y2a',
      'f8j6n-v3z5b',
      'g4k9p-w6a8c',
      'h7m2q-x9b4d',
      'j3n5r-y2c7e',
      'k6p8s-z5d3f',
    ],
  },
} as const;

/**
 * When every seed user with a password last changed it. Before the tests' clock (2025-01-15) and any
 * real clock, so that "changed … ago" never reads as the future.
 */
export const seedPasswordChangedAt = '2024-12-01T10:00:00.000Z';

/** Signed in from a browser: listed and revocable, but no token of it is ever issued here. */
export const seedBrowserSessions = [
  {
    id: 's-seed-alice-chrome',
    userId: 'u-alice',
    deviceName: 'Chrome on Windows',
    location: 'Berlin, Germany',
    lastActiveAt: '2025-01-10T08:30:00.000Z',
  },
] as const satisfies readonly SeedBrowserSession[];

/** Registered with Alice's e-mail but not linked to her Bitrix ID until her first sign-in. */
export const seedUnlinkedPortal = {
  id: 'p-alice-old',
  title: 'Alice (old)',
  domain: 'alice-old.bitrix24.ru',
  email: seedUsers.alice.email,
  role: 'admin',
} as const;

/** Alice is still a member, but the portal itself was deleted. */
export const seedDeletedPortal = {
  id: 'p-closed-shop',
  title: 'Closed Shop',
  domain: 'closed-shop.bitrix24.com',
  userId: seedUsers.alice.id,
  role: 'employee',
} as const;

/** Every membership signs in with its user's e-mail to begin with (see `login` on portals). */
export const seedPortals = [
  {
    id: 'p-alice-team',
    title: 'Alice Team',
    domain: 'alice-team.bitrix24.com',
    status: 'active',
    members: [{ userId: 'u-alice', role: 'admin' }],
    unlinkedMembers: [],
  },
  {
    id: 'p-acme',
    title: 'ACME Corp',
    domain: 'acme.bitrix24.com',
    status: 'active',
    members: [
      { userId: 'u-alice', role: 'employee' },
      { userId: 'u-erin', role: 'employee' },
    ],
    unlinkedMembers: [],
  },
  {
    id: 'p-partners-hub',
    title: 'Partners Hub',
    domain: 'partners.bitrix24.de',
    status: 'active',
    members: [{ userId: 'u-alice', role: 'extranet' }],
    unlinkedMembers: [],
  },
  {
    id: seedUnlinkedPortal.id,
    title: seedUnlinkedPortal.title,
    domain: seedUnlinkedPortal.domain,
    status: 'active',
    members: [],
    unlinkedMembers: [{ email: seedUnlinkedPortal.email, role: seedUnlinkedPortal.role }],
  },
  {
    id: seedDeletedPortal.id,
    title: seedDeletedPortal.title,
    domain: seedDeletedPortal.domain,
    status: 'deleted',
    members: [{ userId: seedDeletedPortal.userId, role: seedDeletedPortal.role }],
    unlinkedMembers: [],
  },
  {
    id: 'p-bob-shop',
    title: "Bob's Shop",
    domain: 'bob-shop.bitrix24.com',
    status: 'active',
    members: [{ userId: 'u-bob', role: 'admin' }],
    unlinkedMembers: [],
  },
] as const satisfies readonly SeedPortal[];
