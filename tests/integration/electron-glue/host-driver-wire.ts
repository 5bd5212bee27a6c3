/**
 * How the test drives the Bitrix24 mode's Electron glue directly (host-driver-main.ts, run under the
 * recording stand-in): each call is an ipcMain channel of the driver's, invoked from its window.
 */

/** A WebViewSpec as plain data: the profile's portals as a list, the view's events recorded by the driver. */
export interface DriverViewSpec {
  viewId: string;
  kind: 'network' | 'portal';
  partition: string;
  url: string;
  rules: { viewOrigin: string; networkUrl: string; allowLoopback: boolean; knownPortalOrigins: string[] };
}

/** One call a view made to its WebViewEvents. */
export interface DriverViewEvent {
  viewId: string;
  event: 'openPortal' | 'titleChanged';
  args: unknown[];
}

export const DRIVER = {
  create: 'driver:host.create',
  load: 'driver:host.load',
  destroy: 'driver:host.destroy',
  clearOrigin: 'driver:host.clearOrigin',
  clearPartition: 'driver:host.clearPartition',
  show: 'driver:host.show',
  hideAll: 'driver:host.hideAll',
  /** Every DriverViewEvent so far. */
  events: 'driver:events',
  showUnread: 'driver:attention.showUnread',
} as const;

/** The platform the driver's attention believes it runs on (win32 to see the overlay icon). */
export const DRIVER_PLATFORM_ENV = 'STAND_IN_DRIVER_PLATFORM';
