import { join } from 'node:path';
import { z } from 'zod';
import { portalRoles, type Portal, type PortalPrefs } from '../../../src-preload/contract.ts';
import type { PortalWire } from '../../api/wire-schemas.ts';
import { readJsonFile, writeJsonFile } from '../../files/json-file.ts';
import type { Person } from '../../person/person.ts';
import { personKey } from './portals-person.ts';

const portalSchema = z.object({
  id: z.string(),
  title: z.string(),
  domain: z.string(),
  role: z.enum(portalRoles),
  login: z.string(),
  status: z.enum(['active', 'deleted', 'access_revoked']),
});
const cacheSchema = z.object({ portals: z.array(portalSchema) });
const prefsSchema = z.object({
  hiddenIds: z.array(z.string()).catch([]),
  lastOpenedAt: z.record(z.string(), z.number()).catch({}),
  lastActiveId: z.string().nullable().catch(null),
});

const noPrefs = (): PortalPrefs => ({ hiddenIds: [], lastOpenedAt: {}, lastActiveId: null });

/**
 * One person's portal list as last loaded (for offline starts) and what this device remembers of
 * their use of it. Not secret, so plain files in the data folder; the list and the prefs are apart
 * so that remembering an opened portal never rewrites a list of thousands.
 */
export class PortalsCacheFile {
  private readonly listFile: string;
  private readonly prefsFile: string;

  constructor(dataDir: string, person: Person) {
    const base = join(dataDir, 'portals', personKey(person));
    this.listFile = `${base}.list.json`;
    this.prefsFile = `${base}.prefs.json`;
  }

  /** The list saved at the last complete load, or null when there is none (or it is damaged). */
  cachedPortals(): PortalWire[] | null {
    const parsed = cacheSchema.safeParse(readJsonFile(this.listFile));
    return parsed.success ? parsed.data.portals : null;
  }

  saveCachedPortals(portals: readonly Portal[]): void {
    // Field by field, so nothing else a server sends can end up on disk.
    writeJsonFile(this.listFile, {
      portals: portals.map(({ id, title, domain, role, login, status }) => ({ id, title, domain, role, login, status })),
    });
  }

  /** Adds a new portal to a saved list; without one there is no complete list to add it to. */
  addCachedPortal(portal: Portal): void {
    const cached = this.cachedPortals();
    if (cached === null || cached.some((candidate) => candidate.id === portal.id)) return;
    this.saveCachedPortals([...cached, portal]);
  }

  prefs(): PortalPrefs {
    const parsed = prefsSchema.safeParse(readJsonFile(this.prefsFile));
    return parsed.success ? parsed.data : noPrefs();
  }

  setHidden(portalId: string, hidden: boolean): PortalPrefs {
    const prefs = this.prefs();
    const others = prefs.hiddenIds.filter((id) => id !== portalId);
    return this.savePrefs({ ...prefs, hiddenIds: hidden ? [...others, portalId] : others });
  }

  /** The portal was opened now: it sorts first by recent use and is reopened at the next start. */
  recordOpened(portalId: string, at: number): PortalPrefs {
    const prefs = this.prefs();
    return this.savePrefs({ ...prefs, lastOpenedAt: { ...prefs.lastOpenedAt, [portalId]: at }, lastActiveId: portalId });
  }

  /** After signing out of a portal it is not reopened at the next start. */
  forgetActive(portalId: string): PortalPrefs {
    const prefs = this.prefs();
    return prefs.lastActiveId === portalId ? this.savePrefs({ ...prefs, lastActiveId: null }) : prefs;
  }

  private savePrefs(prefs: PortalPrefs): PortalPrefs {
    writeJsonFile(this.prefsFile, prefs);
    return prefs;
  }
}
