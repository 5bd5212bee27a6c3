import type { ApiClient } from '../api/api-client.ts';
import type { EmitEvent } from '../events/event-sink.ts';
import type { Logger } from '../logging/logger.ts';
import type { MockPortalPages, PortalViewHost } from '../portal-views/portal-view-host.ts';
import { PortalSwitchService } from '../services/portals/portal-switch-service.ts';
import { PortalsCacheFile } from '../services/portals/portals-cache-file.ts';
import { PortalsListService } from '../services/portals/portals-list-service.ts';
import type { Person } from './person.ts';

export interface PersonScopeDeps {
  api: ApiClient;
  dataDir: string;
  host: PortalViewHost;
  maxLiveViews: number;
  mockPages: MockPortalPages | null;
  /** The server's origin when it is a local mock server (see PortalViewSpec). */
  localServer: string | null;
  emit: EmitEvent;
  log: Logger;
  /** Load ids keep rising across the people of one connection (see PortalsListOptions). */
  nextLoadId(): number;
}

/**
 * Everything that belongs to one signed-in person on one connection: their portal list and prefs,
 * their portal views. Opened when they sign in (or are restored); disposed when they leave, so
 * nothing of theirs is left for whoever comes next.
 */
export class PersonScope {
  readonly person: Person;
  readonly portals: PortalsListService;
  readonly portalSwitch: PortalSwitchService;

  constructor(person: Person, deps: PersonScopeDeps) {
    this.person = person;
    const cache = new PortalsCacheFile(deps.dataDir, person);
    const portals = new PortalsListService({ api: deps.api, cache, nextLoadId: deps.nextLoadId, emit: deps.emit, log: deps.log });
    this.portals = portals;
    this.portalSwitch = new PortalSwitchService({
      api: deps.api,
      person,
      cache,
      statusOf: (portalId) => portals.statusOf(portalId),
      domainOf: (portalId) => portals.domainOf(portalId),
      host: deps.host,
      maxLiveViews: deps.maxLiveViews,
      mockPages: deps.mockPages,
      localServer: deps.localServer,
      emit: deps.emit,
    });
  }

  /** The list is forgotten (a load under way sends nothing more) and every view closes. */
  dispose(): void {
    this.portals.dispose();
    this.portalSwitch.dispose();
  }
}
