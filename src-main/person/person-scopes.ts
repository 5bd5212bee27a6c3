import { ok, type ContentBounds, type Result } from '../../src-preload/contract.ts';
import { failWith } from '../api/public-error.ts';
import type { PortalSwitchService } from '../services/portals/portal-switch-service.ts';
import type { PortalsListService } from '../services/portals/portals-list-service.ts';
import { PersonScope, type PersonScopeDeps } from './person-scope.ts';
import { samePerson, type Person } from './person.ts';

const nobodySignedIn = <T>(): Promise<Result<T>> => Promise.resolve(failWith('unauthorized'));

/**
 * One connection's signed-in person: follows the session's person signal, opening a scope for each
 * person and disposing it when they leave; the channels reach the scope of whoever is signed in now.
 */
export class PersonScopes {
  private deps: Omit<PersonScopeDeps, 'nextLoadId'>;
  private scope: PersonScope | null = null;
  private lastLoadId = 0;
  /** The window's content area outlives any one person: a new person's views go there too. */
  private bounds: ContentBounds | null = null;

  constructor(deps: Omit<PersonScopeDeps, 'nextLoadId'>) {
    this.deps = deps;
  }

  /** The scope of whoever is signed in, or null. */
  get current(): PersonScope | null {
    return this.scope;
  }

  /** The session said who is signed in now: someone else than the scope's person ends that scope. */
  follow(person: Person | null): void {
    if (this.scope && samePerson(this.scope.person, person)) return;
    this.scope?.dispose();
    this.scope = person ? this.open(person) : null;
  }

  /** A new cap on live views: the current person's views follow it now, the next person's from the start. */
  setMaxLiveViews(maxLiveViews: number): void {
    this.deps = { ...this.deps, maxLiveViews };
    this.scope?.portalSwitch.setMaxLiveViews(maxLiveViews);
  }

  /** The connection closes (another server, or the app quits). */
  close(): void {
    this.follow(null);
  }

  /** The portal list channels, answered by the signed-in person's list. */
  readonly portals: Pick<PortalsListService, 'list' | 'reload' | 'linkedNotice' | 'setHidden'> = {
    list: () => (this.scope ? this.scope.portals.list() : nobodySignedIn()),
    reload: () => (this.scope ? this.scope.portals.reload() : nobodySignedIn()),
    linkedNotice: () => (this.scope ? this.scope.portals.linkedNotice() : nobodySignedIn()),
    setHidden: (portalId, hidden) => (this.scope ? this.scope.portals.setHidden(portalId, hidden) : nobodySignedIn()),
  };

  /** The portal view channels, answered by the signed-in person's views. */
  readonly portalSwitch: Pick<PortalSwitchService, 'open' | 'layout' | 'signOut'> = {
    open: (portalId) => (this.scope ? this.scope.portalSwitch.open(portalId) : nobodySignedIn()),
    layout: async (bounds) => {
      this.bounds = bounds;
      return this.scope ? this.scope.portalSwitch.layout(bounds) : ok({ shown: false });
    },
    signOut: (portalId) => (this.scope ? this.scope.portalSwitch.signOut(portalId) : nobodySignedIn()),
  };

  private open(person: Person): PersonScope {
    const scope = new PersonScope(person, { ...this.deps, nextLoadId: () => ++this.lastLoadId });
    if (this.bounds) void scope.portalSwitch.layout(this.bounds);
    return scope;
  }
}
