import { createRequestGuard, type RequestGuard } from './request-guard.ts';

/** What a store holding the signed-in person's data hands the scope. */
export interface PersonData {
  /** Forgets it all: the person signed out, someone else signed in, or the server changed. */
  reset(): void;
  /** The server can be reached again and the same person is signed in: what is on show may be out of date. */
  refresh?(): void;
}

/**
 * The signed-in person, and the one list of what belongs to them. The session store alone says who
 * the person is (`enter`); stores that hold a person's data `hold` it here, and guard their requests
 * with `requests()`, so an answer meant for an earlier person is never shown.
 */
export interface PersonScope {
  hold(data: PersonData): void;
  /** A guard whose answers go stale when the person changes; a request begun while nobody is signed in is stale from the start. */
  requests(): RequestGuard;
  /** Who is signed in now (null: nobody, or not known yet). Resets every holder if that is someone else. */
  enter(personId: string | null): void;
  /** The server is reachable again: refreshes every holder if someone is signed in. */
  reconnected(): void;
}

export function createPersonScope(): PersonScope {
  const holders: PersonData[] = [];
  const person = createRequestGuard();
  let current: string | null = null;
  // A screen's effect can start a load just after the session ended: its answer belongs to nobody.
  const signedIn: RequestGuard = { ...person, begin: () => (current === null ? () => false : person.begin()) };

  return {
    hold(data) {
      holders.push(data);
    },
    requests: () => createRequestGuard(signedIn),
    enter(personId) {
      if (personId === current) return;
      current = personId;
      person.invalidate();
      for (const holder of holders) holder.reset();
    },
    reconnected() {
      if (current === null) return;
      for (const holder of holders) holder.refresh?.();
    },
  };
}
