import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Portal } from '../../../src-preload/contract.ts';
import { isLive, usePortalViewsStore } from '../stores/portal-views-store.ts';
import { usePortalsStore } from '../stores/portal-list-store.ts';
import { PortalContent } from './portal-content.tsx';
import { useListedPortals, type PortalSort } from './portal-order.ts';
import { PortalSidebar } from './portal-sidebar.tsx';
import { useContentBounds } from './use-content-bounds.ts';
import { usePortalShortcuts } from './use-portal-shortcuts.ts';
import { useReopenLastActive } from './use-reopen-last-active.ts';

// Fetched the first time someone creates a portal.
const CreatePortalDialog = lazy(() => import('./create-portal-dialog.tsx'));

interface PortalsWorkspaceProps {
  /** False while another screen (profile, tools) shows instead: all of this stays mounted, hidden. */
  visible: boolean;
  /** Something of the shell (the account menu) is open over the content area. */
  covered: boolean;
}

/**
 * The portals: the sidebar list and the content area with the chosen portal's page. Kept mounted
 * behind other screens so that live portal pages, the search and the scroll position survive a
 * visit to the profile.
 */
export function PortalsWorkspace({ visible, covered }: PortalsWorkspaceProps) {
  const { i18n } = useTranslation();
  const portals = usePortalsStore((state) => state.portals);
  const prefs = usePortalsStore((state) => state.prefs);
  const complete = usePortalsStore((state) => state.complete);
  const addPortal = usePortalsStore((state) => state.add);
  const chosen = usePortalViewsStore((state) => state.chosen);
  const live = usePortalViewsStore((state) => state.live);
  const failedId = usePortalViewsStore((state) => state.openError?.portalId ?? null);
  const open = usePortalViewsStore((state) => state.open);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<PortalSort>('recent');
  const [showHidden, setShowHidden] = useState(false);
  const [creating, setCreating] = useState(false);
  const stageRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const wasVisible = useRef(visible);

  useEffect(() => {
    const stops = [usePortalsStore.getState().start(), usePortalViewsStore.getState().start()];
    void usePortalsStore.getState().load();
    return () => {
      for (const stop of stops) stop();
    };
  }, []);

  // Coming back from another screen, focus lands on the content's heading, not on the page body.
  useEffect(() => {
    if (visible && !wasVisible.current) headingRef.current?.focus();
    wasVisible.current = visible;
  }, [visible]);

  const { shown, hiddenCount } = useListedPortals({ portals, prefs, sort, showHidden, query, language: i18n.language });
  const byId = useMemo(() => new Map(portals.map((portal) => [portal.id, portal])), [portals]);
  // As the list has it now; while a reload has not reached it yet, as it was when chosen.
  const current = chosen ? (byId.get(chosen.id) ?? (complete ? null : chosen)) : null;
  const showing = current !== null && isLive(live, current.id) && failedId !== current.id;
  const openPortal = (portal: Portal) => void open(portal);

  useReopenLastActive(openPortal);
  useContentBounds(stageRef, visible && !covered && !creating && showing);
  usePortalShortcuts(visible && !creating, shown, current?.id ?? null, openPortal);

  return (
    <div className="shell-body" hidden={!visible}>
      <PortalSidebar
        listed={shown}
        hiddenCount={hiddenCount}
        chosenId={current?.id ?? null}
        query={query}
        onQueryChange={setQuery}
        sort={sort}
        onSortChange={setSort}
        showHidden={showHidden}
        onShowHiddenChange={setShowHidden}
        onOpen={openPortal}
        onCreate={() => setCreating(true)}
      />
      <PortalContent
        portal={current}
        hidden={current !== null && prefs.hiddenIds.includes(current.id)}
        showing={showing}
        stageRef={stageRef}
        headingRef={headingRef}
        titleOf={(portalId) => byId.get(portalId)?.title ?? ''}
      />
      {creating && (
        <Suspense fallback={null}>
          <CreatePortalDialog
            onClose={() => setCreating(false)}
            onCreated={(portal) => {
              addPortal(portal);
              setCreating(false);
              openPortal(portal);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
