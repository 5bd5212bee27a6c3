import { useEffect, useRef, type RefObject } from 'react';
import type { ContentBounds } from '../../../src-preload/contract.ts';
import { call } from '../bridge/bitrix-id.ts';

const same = (a: ContentBounds | null, b: ContentBounds | null) =>
  a === b || (a !== null && b !== null && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height);

function boundsOf(element: HTMLElement): ContentBounds {
  const rect = element.getBoundingClientRect();
  return {
    x: Math.max(0, Math.round(rect.x)),
    y: Math.max(0, Math.round(rect.y)),
    width: Math.max(0, Math.round(rect.width)),
    height: Math.max(0, Math.round(rect.height)),
  };
}

/**
 * Tells main where the content area is while a portal's view should show there (in Electron main
 * places the view over it), and null whenever it should not: another screen, a dialog or menu over
 * it, no portal open. Follows the area as the window or the layout around it changes size.
 */
export function useContentBounds(area: RefObject<HTMLElement | null>, shown: boolean): void {
  /** What was last sent, so a resize that moves nothing sends nothing (`undefined`: nothing yet). */
  const reported = useRef<ContentBounds | null | undefined>(undefined);

  useEffect(() => {
    const report = (bounds: ContentBounds | null) => {
      if (reported.current !== undefined && same(reported.current, bounds)) return;
      reported.current = bounds;
      void call((api) => api.portals.layout({ bounds }));
    };
    const element = area.current;
    if (!shown || !element) {
      report(null);
      return;
    }
    const measure = () => report(boundsOf(element));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
      report(null);
    };
  }, [area, shown]);
}
