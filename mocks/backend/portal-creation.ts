/** Creating a portal: name availability, suggestions, and the per-profile limit. */
import { randomUUID } from 'node:crypto';
import { findZone, isValidPortalName, randomPortalName } from './portal-zones.ts';
import type { MockSnapshot, PortalRecord, UserRecord } from './state-schema.ts';

/** Counted per profile over the portals it created; memberships of other portals do not count. */
export const MAX_CREATED_PORTALS = 7;

/** A portal's title, as `GET /portals` lists it (maxLength in the API document). */
export const MAX_PORTAL_TITLE_LENGTH = 255;

/** How many portals the profile may create, and how many of them are left. */
export function portalCreationQuota(user: UserRecord): { max: number; remaining: number } {
  return { max: MAX_CREATED_PORTALS, remaining: Math.max(0, MAX_CREATED_PORTALS - user.createdPortalCount) };
}

export type PortalNameAvailability = { available: true } | { available: false; reason: 'invalid' | 'taken' };

export function portalNameAvailability(state: MockSnapshot, name: string, zone: string): PortalNameAvailability {
  const found = findZone(zone);
  if (!found || !isValidPortalName(name)) return { available: false, reason: 'invalid' };
  const domain = `${name}.${found.domain_suffix}`;
  if (state.portals.some((portal) => portal.domain === domain)) return { available: false, reason: 'taken' };
  return { available: true };
}

/** A random free name in the zone, or null for an unknown zone. */
export function suggestPortalName(state: MockSnapshot, zone: string): { name: string; domain: string } | null {
  const found = findZone(zone);
  if (!found) return null;
  for (;;) {
    const name = randomPortalName();
    if (portalNameAvailability(state, name, zone).available) return { name, domain: `${name}.${found.domain_suffix}` };
  }
}

type PortalMember = PortalRecord['members'][number];

export type PortalCreationOutcome =
  | { ok: true; portal: PortalRecord; creator: PortalMember }
  | { ok: false; error: 'invalid_name' | 'invalid_title' | 'invalid_zone' | 'name_taken' | 'limit_reached' };

/** `title`: trimmed; empty or left out names the portal after its address's name. */
export function createPortal(
  state: MockSnapshot,
  user: UserRecord,
  request: { name: string; zone: string; title?: string | undefined },
): PortalCreationOutcome {
  const zone = findZone(request.zone);
  if (!zone) return { ok: false, error: 'invalid_zone' };
  const title = request.title?.trim() ?? '';
  if (title.length > MAX_PORTAL_TITLE_LENGTH) return { ok: false, error: 'invalid_title' };
  const availability = portalNameAvailability(state, request.name, request.zone);
  if (!availability.available) return { ok: false, error: availability.reason === 'invalid' ? 'invalid_name' : 'name_taken' };
  if (user.createdPortalCount >= MAX_CREATED_PORTALS) return { ok: false, error: 'limit_reached' };
  const login = user.email ?? user.phone;
  if (login === null) return { ok: false, error: 'invalid_name' };
  const creator: PortalMember = { userId: user.id, role: 'admin', login };
  const portal: PortalRecord = {
    id: `p-${randomUUID()}`,
    title: title === '' ? request.name : title,
    domain: `${request.name}.${zone.domain_suffix}`,
    status: 'active',
    members: [creator],
    unlinkedMembers: [],
  };
  state.portals.push(portal);
  user.createdPortalCount += 1;
  return { ok: true, portal, creator };
}
