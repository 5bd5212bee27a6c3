/**
 * The extra portals seeded only when the "portals-next" rules are on (`portalsNext: true`); kept
 * apart from `seed.ts` so that the default seed, which the contract suite counts on, is unchanged.
 */
import type { PortalRecord } from './backend/state-schema.ts';

/** Registered with Alice's e-mail but not linked to her Bitrix ID until her first sign-in. */
export const seedUnlinkedPortal = {
  id: 'p-alice-old',
  title: 'Alice (old)',
  domain: 'alice-old.bitrix24.ru',
  email: 'alice@example.com',
  role: 'admin',
} as const;

/** Alice is still a member, but the portal itself was deleted. */
export const seedDeletedPortal = {
  id: 'p-closed-shop',
  title: 'Closed Shop',
  domain: 'closed-shop.bitrix24.com',
  userId: 'u-alice',
  login: 'alice@example.com',
  role: 'employee',
} as const;

export function portalsNextSeedPortals(): PortalRecord[] {
  return [
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
      members: [{ userId: seedDeletedPortal.userId, role: seedDeletedPortal.role, login: seedDeletedPortal.login }],
    },
  ];
}
