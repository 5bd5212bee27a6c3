import type { UnreadCounts } from '../../src-preload/contract.ts';
import { totalUnread, unreadFromTitle } from './unread-count.ts';

/**
 * The unread counts of a profile's live portal views, as their titles last said. A view that closes
 * takes its count with it: a count nobody can see is stale.
 */
export class UnreadTracker {
  private readonly counts = new Map<string, number>();

  /** The portal's page has this title now; says whether the counts changed. */
  titleChanged(portalId: string, title: string): boolean {
    const count = unreadFromTitle(title);
    if (count === null) return this.drop(portalId);
    if (this.counts.get(portalId) === count) return false;
    this.counts.set(portalId, count);
    return true;
  }

  /** The portal's view closed; says whether the counts changed. */
  drop(portalId: string): boolean {
    return this.counts.delete(portalId);
  }

  snapshot(): UnreadCounts {
    return { counts: Object.fromEntries(this.counts), total: totalUnread(this.counts.values()) };
  }
}
