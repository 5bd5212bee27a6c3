/**
 * Linking by e-mail: portals registered with a person's e-mail before their Bitrix ID existed are
 * linked at their first successful sign-in, and announced to them exactly once.
 */
import type { MockSnapshot, UserRecord } from './state-schema.ts';

export interface LinkedPortalNotice {
  id: string;
  title: string;
  domain: string;
}

/** Runs at every successful sign-in; does something only at the first. */
export function linkPortalsAtFirstSignIn(state: MockSnapshot, user: UserRecord, now: number): void {
  if (user.firstSignedInAt !== null) return;
  user.firstSignedInAt = now;
  const linked: string[] = [];
  const email = user.email;
  if (email !== null) {
    for (const portal of state.portals) {
      const mine = portal.unlinkedMembers.filter((candidate) => candidate.email === email);
      if (mine.length === 0) continue;
      portal.unlinkedMembers = portal.unlinkedMembers.filter((candidate) => candidate.email !== email);
      if (portal.members.some((member) => member.userId === user.id)) continue;
      const role = mine[0]?.role ?? 'employee';
      portal.members.push({ userId: user.id, role, login: email });
      linked.push(portal.id);
    }
  }
  user.unannouncedLinkedPortalIds = linked;
}

/** The portals linked at the first sign-in, once; every later call answers an empty list. */
export function takeLinkedPortalsNotice(state: MockSnapshot, user: UserRecord): LinkedPortalNotice[] {
  const ids = user.unannouncedLinkedPortalIds;
  user.unannouncedLinkedPortalIds = [];
  return state.portals
    .filter((portal) => ids.includes(portal.id))
    .map((portal) => ({ id: portal.id, title: portal.title, domain: portal.domain }));
}
