import {
  fail,
  ok,
  type ContentBounds,
  type PortalStatus,
  type PortalView,
  type PortalViewsState,
  type Result,
} from '../../../src-preload/contract.ts';
import type { ApiClient } from '../../api/api-client.ts';
import { portalsApi } from '../../api/portals-api.ts';
import { failWith, publicError } from '../../api/public-error.ts';
import type { EmitEvent } from '../../events/event-sink.ts';
import type { Person } from '../../person/person.ts';
import type { MockPortalPages, PortalViewHost } from '../../portal-views/portal-view-host.ts';
import { PortalViewManager } from '../../portal-views/portal-view-manager.ts';
import { isPortalSignInUrl } from './portal-sign-in-url.ts';
import type { PortalsCacheFile } from './portals-cache-file.ts';
import { portalPartition } from './portals-person.ts';

export interface PortalSwitchOptions {
  api: ApiClient;
  /** Whose views these are: each portal's partition is theirs. */
  person: Person;
  /** Where the person's last opened portal is remembered. */
  cache: PortalsCacheFile;
  /** The portal's status in the loaded list, if it is there. */
  statusOf(portalId: string): PortalStatus | null;
  /** The portal's domain, which its one-time sign-in link must be on; null when it is not the person's. */
  domainOf(portalId: string): Promise<string | null>;
  host: PortalViewHost;
  maxLiveViews: number;
  mockPages: MockPortalPages | null;
  localServer: string | null;
  emit: EmitEvent;
  now?: () => number;
}

/**
 * Switching one person's portals: opens one (signed in with a one-time login the first time), places
 * the views, signs out of one. It lives in the person's scope; disposing it closes every view.
 */
export class PortalSwitchService {
  private readonly options: PortalSwitchOptions;
  private readonly views: PortalViewManager;
  private disposed = false;

  constructor(options: PortalSwitchOptions) {
    this.options = options;
    this.views = new PortalViewManager({
      host: options.host,
      maxLive: options.maxLiveViews,
      mockPages: options.mockPages,
      localServer: options.localServer,
      emit: options.emit,
      ssoLink: (portalId) => this.loginUrl(portalId),
    });
  }

  async open(portalId: string): Promise<Result<PortalView>> {
    if (this.disposed) return failWith('unauthorized');
    const { person } = this.options;
    const status = this.options.statusOf(portalId);
    if (status === 'deleted' || status === 'access_revoked') return failWith('portal_unavailable', { reason: status });
    const opened = await this.views.open(portalId, portalPartition(person, portalId));
    // The person may have left while the view was opening: nothing is remembered for them then.
    if (opened.ok && !this.disposed) this.options.cache.recordOpened(portalId, (this.options.now ?? Date.now)());
    return opened;
  }

  async layout(bounds: ContentBounds | null): Promise<Result<{ shown: boolean }>> {
    return ok(this.views.layout(bounds));
  }

  async signOut(portalId: string): Promise<Result<PortalViewsState>> {
    if (this.disposed) return failWith('unauthorized');
    const state = await this.views.signOut(portalId, portalPartition(this.options.person, portalId));
    this.options.cache.forgetActive(portalId);
    return ok(state);
  }

  /** The person left (signed out, someone else signed in, another server): every view closes. */
  /** A new cap on live views (the Settings screen). */
  setMaxLiveViews(maxLive: number): void {
    this.views.setMaxLive(maxLive);
  }

  dispose(): void {
    this.disposed = true;
    this.views.closeAll();
  }

  /** The one-time sign-in link, only if it is on the portal's own domain (see isPortalSignInUrl). */
  private async loginUrl(portalId: string): Promise<Result<string>> {
    const link = await portalsApi.ssoLink(this.options.api, portalId);
    if (!link.ok) return fail(publicError(link.error));
    const domain = await this.options.domainOf(portalId);
    if (domain === null || !isPortalSignInUrl(link.value.url, domain)) {
      // A sign-in link off the portal's own address is the server's fault; it is never loaded.
      return failWith('server');
    }
    return ok(link.value.url);
  }
}
