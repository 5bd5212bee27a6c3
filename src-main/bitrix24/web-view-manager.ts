import type { ContentBounds, PortalView, PortalViewsState } from '../../src-preload/contract.ts';
import type { EmitEvent } from '../events/event-sink.ts';
import { LiveViewList } from '../portal-views/live-view-list.ts';
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
  private readonly live: LiveViewList<LiveView>;

  constructor(options: WebViewManagerOptions) {
    this.options = options;
    this.live = new LiveViewList({
      maxLive: options.maxLive,
      idOf: (view) => view.viewId,
      show: (viewId, bounds) => options.host.show(viewId, bounds),
      hideAll: () => options.host.hideAll(),
      evicted: (view) => {
        options.host.destroy(view.viewId);
        options.onClosed(view.viewId);
      },
    });
  }

  state(): PortalViewsState {
    return {
      live: this.live.all.map((view) => ({ portalId: view.viewId, frameUrl: view.frameUrl, reused: true })),
      activeId: this.live.shownId,
    };
  }

  isLive(viewId: string): boolean {
    return this.live.find(viewId) !== undefined;
  }

  /** Shows the view: the live one as it is, or a new one loading `spec.url`. */
  open(spec: WebViewSpec): PortalView {
    const alive = this.live.find(spec.viewId);
    if (!alive) return this.create(spec);
    this.live.activate(alive);
    this.changed();
    return { portalId: alive.viewId, frameUrl: alive.frameUrl, reused: true };
  }

  /** Shows the view at `spec.url`: a live one loads that address, else a new one starts there. */
  navigate(spec: WebViewSpec): PortalView {
    const alive = this.live.find(spec.viewId);
    if (!alive) return this.create(spec);
    alive.frameUrl = this.options.host.load(spec.viewId, spec.url).frameUrl;
    this.live.activate(alive);
    this.changed();
    return { portalId: alive.viewId, frameUrl: alive.frameUrl, reused: true };
  }

  /** Where the content area is; null hides every view. Says whether a view is shown now. */
  layout(bounds: ContentBounds | null): { shown: boolean } {
    return { shown: this.live.layout(bounds) };
  }

  /** Closes one view (its cookies stay); false when it was not alive. */
  close(viewId: string): boolean {
    if (!this.live.remove(viewId)) return false;
    this.options.host.destroy(viewId);
    this.options.onClosed(viewId);
    this.changed();
    return true;
  }

  /** A new cap on live views: the least recently used beyond it close now. */
  setMaxLive(maxLive: number): void {
    if (this.live.setMaxLive(maxLive)) this.changed();
  }

  /** Closes every view (sign-out, another profile, the connection closing). */
  closeAll(): void {
    if (this.live.all.length === 0 && this.live.shownId === null) return;
    for (const view of this.live.clear()) {
      this.options.host.destroy(view.viewId);
      this.options.onClosed(view.viewId);
    }
    this.changed();
  }

  private create(spec: WebViewSpec): PortalView {
    const view: LiveView = { viewId: spec.viewId, frameUrl: null };
    const events = this.heardWhileLive(view, spec.events);
    view.frameUrl = this.options.host.create({ ...spec, events }).frameUrl;
    this.live.add(view);
    this.live.activate(view);
    this.live.evict();
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

  private changed(): void {
    this.options.emit('portals.views', this.state());
  }
}
