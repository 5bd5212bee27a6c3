import type { ContentBounds, Portal } from '../../src-preload/contract.ts';
import type { WebView } from './view-navigation.ts';

/** What a Bitrix24-mode view tells main about its page. */
export interface WebViewEvents {
  /** The Network's page opened a Bitrix24 portal (`decideNavigation` said `open-portal`): main adds it and shows it. */
  openPortal(url: string): void;
  /**
   * The page's title changed (a portal's title carries its unread count, e.g. "(3) …"), on the page
   * at `pageUrl`: a portal's view on the Network's sign-in reports the Network's title, which is
   * neither the portal's name nor its count.
   */
  titleChanged(title: string, pageUrl: string): void;
}

/** Everything `decideNavigation` needs besides where the page asks to go. */
export interface WebViewRules {
  viewOrigin: string;
  /** The Network's address: the real Network's sibling hosts count as the Network too. */
  networkUrl: string;
  /** Tests and the emulated Network only: loopback http is allowed, and loopback counts as a portal. */
  allowLoopback: boolean;
  /** The profile's portals now, so a self-hosted one opened from the Network's page opens as a portal. */
  knownPortalOrigins(): readonly string[];
}

export interface WebViewSpec {
  /** A portal's origin, or `NETWORK_VIEW_ID` for the Network's pages. */
  viewId: string;
  kind: WebView;
  /** The profile's persistent partition (`persist:bitrix24-<id>`): every view of a profile shares it, no other does. */
  partition: string;
  /** The address loaded first: the portal's own address (no one-time link), or a Network page. */
  url: string;
  rules: WebViewRules;
  events: WebViewEvents;
}

/**
 * What shows Bitrix24-mode pages: Electron's WebContentsViews (src-main/electron/), or the browser
 * harness's proxied frames (harness/). Pages run sandboxed, without preload or Node; every
 * navigation and pop-up goes through `decideNavigation`, and only web notifications from a portal's
 * own origin are allowed. The view manager decides what is alive and shown; a host only obeys.
 */
export interface WebViewHost {
  /** Creates the view, hidden, and starts loading `spec.url`; `frameUrl` is the harness's iframe address. */
  create(spec: WebViewSpec): { frameUrl: string | null };
  /**
   * Loads another address in a live view (the Network view going to another of its pages). The
   * harness answers a new `frameUrl` (the renderer's iframe reloads when its address changes), so
   * the manager puts it in the view's state; Electron answers null.
   */
  load(viewId: string, url: string): { frameUrl: string | null };
  destroy(viewId: string): void;
  /** Deletes what one origin stored in the partition (cookies, storage): "Sign out of this portal". */
  clearOrigin(partition: string, origin: string): Promise<void>;
  /** Deletes everything the partition holds: "Sign out" of a profile, or a profile removed. */
  clearPartition(partition: string): Promise<void>;
  /** Shows this view over the content area and hides every other. */
  show(viewId: string, bounds: ContentBounds): void;
  hideAll(): void;
}

/** A portal whose page says it has unread items. */
export interface UnreadPortal {
  portal: Portal;
  count: number;
}

/** The unread total and the portals it comes from. */
export interface UnreadSummary {
  total: number;
  /** Only portals with a count; in no particular order. */
  portals: UnreadPortal[];
}

/** The app's own window, as Bitrix24 mode needs it: the unread total on the dock or taskbar, in the title and the tray. */
export interface AppAttention {
  /** `app.setBadgeCount`, the Windows overlay icon, the window title and the tray's menu; a total of 0 clears them. */
  showUnread(unread: UnreadSummary): void;
}
