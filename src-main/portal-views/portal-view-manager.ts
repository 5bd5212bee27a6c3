import { ok, type ContentBounds, type PortalView, type PortalViewsState, type Result } from '../../src-preload/contract.ts';
import { failWith } from '../api/public-error.ts';
import type { EmitEvent } from '../events/event-sink.ts';
import type { MockPortalPages, PortalViewHost } from './portal-view-host.ts';

export interface PortalViewManagerOptions {
  host: PortalViewHost;
  /** How many views stay alive; the least recently used beyond it is closed. */
  maxLive: number;
  /** A one-time login URL for the portal, from the server. */
  ssoLink(portalId: string): Promise<Result<string>>;
  mockPages: MockPortalPages | null;
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
  /** Most recently used first. */
  private live: LiveView[] = [];
  private activeId: string | null = null;
  /** The portal asked for last: a slower open of another portal finishing later does not take its place. */
  private wantedId: string | null = null;
  private bounds: ContentBounds | null = null;
  private readonly opening = new Map<string, Promise<Result<PortalView>>>();
  /** Bumped by closeAll, so an open still waiting for its login creates nothing afterwards. */
  private generation = 0;

  constructor(options: PortalViewManagerOptions) {
    this.options = options;
  }

  state(): PortalViewsState {
    return {
      live: this.live.map((view) => ({ portalId: view.portalId, frameUrl: view.frameUrl, reused: true })),
      activeId: this.activeId,
    };
  }

  /** Makes the portal active: its live view at once, or a new one signed in with a one-time login. */
  open(portalId: string, partition: string): Promise<Result<PortalView>> {
    this.wantedId = portalId;
    const alive = this.live.find((view) => view.portalId === portalId);
    if (alive) {
      this.activate(alive);
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
    this.bounds = bounds;
    return { shown: this.place() };
  }

  /** Closes the portal's view and deletes what it stored, so the next open signs in afresh. */
  async signOut(portalId: string, partition: string): Promise<PortalViewsState> {
    const index = this.live.findIndex((view) => view.portalId === portalId);
    if (index >= 0) {
      this.live.splice(index, 1);
      this.options.host.destroy(portalId);
    }
    if (this.activeId === portalId) {
      this.activeId = null;
      this.place();
    }
    if (this.wantedId === portalId) this.wantedId = null;
    await this.options.host.clear(portalId, partition);
    this.changed();
    return this.state();
  }

  /** Closes every view (sign-out, another person, another server). */
  closeAll(): void {
    this.generation++;
    this.opening.clear();
    this.wantedId = null;
    if (this.live.length === 0 && this.activeId === null) return;
    for (const view of this.live) this.options.host.destroy(view.portalId);
    this.live = [];
    this.activeId = null;
    this.changed();
  }

  private async create(portalId: string, partition: string): Promise<Result<PortalView>> {
    const generation = this.generation;
    const login = await this.options.ssoLink(portalId);
    if (!login.ok) return login;
    if (generation !== this.generation) return failWith('cancelled');
    const { frameUrl } = this.options.host.create({ portalId, partition, loginUrl: login.value, mockPages: this.options.mockPages });
    const view: LiveView = { portalId, frameUrl };
    this.live.unshift(view);
    if (this.wantedId === portalId) this.activate(view);
    this.evict();
    this.changed();
    return ok({ portalId, frameUrl, reused: false });
  }

  private activate(view: LiveView): void {
    this.live = [view, ...this.live.filter((other) => other !== view)];
    this.activeId = view.portalId;
    this.place();
  }

  /** Closes the least recently used views beyond the cap; the active one always stays. */
  private evict(): void {
    while (this.live.length > this.options.maxLive) {
      const index = this.live.findLastIndex((view) => view.portalId !== this.activeId);
      if (index < 0) return;
      const [evicted] = this.live.splice(index, 1);
      if (evicted) this.options.host.destroy(evicted.portalId);
    }
  }

  private place(): boolean {
    if (this.bounds && this.activeId !== null) {
      this.options.host.show(this.activeId, this.bounds);
      return true;
    }
    this.options.host.hideAll();
    return false;
  }

  private changed(): void {
    this.options.emit('portals.views', this.state());
  }
}
