import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readCheckedJsonFile } from '../files/checked-json-file.ts';
import { writeJsonFile } from '../files/json-file.ts';
import { MAX_PORTALS } from './portal-list.ts';
import { isProfileId } from './profiles.ts';

/** What this device remembers of a profile's use of its portals; hidden ones are in the list itself. */
export interface WebPortalUse {
  /** Portal origin → when it was last opened here (ms since epoch). */
  lastOpenedAt: Record<string, number>;
  /** The portal opened last, reopened at the next start. */
  lastActiveId: string | null;
}

/** An origin and a time per portal at most: anything past this is not a file this app wrote. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** A portal's id is its origin; the request schema bounds ids the same way. */
const MAX_ORIGIN_LENGTH = 300;

const origin = z.string().min(1).max(MAX_ORIGIN_LENGTH);
const storedUse = z.object({
  version: z.literal(1),
  lastOpenedAt: z
    .record(origin, z.number().int().nonnegative())
    .refine((record) => Object.keys(record).length <= MAX_PORTALS, 'too many portals'),
  lastActiveId: origin.nullable(),
});

const noUse = (): WebPortalUse => ({ lastOpenedAt: {}, lastActiveId: null });

/**
 * One profile's portal use, beside its list (not secret: origins and times). Apart from the list so
 * that opening a portal never rewrites a list of thousands. A damaged file is set aside and the use
 * starts empty: it only orders the list.
 */
export class WebPortalPrefsFile {
  readonly file: string;
  private readonly now: () => number;

  constructor(dataDir: string, profileId: string, options: { now?: () => number } = {}) {
    // The id names the file: only a profile's own id, never a path.
    if (!isProfileId(profileId)) throw new Error('Portal prefs belong to a profile id.');
    this.file = join(dataDir, 'bitrix24', 'prefs', `${profileId}.json`);
    this.now = options.now ?? Date.now;
  }

  load(): WebPortalUse {
    const read = readCheckedJsonFile(this.file, storedUse, { maxBytes: MAX_FILE_BYTES, now: this.now });
    return read.status === 'read' ? { lastOpenedAt: read.value.lastOpenedAt, lastActiveId: read.value.lastActiveId } : noUse();
  }

  save(use: WebPortalUse): void {
    writeJsonFile(this.file, { version: 1, lastOpenedAt: use.lastOpenedAt, lastActiveId: use.lastActiveId });
  }

  /** Forgets the use, when its profile is removed. */
  delete(): void {
    rmSync(this.file, { force: true });
  }
}

/** The portal was opened at `at`: it sorts first by recent use and is reopened at the next start. */
export const recordOpened = (use: WebPortalUse, portalId: string, at: number): WebPortalUse => ({
  lastOpenedAt: { ...use.lastOpenedAt, [portalId]: at },
  lastActiveId: portalId,
});

/** The portal left the list, or was signed out of: it is not reopened; a removed one is forgotten. */
export function forgetPortal(use: WebPortalUse, portalId: string, { removed }: { removed: boolean }): WebPortalUse {
  const lastOpenedAt = removed ? Object.fromEntries(Object.entries(use.lastOpenedAt).filter(([id]) => id !== portalId)) : use.lastOpenedAt;
  return { lastOpenedAt, lastActiveId: use.lastActiveId === portalId ? null : use.lastActiveId };
}
