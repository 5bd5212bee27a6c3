import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Portal } from '../../../src-preload/contract.ts';
import { useRecentSettling, type ListedPortal } from './portal-order.ts';
import { RoleMark } from './role-mark.tsx';
import { UnreadBadge } from './unread-badge.tsx';

/** A row's height in pixels: `.portal-row`'s height in styles.css. Fixed, so nothing is measured. */
const ROW_HEIGHT = 56;
/** Rows rendered beyond each edge of the visible ones, so a quick scroll shows no gap. */
const OVERSCAN = 6;
/** How far Page Up and Page Down move. */
const PAGE_ROWS = 8;

interface PortalListProps {
  listed: ListedPortal[];
  chosenId: string | null;
  /** Element naming the list. */
  labelledBy: string;
  onOpen(portal: Portal): void;
  ref?: Ref<HTMLUListElement>;
}

/**
 * The row in the Tab order: the one moved to last, else the open one, else the first (-1: no rows).
 * One pass, since it runs at every keystroke in the search over up to 10,000 rows.
 */
function rowInTabOrder(listed: ListedPortal[], activeId: string | null, chosenId: string | null): number {
  let chosenIndex = -1;
  for (let index = 0; index < listed.length; index++) {
    const id = listed[index]?.portal.id;
    if (id === activeId) return index;
    if (chosenIndex < 0 && id === chosenId) chosenIndex = index;
  }
  return chosenIndex >= 0 || listed.length === 0 ? chosenIndex : 0;
}

/**
 * The portals, one button per row. One row is in the Tab order (roving tabindex); the arrow keys,
 * Home, End, Page Up and Page Down move between rows, and Enter or Space opens one. Virtual: only
 * the rows in view (and a few around them) are in the DOM, so 10,000 portals cost what 30 do; the
 * focused row always stays, so scrolling never drops the focus. Rows are placed through the CSSOM
 * (React's `style`), which `style-src 'self'` allows.
 */
export function PortalList({ listed, chosenId, labelledBy, onOpen, ref }: PortalListProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const recentSettling = useRecentSettling();
  /** The row moved to with the keyboard or clicked last; the open one (or the first) until then. */
  const [activeId, setActiveId] = useState<string | null>(null);
  /** Set by a keyboard move: the row gets the focus once it is rendered. */
  const focusWhenRendered = useRef(false);

  const activeIndex = rowInTabOrder(listed, activeId, chosenId);

  // A new key function makes the virtualizer lay out every row again: only when the list changes.
  const keyOf = useCallback((index: number) => listed[index]?.portal.id ?? index, [listed]);

  // The app does not use the React Compiler, whose memoising this warning is about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: listed.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: keyOf,
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex < 0 || indexes.includes(activeIndex)) return indexes;
      return [...indexes, activeIndex].sort((a, b) => a - b);
    },
  });

  const rowId = (index: number) => `${baseId}-row-${index}`;

  useLayoutEffect(() => {
    if (!focusWhenRendered.current) return;
    const row = document.getElementById(rowId(activeIndex));
    if (!row) return;
    focusWhenRendered.current = false;
    row.focus();
  });

  const moveTo = (index: number) => {
    const target = Math.min(Math.max(index, 0), listed.length - 1);
    const entry = listed[target];
    if (!entry) return;
    focusWhenRendered.current = true;
    setActiveId(entry.portal.id);
    virtualizer.scrollToIndex(target);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      Home: 0,
      End: listed.length - 1,
      PageDown: activeIndex + PAGE_ROWS,
      PageUp: activeIndex - PAGE_ROWS,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    moveTo(to);
  };

  return (
    <div ref={scrollerRef} className="portal-scroller" {...recentSettling}>
      <ul
        ref={ref}
        aria-labelledby={labelledBy}
        className="portal-list"
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const entry = listed[item.index];
          if (!entry) return null;
          const { portal, hidden } = entry;
          return (
            <li
              key={item.key}
              className="portal-row"
              aria-setsize={listed.length}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <button
                type="button"
                id={rowId(item.index)}
                className="portal"
                // The whole title and address, for when the row is too narrow to show them.
                title={`${portal.title} – ${portal.domain}`}
                tabIndex={item.index === activeIndex ? 0 : -1}
                aria-current={portal.id === chosenId || undefined}
                onClick={() => {
                  setActiveId(portal.id);
                  onOpen(portal);
                }}
              >
                <span className="portal-title">{portal.title}</span>
                <span className="portal-domain">{portal.domain}</span>
                <span className="portal-side">
                  {portal.status !== 'active' && (
                    <span className="portal-unavailable" title={t(`portals.unavailable.${portal.status}`)}>
                      {t(`portals.unavailable.${portal.status}`)}
                    </span>
                  )}
                  {hidden && <span className="badge">{t('portals.hiddenMark')}</span>}
                  {portal.role && <RoleMark role={portal.role} />}
                  <UnreadBadge portalId={portal.id} />
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
