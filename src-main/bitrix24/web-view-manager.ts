import type { ContentBounds, PortalView, PortalViewsState } from '../../src-preload/contract.ts';
import type { EmitEvent } from '../events/event-sink.ts';
import type { WebViewEvents, WebViewHost, WebViewSpec } from './web-view-host.ts';

export interface WebViewManagerOptions {
  host: WebViewHost;
  /** How many views stay alive; the least recently used beyond it is closed. */
  maxLive: number;
  emit: EmitEvent;
  /** A view closed (evicted, signed out, every view closed): what it showed (its unread count) goes with it. */
  onClosed(viewId: string): void;
}

interface LiveView {
  viewId: string;
  frameUrl: string | null;
}

/**
 * Which of a profile's Bitrix24-mode views (its portals and the one Network view) are alive and
 * which is shown, told to the renderer as `portals.views` exactly as the API mode's portal views
 * are. At most `maxLive` stay alive (the least recently used goes, never the shown one). A view
 * that has closed is not heard any more: its host events are dropped.
 */
export class WebViewManager {
  private readonly options: WebViewManagerOptions;
  /** Most recently used first. */
  private live: LiveView[] = [];
  private activeId: string | null = null;
  private bounds: ContentBounds | null = null;

  constructor(options: WebViewManagerOptions) {
    this.options = options;
  }

  state(): PortalViewsState {
    return {
      live: this.live.map((view) => ({ portalId: view.viewId, frameUrl: view.frameUrl, reused: true })),
      activeId: this.activeId,
    };
  }

  isLive(viewId: string): boolean {
    return this.live.some((view) => view.viewId === viewId);
  }

  /** Shows the view: the live one as it is, or a new one loading `spec.url`. */
  open(spec: WebViewSpec): PortalView {
    const alive = this.find(spec.viewId);
    if (!alive) return this.create(spec);
    this.activate(alive);
    this.changed();
    return { portalId: alive.viewId, frameUrl: alive.frameUrl, reused: true };
  }

  /** Shows the view at `spec.url`: a live one loads that address, else a new one starts there. */
  navigate(spec: WebViewSpec): PortalView {
    const alive = this.find(spec.viewId);
    if (!alive) return this.create(spec);
    alive.frameUrl = this.options.host.load(spec.viewId, spec.url).frameUrl;
    this.activate(alive);
    this.changed();
    return { portalId: alive.viewId, frameUrl: alive.frameUrl, reused: true };
  }

  /** Where the content area is; null hides every view. Says whether a view is shown now. */
  layout(bounds: ContentBounds | null): { shown: boolean } {
    this.bounds = bounds;
    return { shown: this.place() };
  }

  /** Closes one view (its cookies stay); false when it was not alive. */
  close(viewId: string): boolean {
    const alive = this.find(viewId);
    if (!alive) return false;
    this.live = this.live.filter((view) => view !== alive);
    this.options.host.destroy(viewId);
    if (this.activeId === viewId) {
      this.activeId = null;
      this.place();
    }
    this.options.onClosed(viewId);
    this.changed();
    return true;
  }

  /** Closes every view (sign-out, another profile, the connection closing). */
  closeAll(): void {
    if (this.live.length === 0 && this.activeId === null) return;
    const closing = this.live;
    this.live = [];
    this.activeId = null;
    this.place();
    for (const view of closing) {
      this.options.host.destroy(view.viewId);
      this.options.onClosed(view.viewId);
    }
    this.changed();
  }

  private find(viewId: string): LiveView | undefined {
    return this.live.find((view) => view.viewId === viewId);
  }

  private create(spec: WebViewSpec): PortalView {
    const view: LiveView = { viewId: spec.viewId, frameUrl: null };
    const events = this.heardWhileLive(view, spec.events);
    view.frameUrl = this.options.host.create({ ...spec, events }).frameUrl;
    this.live.unshift(view);
    this.activate(view);
    this.evict();
    this.changed();
    return { portalId: view.viewId, frameUrl: view.frameUrl, reused: false };
  }

  /** A closed view's page may still report on its way out; only the view as it lives now is heard. */
  private heardWhileLive(view: LiveView, events: WebViewEvents): WebViewEvents {
    const live = () => this.live.includes(view);
    return {
      openPortal: (url) => {
        if (live()) events.openPortal(url);
      },
      titleChanged: (title, pageUrl) => {
        if (live()) events.titleChanged(title, pageUrl);
      },
    };
  }

  private activate(view: LiveView): void {
    this.live = [view, ...this.live.filter((other) => other !== view)];
    this.activeId = view.viewId;
    this.place();
  }

  /** Closes the least recently used views beyond the cap; the shown one always stays. */
  private evict(): void {
    while (this.live.length > this.options.maxLive) {
      const index = this.live.findLastIndex((view) => view.viewId !== this.activeId);
      if (index < 0) return;
      const [evicted] = this.live.splice(index, 1);
      if (evicted) {
        this.options.host.destroy(evicted.viewId);
        this.options.onClosed(evicted.viewId);
      }
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
