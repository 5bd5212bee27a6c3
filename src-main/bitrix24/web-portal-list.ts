import {
  fail,
  ok,
  type Portal,
  type PortalExport,
  type PortalImportReport,
  type PortalPrefs,
  type PortalsSnapshot,
  type Result,
} from '../../src-preload/contract.ts';
import { failWith } from '../api/public-error.ts';
import type { Logger } from '../logging/logger.ts';
import { parsePortalAddress, type PortalAddressProblem } from './portal-address.ts';
import {
  addPortal,
  exportPortalAddresses,
  importPortalAddresses,
  removePortal,
  setPortalHidden,
  setPortalTitle,
  type ListedPortal,
  type ParsePortalAddress,
} from './portal-list.ts';
import { PortalListFile } from './portal-list-file.ts';
import { titleWithoutUnread } from './unread-count.ts';
import { forgetPortal, recordOpened, WebPortalPrefsFile, type WebPortalUse } from './web-portal-prefs-file.ts';

/** A listed portal as the contract's `Portal`: its origin is its id, its host (with any port) its domain. */
export function toWebPortal(listed: ListedPortal): Portal {
  const { host } = new URL(listed.origin);
  return { id: listed.origin, title: listed.title ?? host, domain: host, role: null, login: null, status: 'active' };
}

/** The profile's parser: loopback addresses only when the Network itself is on loopback (tests, the emulated Network). */
export const portalAddressParser =
  (allowLoopback: boolean): ParsePortalAddress<PortalAddressProblem> =>
  (input) =>
    parsePortalAddress(input, { allowLoopback });

export interface WebPortalListOptions {
  dataDir: string;
  profileId: string;
  allowLoopback: boolean;
  /** A load id above every earlier one on this connection, whoever's list it was. */
  nextLoadId(): number;
  log: Logger;
  now?: () => number;
}

/**
 * One profile's portals as the bridge sees them: the list file (with what is hidden) and the use
 * file (opened when, opened last), kept in memory while the profile is shown. Every change is
 * written before it is answered or announced.
 */
export class WebPortalList {
  private readonly file: PortalListFile;
  private readonly prefsFile: WebPortalPrefsFile;
  private readonly parse: ParsePortalAddress<PortalAddressProblem>;
  private readonly options: WebPortalListOptions;
  private readonly now: () => number;
  private portals: ListedPortal[];
  private use: WebPortalUse;

  constructor(options: WebPortalListOptions) {
    this.options = options;
    this.now = options.now ?? Date.now;
    this.parse = portalAddressParser(options.allowLoopback);
    this.file = new PortalListFile(options.dataDir, options.profileId, this.parse, { now: this.now });
    this.prefsFile = new WebPortalPrefsFile(options.dataDir, options.profileId, { now: this.now });
    const loaded = this.file.load();
    if (loaded.damagedFileKeptAs !== undefined) {
      options.log.warn('A damaged portal list was set aside; the list starts empty', { keptAside: loaded.damagedFileKeptAs !== null });
    }
    this.portals = loaded.portals;
    this.use = this.prefsFile.load();
  }

  /** Deletes a profile's list and use files (the profile is being removed). */
  static deleteFiles(dataDir: string, profileId: string): void {
    new PortalListFile(dataDir, profileId, portalAddressParser(false)).delete();
    new WebPortalPrefsFile(dataDir, profileId).delete();
  }

  /** The whole list: nothing loads in pages here, so every snapshot is complete. */
  snapshot(): PortalsSnapshot {
    const items = this.portals.map(toWebPortal);
    return { loadId: this.options.nextLoadId(), items, total: items.length, complete: true, offline: false, prefs: this.prefs() };
  }

  prefs(): PortalPrefs {
    const listed = new Set(this.portals.map((portal) => portal.origin));
    const lastOpenedAt = Object.fromEntries(Object.entries(this.use.lastOpenedAt).filter(([origin]) => listed.has(origin)));
    const lastActiveId = this.use.lastActiveId !== null && listed.has(this.use.lastActiveId) ? this.use.lastActiveId : null;
    return { hiddenIds: this.portals.filter((portal) => portal.hidden).map((portal) => portal.origin), lastOpenedAt, lastActiveId };
  }

  portal(portalId: string): Portal | null {
    const listed = this.portals.find((portal) => portal.origin === portalId);
    return listed === undefined ? null : toWebPortal(listed);
  }

  origins(): string[] {
    return this.portals.map((portal) => portal.origin);
  }

  /** Adds a portal by the address typed; one already listed is answered as it is (and shown again if hidden). */
  add(address: string): Result<Portal> {
    const added = addPortal(this.portals, address, this.parse, this.now());
    if (!added.ok) {
      return added.reason === 'list_full' ? failWith('portal_list_full') : fail({ code: 'invalid_address', addressProblem: added.reason });
    }
    this.save(added.portals);
    return ok(this.portalOrThrow(added.origin));
  }

  /**
   * A portal the Network's page opened (`url` is where it navigated): its origin is listed if new.
   * Null when the address is not a portal's or the list is full; `added` says whether the list changed.
   */
  addOpened(url: string): { portal: Portal; added: boolean } | null {
    const added = addPortal(this.portals, url, this.parse, this.now());
    if (!added.ok) return null;
    // A hidden portal the person opens again is shown again.
    const changed = added.outcome === 'added' || this.portals.some((portal) => portal.origin === added.origin && portal.hidden);
    if (changed) this.save(added.portals);
    return { portal: this.portalOrThrow(added.origin), added: changed };
  }

  remove(portalId: string): Result<PortalsSnapshot> {
    const removed = removePortal(this.portals, portalId);
    if (!removed.ok) return failWith('not_found');
    this.save(removed.portals);
    this.saveUse(forgetPortal(this.use, portalId, { removed: true }));
    return ok(this.snapshot());
  }

  setHidden(portalId: string, hidden: boolean): Result<PortalPrefs> {
    const changed = setPortalHidden(this.portals, portalId, hidden);
    if (!changed.ok) return failWith('not_found');
    this.save(changed.portals);
    return ok(this.prefs());
  }

  /** Learns the portal's name from its page's title (without the unread prefix); says whether it changed. */
  learnTitle(portalId: string, pageTitle: string): boolean {
    const current = this.portals.find((portal) => portal.origin === portalId);
    if (current === undefined) return false;
    const changed = setPortalTitle(this.portals, portalId, titleWithoutUnread(pageTitle));
    if (!changed.ok) return false;
    const title = changed.portals.find((portal) => portal.origin === portalId)?.title;
    // A title that is only a count, or nothing usable, keeps the name already known.
    if (title === undefined || title === current.title) return false;
    this.save(changed.portals);
    return true;
  }

  opened(portalId: string): void {
    this.saveUse(recordOpened(this.use, portalId, this.now()));
  }

  signedOut(portalId: string): void {
    if (this.use.lastActiveId === portalId) this.saveUse(forgetPortal(this.use, portalId, { removed: false }));
  }

  /** Adds every address of a file's text; the file is refused whole past its caps or if it is not text. */
  importAddresses(text: string): Result<PortalImportReport> {
    // decodeImportFile's rules for text that arrives decoded: a NUL is what a binary file has, and a
    // lone surrogate is what no UTF-8 file can hold.
    if (text.includes('\u0000') || !text.isWellFormed()) return fail({ code: 'import_refused', importProblem: 'not_text' });
    const imported = importPortalAddresses(this.portals, text, this.parse, this.now());
    if (!imported.ok) return fail({ code: 'import_refused', importProblem: imported.reason });
    if (imported.added > 0) this.save(imported.portals);
    const refused: PortalImportReport['refused'] = [];
    for (const line of imported.lines) {
      if (line.outcome === 'refused') refused.push({ line: line.line, text: line.text, reason: line.reason });
    }
    return ok({ added: imported.added, duplicates: imported.duplicates, refused });
  }

  exportAddresses(): PortalExport {
    return { text: exportPortalAddresses(this.portals), count: this.portals.length };
  }

  private portalOrThrow(origin: string): Portal {
    const portal = this.portal(origin);
    if (portal === null) throw new Error('A portal just listed is missing.');
    return portal;
  }

  private save(portals: ListedPortal[]): void {
    this.file.save(portals);
    this.portals = portals;
  }

  private saveUse(use: WebPortalUse): void {
    this.prefsFile.save(use);
    this.use = use;
  }
}
