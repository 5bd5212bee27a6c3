/** Says whether the answer to one request may still be applied. */
export type IsCurrent = () => boolean;

/**
 * Drops answers that arrive too late: for an older request, after a reset, or after the scope the
 * guard lives in (a start, the signed-in person) was left. One guard per kind of request.
 */
export interface RequestGuard {
  /** Begins a request whose answer counts until `invalidate` (this guard's, or its parent's). */
  begin(): IsCurrent;
  /** Begins a request whose answer counts only while no later `latest` request of this guard began. */
  latest(): IsCurrent;
  /** Makes every answer begun so far stale. */
  invalidate(): void;
}

/** A guard whose answers also go stale whenever `parent`'s do. */
export function createRequestGuard(parent?: RequestGuard): RequestGuard {
  let generation = 0;
  let newest = 0;

  const begin = (): IsCurrent => {
    const parentCurrent = parent?.begin();
    const mine = generation;
    return () => mine === generation && (parentCurrent?.() ?? true);
  };

  return {
    begin,
    latest() {
      const request = ++newest;
      const current = begin();
      return () => request === newest && current();
    },
    invalidate() {
      generation++;
    },
  };
}
