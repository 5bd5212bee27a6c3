import { createHash } from 'node:crypto';
import type { Person } from '../../person/person.ts';

const digest = (parts: string[]): string => createHash('sha256').update(JSON.stringify(parts), 'utf8').digest('hex').slice(0, 32);

/** A stable name for the person that reveals neither the server nor the user id (used in file names). */
export const personKey = (person: Person): string => digest([person.serverUrl, person.userId]);

/** Electron's persistent session partition for this person's view of one portal. */
export const portalPartition = (person: Person, portalId: string): string =>
  `persist:portal-${digest([person.serverUrl, person.userId, portalId])}`;
