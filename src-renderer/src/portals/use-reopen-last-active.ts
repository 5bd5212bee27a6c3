import { useEffect, useEffectEvent, useRef } from 'react';
import type { Portal } from '../../../src-preload/contract.ts';
import { usePortalViewsStore } from '../stores/portal-views-store.ts';
import { usePortalsStore } from '../stores/portal-list-store.ts';

/**
 * After sign-in (or a restart), opens the portal that was open last, once: as soon as the list
 * holds it, if it is still active and not hidden, and the person has not chosen another meanwhile.
 */
export function useReopenLastActive(open: (portal: Portal) => void): void {
  const portals = usePortalsStore((state) => state.portals);
  const loaded = usePortalsStore((state) => state.loaded);
  const complete = usePortalsStore((state) => state.complete);
  const prefs = usePortalsStore((state) => state.prefs);
  const settled = useRef(false);
  const reopen = useEffectEvent(open);

  useEffect(() => {
    if (settled.current || !loaded) return;
    const { lastActiveId, hiddenIds } = prefs;
    const last = lastActiveId === null ? undefined : portals.find((portal) => portal.id === lastActiveId);
    // Not in the pages so far: a later one may bring it.
    if (!last && lastActiveId !== null && !complete) return;
    settled.current = true;
    if (last && last.status === 'active' && !hiddenIds.includes(last.id) && usePortalViewsStore.getState().chosen === null) {
      reopen(last);
    }
  }, [portals, loaded, complete, prefs]);
}
