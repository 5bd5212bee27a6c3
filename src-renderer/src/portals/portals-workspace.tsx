import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NETWORK_VIEW_ID, type Portal, type PortalImportReport } from '../../../src-preload/contract.ts';
import { IconButton } from '../components/icon-button.tsx';
import { PlusIcon } from '../components/toolbar-icons.tsx';
import { useNetworkViewStore } from '../stores/network-view-store.ts';
import { isLive, usePortalViewsStore } from '../stores/portal-views-store.ts';
import { usePortalsStore } from '../stores/portal-list-store.ts';
import { useUnreadStore } from '../stores/unread-store.ts';
import { ImportReportDialog } from './import-report-dialog.tsx';
import { Bitrix24Welcome } from './network-view.tsx';
import { PortalContent } from './portal-content.tsx';
import { PortalListActions } from './portal-list-actions.tsx';
import { RemovePortalDialog } from './remove-portal-dialog.tsx';
import { useActivatePortal } from './use-activate-portal.ts';
import { useListedPortals, type PortalSort } from './portal-order.ts';
import { PortalSidebar } from './portal-sidebar.tsx';
import { PortalsWelcome, type ListState } from './portals-welcome.tsx';
import { useContentBounds } from './use-content-bounds.ts';
import { usePortalShortcuts } from './use-portal-shortcuts.ts';
import { useReopenLastActive } from './use-reopen-last-active.ts';
import { useSidebarCollapsed } from './use-sidebar-collapsed.ts';

// Fetched the first time someone creates a portal.
const CreatePortalDialog = lazy(() => import('./create-portal-dialog.tsx'));
// Bitrix24 mode's "Add portal", likewise.
const AddPortalDialog = lazy(() => import('./add-portal-dialog.tsx'));

/** Which backend's portals: the Bitrix ID API's (created on the server), or Bitrix24 mode's (added by address). */
export type WorkspaceKind = 'api' | 'bitrix24';

/** A dialog of the workspace that is open (portal views must not cover it). */
type WorkspaceDialog = { kind: 'create' | 'add' } | { kind: 'import'; report: PortalImportReport } | { kind: 'remove'; portal: Portal };

interface PortalsWorkspaceProps {
  /** False while another screen (profile, tools) shows instead: all of this stays mounted, hidden. */
  visible: boolean;
  /** Something of the shell (the account menu) is open over the content area. */
  covered: boolean;
  kind: WorkspaceKind;
}

/**
 * The portals: the sidebar list and the content area with the chosen portal's page. Kept mounted
 * behind other screens so that live portal pages, the search and the scroll position survive a
 * visit to the profile.
 */
export function PortalsWorkspace({ visible, covered, kind }: PortalsWorkspaceProps) {
  const { t, i18n } = useTranslation();
  const web = useTranslation('web').t;
  const portals = usePortalsStore((state) => state.portals);
  const prefs = usePortalsStore((state) => state.prefs);
  const complete = usePortalsStore((state) => state.complete);
  const loaded = usePortalsStore((state) => state.loaded);
  const addPortal = usePortalsStore((state) => state.add);
  const chosen = usePortalViewsStore((state) => state.chosen);
  const live = usePortalViewsStore((state) => state.live);
  const failedId = usePortalViewsStore((state) => state.openError?.portalId ?? null);
  const open = usePortalViewsStore((state) => state.open);
  const network = useNetworkViewStore((state) => state.page);
  const networkFailed = useNetworkViewStore((state) => state.error !== null);
  const openNetwork = useNetworkViewStore((state) => state.open);
  const closeNetwork = useNetworkViewStore((state) => state.close);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<PortalSort>('recent');
  const [showHidden, setShowHidden] = useState(false);
  const [dialog, setDialog] = useState<WorkspaceDialog | null>(null);
  const [sidebarCollapsed, toggleSidebar] = useSidebarCollapsed(visible && dialog === null);
  const stageRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const wasVisible = useRef(visible);
  const shownNetwork = useRef(network);

  useEffect(() => {
    const stops = [usePortalsStore.getState().start(), usePortalViewsStore.getState().start()];
    if (kind === 'bitrix24') stops.push(useUnreadStore.getState().start());
    void usePortalsStore.getState().load();
    return () => {
      for (const stop of stops) stop();
    };
    // The kind of backend does not change under a mounted workspace (another backend is another shell), so this runs once.
  }, [kind]);

  // Coming back from another screen, focus lands on the content's heading, not on the page body.
  useEffect(() => {
    if (visible && !wasVisible.current) headingRef.current?.focus();
    wasVisible.current = visible;
  }, [visible]);

  // Showing or leaving a Network page moves the focus to what the content area now shows (the
  // menu item or the Close button that did it is gone).
  useEffect(() => {
    if (network !== shownNetwork.current) headingRef.current?.focus();
    shownNetwork.current = network;
  }, [network]);

  const { shown, hiddenCount } = useListedPortals({ portals, prefs, sort, showHidden, query, language: i18n.language });
  const byId = useMemo(() => new Map(portals.map((portal) => [portal.id, portal])), [portals]);
  // As the list has it now; while a reload has not reached it yet, as it was when chosen.
  const current = chosen ? (byId.get(chosen.id) ?? (complete ? null : chosen)) : null;
  const showing =
    network !== null
      ? isLive(live, NETWORK_VIEW_ID) && !networkFailed
      : current !== null && isLive(live, current.id) && failedId !== current.id;
  // Choosing a portal leaves the Network's page.
  const openPortal = (portal: Portal) => {
    closeNetwork();
    void open(portal);
  };
  const closeDialog = () => setDialog(null);
  const list: ListState = !loaded ? 'loading' : portals.length === 0 ? 'empty' : 'listed';
  const listPortal = (portal: Portal) => {
    addPortal(portal);
    openPortal(portal);
  };

  useReopenLastActive(openPortal);
  useActivatePortal(kind === 'bitrix24', listPortal);
  useContentBounds(stageRef, visible && !covered && dialog === null && showing);
  usePortalShortcuts(visible && dialog === null, shown, current?.id ?? null, openPortal);

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
        collapsed={sidebarCollapsed}
        onToggleCollapsed={toggleSidebar}
        actions={
          kind === 'bitrix24' ? (
            <PortalListActions onAdd={() => setDialog({ kind: 'add' })} onImported={(report) => setDialog({ kind: 'import', report })} />
          ) : (
            <IconButton label={t('portals.create')} icon={<PlusIcon />} onClick={() => setDialog({ kind: 'create' })} />
          )
        }
        emptyText={kind === 'bitrix24' ? web('portals.empty') : t('portals.empty')}
      />
      <PortalContent
        portal={current}
        hidden={current !== null && prefs.hiddenIds.includes(current.id)}
        showing={showing}
        stageRef={stageRef}
        headingRef={headingRef}
        titleOf={(portalId) => (portalId === NETWORK_VIEW_ID ? web('network.name') : (byId.get(portalId)?.title ?? ''))}
        network={network}
        onCloseNetwork={() => {
          closeNetwork();
          // Back to the portal last shown (main shows its view again), or to the welcome.
          if (current) void open(current);
        }}
        portalActions={
          kind === 'bitrix24'
            ? (portal) => (
                <button
                  type="button"
                  className="button-secondary button-small"
                  title={web('portals.remove')}
                  onClick={() => setDialog({ kind: 'remove', portal })}
                >
                  {web('portals.remove')}
                </button>
              )
            : undefined
        }
        welcome={
          kind === 'bitrix24' ? (
            <Bitrix24Welcome
              headingRef={headingRef}
              list={list}
              sidebarCollapsed={sidebarCollapsed}
              onSignIn={() => void openNetwork('signIn')}
              onAddPortal={() => setDialog({ kind: 'add' })}
              onCreatePortal={() => void openNetwork('createPortal')}
            />
          ) : (
            <PortalsWelcome
              list={list}
              headingRef={headingRef}
              sidebarCollapsed={sidebarCollapsed}
              onCreate={() => setDialog({ kind: 'create' })}
            />
          )
        }
      />
      {(dialog?.kind === 'create' || dialog?.kind === 'add') && (
        <Suspense fallback={null}>
          {dialog.kind === 'create' ? (
            <CreatePortalDialog
              onClose={closeDialog}
              onCreated={(portal) => {
                closeDialog();
                listPortal(portal);
              }}
            />
          ) : (
            <AddPortalDialog
              onClose={closeDialog}
              onAdded={(portal) => {
                closeDialog();
                listPortal(portal);
              }}
            />
          )}
        </Suspense>
      )}
      {dialog?.kind === 'import' && <ImportReportDialog report={dialog.report} onClose={closeDialog} />}
      {dialog?.kind === 'remove' && <RemovePortalDialog portal={dialog.portal} onDone={closeDialog} />}
    </div>
  );
}
