import { fail, ok, type Portal, type PortalCreationQuota, type PortalNameCheck, type PortalZone, type Result } from '../../../src-preload/contract.ts';
import type { ApiClient } from '../../api/api-client.ts';
import { portalsApi, toCreationQuota, toNameCheck, toPortal, toPortalZones, toSuggestedName } from '../../api/portals-api.ts';
import { bridgeResult, failWith, publicError } from '../../api/public-error.ts';
import type { PortalsListService } from './portals-list-service.ts';

export interface PortalCreationOptions {
  api: ApiClient;
  /** The signed-in person's list, which a created portal joins (in memory and on disk); null when nobody is signed in. */
  list(): PortalsListService | null;
}

/** Creating a portal: zones, a suggested name, whether a name is free, and the creation itself. */
export class PortalCreationService {
  private readonly options: PortalCreationOptions;

  constructor(options: PortalCreationOptions) {
    this.options = options;
  }

  async zones(): Promise<Result<PortalZone[]>> {
    return bridgeResult(await portalsApi.zones(this.options.api), toPortalZones);
  }

  async suggestName(zone: string): Promise<Result<{ name: string; domain: string }>> {
    return bridgeResult(await portalsApi.suggestName(this.options.api, zone), toSuggestedName);
  }

  async checkName(name: string, zone: string): Promise<Result<PortalNameCheck>> {
    return bridgeResult(await portalsApi.availability(this.options.api, name, zone), toNameCheck);
  }

  async creationQuota(): Promise<Result<PortalCreationQuota>> {
    return bridgeResult(await portalsApi.creationQuota(this.options.api), toCreationQuota);
  }

  /**
   * The server enforces the name rules and the limit (`portal_name_taken`, `portal_limit_reached`).
   * An empty title is left out: the server names the portal after its address.
   */
  async create(name: string, zone: string, title: string): Promise<Result<Portal>> {
    // The list of whoever asked: should they leave meanwhile, the portal still joins their cache file.
    const list = this.options.list();
    if (!list) return failWith('unauthorized');
    const created = await portalsApi.create(this.options.api, title === '' ? { name, zone } : { name, zone, title });
    if (!created.ok) return fail(publicError(created.error));
    const portal = toPortal(created.value);
    list.add(portal);
    return ok(portal);
  }
}
