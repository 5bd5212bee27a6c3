import {
  NETWORK_VIEW_ID,
  ok,
  type ContentBounds,
  type LinkedPortalsNotice,
  type NetworkPage,
  type Portal,
  type PortalExport,
  type PortalImportReport,
  type PortalPrefs,
  type PortalsSnapshot,
  type PortalView,
  type PortalViewsState,
  type Result,
  type UnreadCounts,
} from '../../src-preload/contract.ts';
import { failWith } from '../api/public-error.ts';
import type { EmitEvent } from '../events/event-sink.ts';
import type { Logger } from '../logging/logger.ts';
import { networkPageUrl } from './network-pages.ts';
import type { Profile } from './profiles.ts';
import { UnreadTracker } from './unread-tracker.ts';
import type { AppAttention, WebViewEvents, WebViewHost, WebViewRules } from './web-view-host.ts';
import { WebPortalList } from './web-portal-list.ts';
import { WebViewManager } from './web-view-manager.ts';

export interface ProfileScopeDeps {
  dataDir: string;
  /** The Network's address (`parseNetworkUrl`'s form). */
  networkUrl: string;
  /** The Network is on loopback (tests, the emulated Network): loopback portals over http are allowed. */
  allowLoopback: boolean;
  host: WebViewHost;
  attention: AppAttention;
  maxLiveViews: number;
  emit: EmitEvent;
  log: Logger;
  /** Load ids keep rising across the profiles of one connection. */
  nextLoadId(): number;
  now?: () => number;
}

/** Only an origin is logged: a full address may carry a sign-in code in its query. */
function originForLog(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'not a URL';
  }
}

/**
 * What belongs to the profile shown: its portal list and their use, its views (the portals' and the
 * Network's, all in its partition) and their unread counts. Opened when the profile is shown,
 * disposed when another is shown or the connection closes; nothing of it is left for the next one.
 */
export class ProfileScope {
  readonly profile: Profile;
  private readonly deps: ProfileScopeDeps;
  private readonly list: WebPortalList;
  private readonly views: WebViewManager;
  private readonly unreadCounts = new UnreadTracker();
  private readonly networkOrigin: string;

  constructor(profile: Profile, deps: ProfileScopeDeps) {
    this.profile = profile;
    this.deps = deps;
    this.networkOrigin = new URL(deps.networkUrl).origin;
    this.list = new WebPortalList({
      dataDir: deps.dataDir,
      profileId: profile.id,
      allowLoopback: deps.allowLoopback,
      nextLoadId: deps.nextLoadId,
      log: deps.log,
      now: deps.now,
    });
    this.views = new WebViewManager({
      host: deps.host,
      maxLive: deps.maxLiveViews,
      emit: deps.emit,
      onClosed: (viewId) => {
        if (this.unreadCounts.drop(viewId)) this.unreadChanged();
      },
    });
  }

  readonly portals = {
    list: async (): Promise<Result<PortalsSnapshot>> => ok(this.list.snapshot()),
    reload: async (): Promise<Result<PortalsSnapshot>> => ok(this.list.snapshot()),
    // Portals are added here by address, never linked by a server: there is nothing to announce.
    linkedNotice: async (): Promise<Result<LinkedPortalsNotice>> => ok({ newlyLinked: [] }),
    setHidden: async (portalId: string, hidden: boolean): Promise<Result<PortalPrefs>> => this.list.setHidden(portalId, hidden),
    add: async (address: string): Promise<Result<Portal>> => this.list.add(address),
    remove: async (portalId: string): Promise<Result<PortalsSnapshot>> => {
      if (this.list.portal(portalId) === null) return failWith('not_found');
      this.views.close(portalId);
      await this.deps.host.clearOrigin(this.profile.partition, portalId);
      return this.list.remove(portalId);
    },
    importAddresses: async (text: string): Promise<Result<PortalImportReport>> => this.list.importAddresses(text),
    exportAddresses: async (): Promise<Result<PortalExport>> => ok(this.list.exportAddresses()),
    unread: async (): Promise<Result<UnreadCounts>> => ok(this.unreadCounts.snapshot()),
  };

  readonly portalSwitch = {
    open: async (portalId: string): Promise<Result<PortalView>> => this.openPortal(portalId),
    layout: async (bounds: ContentBounds | null): Promise<Result<{ shown: boolean }>> => ok(this.views.layout(bounds)),
    /** "Sign out of this portal": its view closes and its origin's cookies and storage go; the Network's stay. */
    signOut: async (portalId: string): Promise<Result<PortalViewsState>> => {
      if (this.list.portal(portalId) === null) return failWith('not_found');
      this.views.close(portalId);
      await this.deps.host.clearOrigin(this.profile.partition, portalId);
      this.list.signedOut(portalId);
      return ok(this.views.state());
    },
  };

  /** Shows a page of the Network in the one Network view: created if it is not alive, else sent there. */
  openNetwork(page: NetworkPage): PortalView {
    return this.views.navigate({
      viewId: NETWORK_VIEW_ID,
      kind: 'network',
      partition: this.profile.partition,
      url: networkPageUrl(this.deps.networkUrl, page),
      rules: this.rules(this.networkOrigin),
      events: {
        openPortal: (url) => this.openFromNetwork(url),
        // The Network's title carries no count.
        titleChanged: () => {},
      },
    });
  }

  /** A new cap on live views (the Settings screen): the least recently used beyond it close now. */
  setMaxLiveViews(maxLive: number): void {
    this.views.setMaxLive(maxLive);
  }

  /** Every view closes (their cookies stay): before the partition is cleared. */
  closeViews(): void {
    this.views.closeAll();
  }

  /** Another profile is shown, or the connection closes: every view closes and the counts go with them. */
  dispose(): void {
    this.views.closeAll();
  }

  private openPortal(portalId: string): Result<PortalView> {
    const portal = this.list.portal(portalId);
    if (portal === null) return failWith('not_found');
    const view = this.views.open({
      viewId: portalId,
      kind: 'portal',
      partition: this.profile.partition,
      // Its own address: the portal's pages sign the person in through the Network by themselves.
      url: `${portalId}/`,
      rules: this.rules(portalId),
      events: this.portalEvents(portalId),
    });
    this.list.opened(portalId);
    return ok(view);
  }

  private rules(viewOrigin: string): WebViewRules {
    return {
      viewOrigin,
      networkUrl: this.deps.networkUrl,
      allowLoopback: this.deps.allowLoopback,
      knownPortalOrigins: () => this.list.origins(),
    };
  }

  private portalEvents(portalId: string): WebViewEvents {
    return {
      openPortal: (url) => this.openFromNetwork(url),
      titleChanged: (title, pageUrl) => {
        // On the Network's sign-in (or anywhere but its own origin) the page says nothing of the portal.
        const onOwnOrigin = originOf(pageUrl) === portalId;
        // The name first, so that the tray lists the portal by the name its page gives itself.
        if (onOwnOrigin && this.list.learnTitle(portalId, title)) this.deps.emit('portals.listChanged', this.list.snapshot());
        if (this.unreadCounts.titleChanged(portalId, onOwnOrigin ? title : '')) this.unreadChanged();
      },
    };
  }

  /** The Network's page opened a portal: it is listed if new, opened, and shown in the window. */
  private openFromNetwork(url: string): void {
    const opened = this.list.addOpened(url);
    if (opened === null) {
      this.deps.log.warn('A page opened an address that is not a portal the list can take', { origin: originForLog(url) });
      return;
    }
    if (opened.added) this.deps.emit('portals.listChanged', this.list.snapshot());
    const view = this.openPortal(opened.portal.id);
    if (view.ok) this.deps.emit('portals.activate', { portal: opened.portal });
  }

  private unreadChanged(): void {
    const counts = this.unreadCounts.snapshot();
    this.deps.emit('portals.unread', counts);
    const portals = Object.entries(counts.counts).flatMap(([portalId, count]) => {
      const portal = this.list.portal(portalId);
      return portal ? [{ portal, count }] : [];
    });
    this.deps.attention.showUnread({ total: counts.total, portals });
  }
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
