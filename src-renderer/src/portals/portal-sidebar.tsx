import { useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Portal } from '../../../src-preload/contract.ts';
import { IconButton } from '../components/icon-button.tsx';
import { SidebarIcon } from '../components/toolbar-icons.tsx';
import { useDescribeError } from '../i18n/describe-error.ts';
import { usePortalsStore } from '../stores/portal-list-store.ts';
import { LoadProgress } from './load-progress.tsx';
import { PortalList } from './portal-list.tsx';
import { portalSorts, type ListedPortal, type PortalSort } from './portal-order.ts';
import { PortalSkeleton } from './portal-skeleton.tsx';

interface PortalSidebarProps {
  listed: ListedPortal[];
  hiddenCount: number;
  chosenId: string | null;
  query: string;
  onQueryChange(query: string): void;
  sort: PortalSort;
  onSortChange(sort: PortalSort): void;
  showHidden: boolean;
  onShowHiddenChange(show: boolean): void;
  onOpen(portal: Portal): void;
  /** Beside the heading: "Create Bitrix24", or Bitrix24 mode's add, import and export. */
  actions: ReactNode;
  /** What an empty list says. */
  emptyText: string;
  /** Only the button that shows it again is left: the portal's page takes the width. */
  collapsed: boolean;
  onToggleCollapsed(): void;
}

/** The sidebar's shortcut as this platform writes it, for the tooltip (`aria-keyshortcuts` has its own spelling). */
const toggleShortcutText = /Mac/.test(navigator.userAgent) ? '⌘⇧S' : 'Ctrl+Shift+S';

const isSort = (value: string): value is PortalSort => (portalSorts as readonly string[]).includes(value);

/**
 * The sidebar: every portal of the signed-in person, searchable and sorted, with loading, error and
 * empty states. A list once loaded stays while it reloads, and stays (marked offline) if the reload
 * cannot reach the server; later pages join it as they arrive, with their progress shown.
 */
export function PortalSidebar(props: PortalSidebarProps) {
  const { listed, hiddenCount, chosenId, query, onQueryChange, sort, onSortChange } = props;
  const { showHidden, onShowHiddenChange, onOpen, actions, emptyText, collapsed, onToggleCollapsed } = props;
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const toolsId = useId();
  const panelId = useId();
  const navRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const wasCollapsed = useRef(collapsed);
  const status = usePortalsStore((state) => state.status);
  const anyLoaded = usePortalsStore((state) => state.portals.length > 0);
  const error = usePortalsStore((state) => state.error);
  const loaded = usePortalsStore((state) => state.loaded);
  const stale = usePortalsStore((state) => state.stale);
  const pageError = usePortalsStore((state) => state.pageError);
  const reload = usePortalsStore((state) => state.reload);
  const loading = status === 'idle' || status === 'loading';

  // Collapsing hides what had the focus (the shortcut pressed in the search box): it goes to the
  // button that brings the sidebar back, not to the page's body.
  useLayoutEffect(() => {
    if (collapsed === wasCollapsed.current) return;
    wasCollapsed.current = collapsed;
    const focused = document.activeElement;
    if (collapsed && (focused === document.body || (navRef.current?.contains(focused) ?? false))) toggleRef.current?.focus();
  }, [collapsed]);

  // From the search box, Down goes on into the list, to the row in the Tab order.
  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowDown' || listed.length === 0) return;
    event.preventDefault();
    listRef.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
  };

  return (
    <nav ref={navRef} className={collapsed ? 'sidebar sidebar-collapsed' : 'sidebar'} aria-label={t('portals.heading')} aria-busy={loading}>
      <div className="sidebar-top">
        <IconButton
          ref={toggleRef}
          label={collapsed ? t('portals.showSidebar') : t('portals.hideSidebar')}
          shortcut={toggleShortcutText}
          aria-keyshortcuts="Control+Shift+S Meta+Shift+S"
          aria-expanded={!collapsed}
          aria-controls={`${toolsId} ${panelId}`}
          icon={<SidebarIcon />}
          onClick={onToggleCollapsed}
        />
        <div id={toolsId} className="sidebar-tools" hidden={collapsed}>
          <h2 id={headingId} className="sidebar-heading" title={t('portals.heading')}>
            {t('portals.heading')}
          </h2>
          {actions}
        </div>
      </div>
      <div id={panelId} className="sidebar-panel" hidden={collapsed}>
        {loaded && anyLoaded && (
          <div className="portal-filters">
            <input
              type="search"
              className="portal-search"
              aria-label={t('portals.search')}
              placeholder={t('portals.search')}
              value={query}
              onChange={(event) => onQueryChange(event.target.value)}
              onKeyDown={onSearchKeyDown}
            />
            <label className="portal-sort">
              <span>{t('portals.sort')}</span>
              <select value={sort} onChange={(event) => isSort(event.target.value) && onSortChange(event.target.value)}>
                <option value="recent">{t('portals.sortRecent')}</option>
                <option value="name">{t('portals.sortName')}</option>
              </select>
            </label>
            {hiddenCount > 0 && (
              <button
                type="button"
                className="button-link portal-show-hidden"
                aria-pressed={showHidden}
                onClick={() => onShowHiddenChange(!showHidden)}
              >
                {t('portals.showHidden', { hiddenCount })}
              </button>
            )}
          </div>
        )}
        {loading && !loaded && (
          <>
            <p className="visually-hidden" role="status">
              {t('portals.loading')}
            </p>
            <PortalSkeleton />
          </>
        )}
        {status === 'error' && error && (
          <div className="sidebar-message" role="alert">
            <p>
              <strong>{t('portals.loadFailed')}</strong>
            </p>
            <p className="muted">{describeError(error)}</p>
            <button type="button" className="button-secondary" onClick={() => void reload()}>
              {t('portals.retry')}
            </button>
          </div>
        )}
        {stale && (
          // The list below is the last one loaded; the server could not be reached for a fresh one.
          <div className="sidebar-message sidebar-stale">
            <p role="status">{t('portals.offline')}</p>
            <button type="button" className="button-secondary" disabled={loading} onClick={() => void reload()}>
              {loading ? t('portals.retrying') : t('portals.retry')}
            </button>
          </div>
        )}
        {!stale && <LoadProgress />}
        {pageError && !stale && (
          <div className="sidebar-message sidebar-stale" role="alert">
            <p>
              <strong>{t('portals.pagesFailed')}</strong> {describeError(pageError)}
            </p>
            <button type="button" className="button-secondary" disabled={loading} onClick={() => void reload()}>
              {loading ? t('portals.retrying') : t('portals.retry')}
            </button>
          </div>
        )}
        {loaded && !anyLoaded && <p className="muted sidebar-message">{emptyText}</p>}
        {loaded && anyLoaded && listed.length === 0 && (
          <p className="muted sidebar-message" role="status">
            {query.trim() === '' ? t('portals.allHidden') : t('portals.noMatch', { query: query.trim() })}
          </p>
        )}
        {listed.length > 0 && (
          <PortalList ref={listRef} listed={listed} chosenId={chosenId} labelledBy={headingId} onOpen={onOpen} />
        )}
      </div>
    </nav>
  );
}
