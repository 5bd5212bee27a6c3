import { ok, type ContentBounds, type PortalView, type PortalViewsState, type Result } from '../../src-preload/contract.ts';
import { failWith } from '../api/public-error.ts';
import type { EmitEvent } from '../events/event-sink.ts';
import { LiveViewList } from './live-view-list.ts';
import type { MockPortalPages, PortalViewHost } from './portal-view-host.ts';

export interface PortalViewManagerOptions {
  host: PortalViewHost;
  /** How many views stay alive; the least recently used beyond it is closed. */
  maxLive: number;
  /** A one-time login URL for the portal, from the server. */
  ssoLink(portalId: string): Promise<Result<string>>;
  mockPages: MockPortalPages | null;
  /** The server's origin when it is a local mock server (see PortalViewSpec). */
  localServer: string | null;
  emit: EmitEvent;
}

interface LiveView {
  portalId: string;
  frameUrl: string | null;
}

/**
 * Which portal views are alive and which is shown. Switching back to a live view needs no server
 * call; a new one costs one one-time login. At most `maxLive` stay alive (least recently used goes).
 */
export class PortalViewManager {
  private readonly options: PortalViewManagerOptions;
  private readonly live: LiveViewList<LiveView>;
  /** The portal asked for last: a slower open of another portal finishing later does not take its place. */
  private wantedId: string | null = null;
  private readonly opening = new Map<string, Promise<Result<PortalView>>>();
  /** Bumped by closeAll, so an open still waiting for its login creates nothing afterwards. */
  private generation = 0;

  constructor(options: PortalViewManagerOptions) {
    this.options = options;
    this.live = new LiveViewList({
      maxLive: options.maxLive,
      idOf: (view) => view.portalId,
      show: (portalId, bounds) => options.host.show(portalId, bounds),
      hideAll: () => options.host.hideAll(),
      evicted: (view) => options.host.destroy(view.portalId),
    });
  }

  state(): PortalViewsState {
    return {
      live: this.live.all.map((view) => ({ portalId: view.portalId, frameUrl: view.frameUrl, reused: true })),
      activeId: this.live.shownId,
    };
  }

  /** Makes the portal active: its live view at once, or a new one signed in with a one-time login. */
  open(portalId: string, partition: string): Promise<Result<PortalView>> {
    this.wantedId = portalId;
    const alive = this.live.find(portalId);
    if (alive) {
      this.live.activate(alive);
      this.changed();
      return Promise.resolve(ok({ portalId, frameUrl: alive.frameUrl, reused: true }));
    }
    const pending = this.opening.get(portalId);
    if (pending) return pending;
    const opened = this.create(portalId, partition).finally(() => {
      if (this.opening.get(portalId) === opened) this.opening.delete(portalId);
    });
    this.opening.set(portalId, opened);
    return opened;
  }

  /** Where the content area is; null hides every view. Says whether a portal is shown now. */
  layout(bounds: ContentBounds | null): { shown: boolean } {
    return { shown: this.live.layout(bounds) };
  }

  /** Closes the portal's view and deletes what it stored, so the next open signs in afresh. */
  async signOut(portalId: string, partition: string): Promise<PortalViewsState> {
    if (this.live.remove(portalId)) this.options.host.destroy(portalId);
    if (this.wantedId === portalId) this.wantedId = null;
    await this.options.host.clear(portalId, partition);
    this.changed();
    return this.state();
  }

  /** A new cap on live views: the least recently used beyond it close now. */
  setMaxLive(maxLive: number): void {
    if (this.live.setMaxLive(maxLive)) this.changed();
  }

  /** Closes every view (sign-out, another person, another server). */
  closeAll(): void {
    this.generation++;
    this.opening.clear();
    this.wantedId = null;
    if (this.live.all.length === 0 && this.live.shownId === null) return;
    for (const view of this.live.clear()) this.options.host.destroy(view.portalId);
    this.changed();
  }

  private async create(portalId: string, partition: string): Promise<Result<PortalView>> {
    const generation = this.generation;
    const login = await this.options.ssoLink(portalId);
    if (!login.ok) return login;
    if (generation !== this.generation) return failWith('cancelled');
    const { mockPages, localServer } = this.options;
    const created = this.options.host.create({ portalId, partition, loginUrl: login.value, mockPages, localServer });
    if ('refused' in created) return failWith('frame_refused');
    const { frameUrl } = created;
    const view: LiveView = { portalId, frameUrl };
    this.live.add(view);
    if (this.wantedId === portalId) this.live.activate(view);
    this.live.evict();
    this.changed();
    return ok({ portalId, frameUrl, reused: false });
  }

  private changed(): void {
    this.options.emit('portals.views', this.state());
  }
}
