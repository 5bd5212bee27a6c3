import { fail, ok, type Portal, type PortalNameCheck, type PortalZone, type Result } from '../../../src-preload/contract.ts';
import type { ApiClient } from '../../api/api-client.ts';
import { portalsApi } from '../../api/endpoints.ts';
import { bridgeResult, failWith, publicError } from '../../api/public-error.ts';
import { toPortal } from './portal-from-wire.ts';
import type { PortalsPerson } from './portals-person.ts';

export interface PortalCreationOptions {
  api: ApiClient;
  person(): PortalsPerson | null;
  /** Puts the created portal in the person's list (in memory and on disk). */
  created(person: PortalsPerson, portal: Portal): void;
}

/** Creating a portal: zones, a suggested name, whether a name is free, and the creation itself. */
export class PortalCreationService {
  private readonly options: PortalCreationOptions;

  constructor(options: PortalCreationOptions) {
    this.options = options;
  }

  async zones(): Promise<Result<PortalZone[]>> {
    return bridgeResult(await portalsApi.zones(this.options.api), (zones) =>
      zones.items.map((zone) => ({ zone: zone.zone, domainSuffix: zone.domain_suffix })),
    );
  }

  async suggestName(zone: string): Promise<Result<{ name: string; domain: string }>> {
    return bridgeResult(await portalsApi.suggestName(this.options.api, zone), (suggested) => ({
      name: suggested.name,
      domain: suggested.domain,
    }));
  }

  async checkName(name: string, zone: string): Promise<Result<PortalNameCheck>> {
    return bridgeResult(await portalsApi.availability(this.options.api, name, zone), (check) => ({
      available: check.available,
      ...(check.reason ? { reason: check.reason } : {}),
    }));
  }

  /** The server enforces the name rules and the limit (`portal_name_taken`, `portal_limit_reached`). */
  async create(name: string, zone: string): Promise<Result<Portal>> {
    const person = this.options.person();
    if (!person) return failWith('unauthorized');
    const created = await portalsApi.create(this.options.api, name, zone);
    if (!created.ok) return fail(publicError(created.error));
    const portal = toPortal(created.value);
    this.options.created(person, portal);
    return ok(portal);
  }
}
