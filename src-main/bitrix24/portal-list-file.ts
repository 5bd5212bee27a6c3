import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeJsonFile } from '../files/json-file.ts';
import { readCheckedJsonFile } from '../files/checked-json-file.ts';
import { MAX_PORTALS, cleanPortalTitle, type ListedPortal, type ParsePortalAddress } from './portal-list.ts';
import { isProfileId } from './profiles.ts';

/** About 1.5 KB per portal at most (origin, a 256-character title): anything past this is not ours. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** The file's shape, checked against the same address parser that let each portal in. */
function storedListSchema(parse: ParsePortalAddress) {
  const portal = z.object({
    origin: z.string().refine((origin) => {
      const parsed = parse(origin);
      return parsed.ok && parsed.origin === origin;
    }),
    title: z
      .string()
      .refine((title) => cleanPortalTitle(title) === title)
      .optional(),
    addedAt: z.number().int().nonnegative(),
    hidden: z.boolean(),
  });
  return z
    .object({ version: z.literal(1), portals: z.array(portal).max(MAX_PORTALS) })
    .refine(({ portals }) => new Set(portals.map((entry) => entry.origin)).size === portals.length, 'a portal is listed twice');
}

export interface PortalListLoad {
  portals: ListedPortal[];
  /** Set when the file was damaged: where it went (null if it could not be moved); the list starts empty. */
  damagedFileKeptAs?: string | null;
}

/**
 * One profile's portal list, in the data folder: not secret (addresses and titles; the cookies are in
 * the profile's partition). What is read must be what this app writes: every origin one the address
 * parser gives back unchanged, each once, titles already clean; anything else refuses the whole file.
 */
export class PortalListFile {
  readonly file: string;
  private readonly schema: ReturnType<typeof storedListSchema>;
  private readonly now: () => number;

  constructor(dataDir: string, profileId: string, parse: ParsePortalAddress, options: { now?: () => number } = {}) {
    // The id names the file: only a profile's own id, never a path.
    if (!isProfileId(profileId)) throw new Error('A portal list belongs to a profile id.');
    this.file = join(dataDir, 'bitrix24', 'portals', `${profileId}.json`);
    this.now = options.now ?? Date.now;
    this.schema = storedListSchema(parse);
  }

  /** The saved list; empty when there is none yet or it was damaged. */
  load(): PortalListLoad {
    const read = readCheckedJsonFile(this.file, this.schema, { maxBytes: MAX_FILE_BYTES, now: this.now });
    switch (read.status) {
      case 'read':
        return { portals: read.value.portals.map(({ origin, title, addedAt, hidden }) => (title === undefined ? { origin, addedAt, hidden } : { origin, title, addedAt, hidden })) };
      case 'missing':
        return { portals: [] };
      case 'damaged':
        return { portals: [], damagedFileKeptAs: read.keptAs };
    }
  }

  save(portals: readonly ListedPortal[]): void {
    // Field by field, so nothing else an entry carries ends up on disk.
    writeJsonFile(this.file, {
      version: 1,
      portals: portals.map(({ origin, title, addedAt, hidden }) => (title === undefined ? { origin, addedAt, hidden } : { origin, title, addedAt, hidden })),
    });
  }

  /** Applies one change (add, remove, hide, import) to the saved list and saves it if it was accepted. */
  update<Change extends { ok: true; portals: ListedPortal[] } | { ok: false }>(change: (portals: ListedPortal[]) => Change): Change {
    const result = change(this.load().portals);
    if (result.ok) this.save(result.portals);
    return result;
  }

  /** Forgets the list, when its profile is removed. */
  delete(): void {
    rmSync(this.file, { force: true });
  }
}
