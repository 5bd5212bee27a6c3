import type { ContentBounds } from '../../src-preload/contract.ts';

/** A page as a portal would answer it. */
export interface PortalPage {
  status: number;
  html: string;
}

/** With the embedded mock, which plays every portal: the page for a URL on a portal's host. */
export type MockPortalPages = (url: string) => PortalPage;

export interface PortalViewSpec {
  portalId: string;
  /** The person's own session partition for this portal: cookies are never shared between people or servers. */
  partition: string;
  /** The one-time login. Secret: it only loads the view; never logged, never sent to the renderer. */
  loginUrl: string;
  /** Set with the embedded mock: portal pages come from it, and no request leaves this machine. */
  mockPages: MockPortalPages | null;
  /**
   * Set when the server is a local mock server (plain http on this machine, e.g. `npm run mock-server`),
   * as its origin: it plays every portal, told apart by Host, so the harness asks it for a portal's page.
   */
  localServer: string | null;
}

/** What a host made of a new view: the harness's iframe address, or why it cannot show the page at all. */
export type CreatedPortalView = { frameUrl: string | null } | { refused: 'framing' };

/**
 * What shows portal pages: WebContentsViews in Electron (src-main/electron/web-contents-portal-views.ts),
 * iframes in the browser harness (harness/portal-frames.ts). The view manager decides; a host only obeys.
 */
export interface PortalViewHost {
  /**
   * Creates the portal's view, hidden, and starts loading the login in it; `frameUrl` is the harness's
   * iframe address. The harness refuses a real portal: it frames only pages it serves itself.
   */
  create(spec: PortalViewSpec): CreatedPortalView;
  destroy(portalId: string): void;
  /** Deletes everything the portal stored in the partition (cookies, storage). */
  clear(portalId: string, partition: string): Promise<void>;
  /** Shows this portal's view over the content area and hides every other. */
  show(portalId: string, bounds: ContentBounds): void;
  hideAll(): void;
}
