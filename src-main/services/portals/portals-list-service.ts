import {
  fail,
  ok,
  type LinkedPortalsNotice,
  type Portal,
  type PortalPrefs,
  type PortalsSnapshot,
  type PortalStatus,
  type Result,
} from '../../../src-preload/contract.ts';
import type { ApiClient } from '../../api/api-client.ts';
import { isUnreachable } from '../../api/api-errors.ts';
import { portalsApi, toLinkedPortalsNotice, toPortal } from '../../api/portals-api.ts';
import { bridgeResult, failWith, publicError } from '../../api/public-error.ts';
import type { PortalsPage } from '../../api/wire-schemas.ts';
import type { EmitEvent } from '../../events/event-sink.ts';
import { errorName, type Logger } from '../../logging/logger.ts';
import type { PortalsCacheFile } from './portals-cache-file.ts';

/** The server's page size limit. */
export const PORTALS_PAGE_SIZE = 500;

export interface PortalsListOptions {
  api: ApiClient;
  /** The person's list as last loaded, and their prefs. */
  cache: PortalsCacheFile;
  /** A load id above every earlier one on this connection, whoever's list it was: the renderer drops pages of older loads. */
  nextLoadId(): number;
  emit: EmitEvent;
  log: Logger;
}

interface Load {
  id: number;
  byId: Map<string, Portal>;
  items: Portal[];
  total: number | null;
  /**
   * `first` until the first page answers (callers share `firstAnswer`); `loading` while later pages
   * arrive; `complete`; `stopped` by an error or offline (the next `list` starts again); `dropped`
   * when the person left.
   */
  phase: 'first' | 'loading' | 'complete' | 'stopped' | 'dropped';
  offline: boolean;
  firstAnswer?: Promise<Result<PortalsSnapshot>>;
}

/**
 * One signed-in person's portal list: the first page at once, the rest loaded in the background and
 * sent as `portals.page` events; the last complete list cached on disk for offline starts. It lives in
 * the person's scope and is disposed when they leave.
 */
export class PortalsListService {
  private readonly options: PortalsListOptions;
  private load: Load | null = null;
  private disposed = false;

  constructor(options: PortalsListOptions) {
    this.options = options;
  }

  /** The load in progress or done; a new one when there is none, or it stopped. */
  async list(): Promise<Result<PortalsSnapshot>> {
    if (this.disposed) return failWith('unauthorized');
    const load = this.load;
    if (load) {
      if (load.phase === 'first' && load.firstAnswer) return load.firstAnswer;
      if (load.phase === 'loading' || load.phase === 'complete') return ok(this.snapshot(load));
    }
    return this.start();
  }

  /** Always a fresh load from the first page. */
  async reload(): Promise<Result<PortalsSnapshot>> {
    if (this.disposed) return failWith('unauthorized');
    return this.start();
  }

  /** The person left: the list is forgotten, and a load under way sends nothing more. */
  dispose(): void {
    this.disposed = true;
    if (this.load) this.load.phase = 'dropped';
    this.load = null;
  }

  /** What the list says of a portal, when it is loaded. */
  statusOf(portalId: string): PortalStatus | null {
    return this.load?.byId.get(portalId)?.status ?? null;
  }

  /** A portal's domain: from the list, loading its first page when there is none yet; null when not listed. */
  async domainOf(portalId: string): Promise<string | null> {
    const listed = this.load?.byId.get(portalId);
    if (listed) return listed.domain;
    const loaded = await this.list();
    return loaded.ok ? (this.load?.byId.get(portalId)?.domain ?? null) : null;
  }

  /** A portal just created: at the end of the list in memory (while the person is here) and on disk. */
  add(portal: Portal): void {
    const load = this.load;
    if (load && !load.byId.has(portal.id)) {
      load.byId.set(portal.id, portal);
      load.items.push(portal);
      if (load.total !== null) load.total += 1;
    }
    this.options.cache.addCachedPortal(portal);
  }

  async setHidden(portalId: string, hidden: boolean): Promise<Result<PortalPrefs>> {
    if (this.disposed) return failWith('unauthorized');
    return ok(this.options.cache.setHidden(portalId, hidden));
  }

  async linkedNotice(): Promise<Result<LinkedPortalsNotice>> {
    return bridgeResult(await portalsApi.linkedNotice(this.options.api), toLinkedPortalsNotice);
  }

  private start(): Promise<Result<PortalsSnapshot>> {
    if (this.load) this.load.phase = 'stopped';
    const load: Load = {
      id: this.options.nextLoadId(),
      byId: new Map(),
      items: [],
      total: null,
      phase: 'first',
      offline: false,
    };
    this.load = load;
    load.firstAnswer = this.loadFirstPage(load);
    return load.firstAnswer;
  }

  private async loadFirstPage(load: Load): Promise<Result<PortalsSnapshot>> {
    const page = await portalsApi.page(this.options.api, null, PORTALS_PAGE_SIZE);
    if (load.phase === 'dropped') return failWith('unauthorized');
    if (!page.ok) {
      load.phase = 'stopped';
      const cached = isUnreachable(page.error) ? this.options.cache.cachedPortals() : null;
      if (!cached) return fail(publicError(page.error));
      this.take(load, { items: cached, next_cursor: null, total: cached.length });
      load.offline = true;
      return ok(this.snapshot(load));
    }
    this.take(load, page.value);
    if (page.value.next_cursor === null) this.finish(load);
    else if (load.phase === 'first') {
      load.phase = 'loading';
      const cursor = page.value.next_cursor;
      // After this answer has gone out, so that the first page reaches the renderer before the second.
      setImmediate(() => {
        this.loadRest(load, cursor).catch((error: unknown) => {
          this.options.log.error('Loading the portals failed', { error: errorName(error) });
        });
      });
    }
    return ok(this.snapshot(load));
  }

  private async loadRest(load: Load, firstCursor: string): Promise<void> {
    let cursor: string | null = firstCursor;
    while (cursor !== null) {
      const page = await portalsApi.page(this.options.api, cursor, PORTALS_PAGE_SIZE);
      if (load.phase !== 'loading') return;
      if (!page.ok) {
        load.phase = 'stopped';
        this.options.log.warn('Loading the portals stopped', { errorCode: page.error.code });
        const error = publicError(page.error);
        this.options.emit('portals.page', { loadId: load.id, items: [], total: load.total, complete: false, error });
        return;
      }
      const added = this.take(load, page.value);
      cursor = page.value.next_cursor;
      if (cursor === null) this.finish(load);
      this.options.emit('portals.page', { loadId: load.id, items: added, total: load.total, complete: cursor === null });
    }
  }

  /** Adds a page's portals not listed yet (one created meanwhile may already be); returns them. */
  private take(load: Load, page: PortalsPage): Portal[] {
    const added: Portal[] = [];
    for (const wire of page.items) {
      if (load.byId.has(wire.id)) continue;
      const portal = toPortal(wire);
      load.byId.set(portal.id, portal);
      load.items.push(portal);
      added.push(portal);
    }
    if (page.total !== undefined) load.total = page.total;
    return added;
  }

  private finish(load: Load): void {
    load.phase = 'complete';
    try {
      this.options.cache.saveCachedPortals(load.items);
    } catch (error) {
      // The list itself is fine; only the next offline start will show an older one.
      this.options.log.warn('Could not save the portal list for offline use', { error: errorName(error) });
    }
  }

  private snapshot(load: Load): PortalsSnapshot {
    return {
      loadId: load.id,
      items: load.items.slice(),
      total: load.total,
      complete: load.phase === 'complete' || load.offline,
      offline: load.offline,
      prefs: this.options.cache.prefs(),
    };
  }
}
