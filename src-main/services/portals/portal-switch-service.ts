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
import { portalsApi } from '../../api/endpoints.ts';
import { failWith, publicError } from '../../api/public-error.ts';
import type { EmitEvent } from '../../events/event-sink.ts';
import type { MockPortalPages, PortalViewHost } from '../../portal-views/portal-view-host.ts';
import { PortalViewManager } from '../../portal-views/portal-view-manager.ts';
import { isPortalSignInUrl } from './portal-sign-in-url.ts';
import { portalPartition, samePerson, type PortalsPerson } from './portals-person.ts';
import type { PortalsStore } from './portals-store.ts';

export interface PortalSwitchOptions {
  api: ApiClient;
  person(): PortalsPerson | null;
  store(person: PortalsPerson): PortalsStore;
  /** The portal's status in the loaded list, if it is there. */
  statusOf(portalId: string): PortalStatus | null;
  /** The portal's domain, which its one-time sign-in link must be on; null when it is not the person's. */
  domainOf(portalId: string): Promise<string | null>;
  host: PortalViewHost;
  maxLiveViews: number;
  mockPages: MockPortalPages | null;
  emit: EmitEvent;
  now?: () => number;
}

/**
 * Switching portals: opens one (signed in with a one-time login the first time), places the views,
 * signs out of one. The views belong to one person: another person, or none, closes them all.
 */
export class PortalSwitchService {
  private readonly options: PortalSwitchOptions;
  private readonly views: PortalViewManager;
  private owner: PortalsPerson | null = null;

  constructor(options: PortalSwitchOptions) {
    this.options = options;
    this.views = new PortalViewManager({
      host: options.host,
      maxLive: options.maxLiveViews,
      mockPages: options.mockPages,
      emit: options.emit,
      ssoLink: (portalId) => this.loginUrl(portalId),
    });
  }

  async open(portalId: string): Promise<Result<PortalView>> {
    const person = this.options.person();
    if (!person) return failWith('unauthorized');
    this.keepOnly(person);
    this.owner = person;
    const status = this.options.statusOf(portalId);
    if (status === 'deleted' || status === 'access_revoked') return failWith('portal_unavailable', { reason: status });
    const opened = await this.views.open(portalId, portalPartition(person, portalId));
    if (opened.ok && samePerson(this.owner, person)) this.options.store(person).recordOpened(portalId, (this.options.now ?? Date.now)());
    return opened;
  }

  async layout(bounds: ContentBounds | null): Promise<Result<{ shown: boolean }>> {
    return ok(this.views.layout(bounds));
  }

  async signOut(portalId: string): Promise<Result<PortalViewsState>> {
    const person = this.options.person();
    if (!person) return failWith('unauthorized');
    const state = await this.views.signOut(portalId, portalPartition(person, portalId));
    this.options.store(person).forgetActive(portalId);
    return ok(state);
  }

  /** Closes every view unless they are this person's (the session changed, or ended). */
  keepOnly(person: PortalsPerson | null): void {
    if (this.owner === null || samePerson(this.owner, person)) return;
    this.owner = null;
    this.views.closeAll();
  }

  closeAll(): void {
    this.owner = null;
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
