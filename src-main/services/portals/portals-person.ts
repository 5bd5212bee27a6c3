import { createHash } from 'node:crypto';

/**
 * Whose portals: one person on one server. The cached list, the prefs and each portal's cookies are
 * kept per person, so two people, or one person on two servers, never see each other's.
 */
export interface PortalsPerson {
  serverUrl: string;
  userId: string;
}

const digest = (parts: string[]): string => createHash('sha256').update(JSON.stringify(parts), 'utf8').digest('hex').slice(0, 32);

/** A stable name for the person that reveals neither the server nor the user id (used in file names). */
export const personKey = (person: PortalsPerson): string => digest([person.serverUrl, person.userId]);

export const samePerson = (a: PortalsPerson | null, b: PortalsPerson | null): boolean =>
  a !== null && b !== null && a.serverUrl === b.serverUrl && a.userId === b.userId;

/** Electron's persistent session partition for this person's view of one portal. */
export const portalPartition = (person: PortalsPerson, portalId: string): string =>
  `persist:portal-${digest([person.serverUrl, person.userId, portalId])}`;
