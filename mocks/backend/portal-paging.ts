/** Keyset paging over a person's portals, behind an opaque cursor. */
import { z } from 'zod';

export const DEFAULT_PORTAL_PAGE_SIZE = 100;
export const MAX_PORTAL_PAGE_SIZE = 500;

const cursorSchema = z.object({ after: z.string().min(1) });

/**
 * The cursor names the last portal id served rather than an offset, so a portal joined or left
 * between pages neither repeats nor skips another one.
 */
function encodePortalCursor(afterPortalId: string): string {
  return Buffer.from(JSON.stringify({ after: afterPortalId }), 'utf8').toString('base64url');
}

/** The portal id the page starts after, or null for a cursor we never issued. */
export function decodePortalCursor(cursor: string): string | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data.after : null;
  } catch {
    return null;
  }
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  /** Every item, not only this page's. */
  total: number;
}

/** `sortedItems` must be sorted by id in code-unit order, the order the cursor relies on. */
export function pageAfter<T extends { id: string }>(
  sortedItems: readonly T[],
  afterId: string | null,
  limit: number,
): Page<T> {
  const remaining = afterId === null ? sortedItems : sortedItems.filter((item) => item.id > afterId);
  const items = remaining.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: remaining.length > limit && last ? encodePortalCursor(last.id) : null,
    total: sortedItems.length,
  };
}
