import type { ContentBounds } from '../../src-preload/contract.ts';
import type { AppAttention, UnreadSummary, WebViewHost, WebViewSpec } from '../../src-main/bitrix24/web-view-host.ts';

/** A Bitrix24-mode view host that records what it was told, for tests of main without Electron. */
export class FakeWebViewHost implements WebViewHost {
  readonly views = new Map<string, WebViewSpec & { loaded: string[] }>();
  readonly clearedOrigins: Array<{ partition: string; origin: string }> = [];
  readonly clearedPartitions: string[] = [];
  shown: { viewId: string; bounds: ContentBounds } | null = null;

  create(spec: WebViewSpec): { frameUrl: string | null } {
    this.views.set(spec.viewId, { ...spec, loaded: [spec.url] });
    return { frameUrl: null };
  }

  load(viewId: string, url: string): { frameUrl: string | null } {
    this.views.get(viewId)?.loaded.push(url);
    return { frameUrl: null };
  }

  destroy(viewId: string): void {
    this.views.delete(viewId);
    if (this.shown?.viewId === viewId) this.shown = null;
  }

  async clearOrigin(partition: string, origin: string): Promise<void> {
    this.clearedOrigins.push({ partition, origin });
  }

  async clearPartition(partition: string): Promise<void> {
    this.clearedPartitions.push(partition);
  }

  show(viewId: string, bounds: ContentBounds): void {
    this.shown = { viewId, bounds };
  }

  hideAll(): void {
    this.shown = null;
  }
}

/** Records the unread totals shown, and the portals they came from. */
export class FakeAttention implements AppAttention {
  readonly totals: number[] = [];
  readonly shown: UnreadSummary[] = [];

  showUnread(unread: UnreadSummary): void {
    this.totals.push(unread.total);
    this.shown.push(unread);
  }
}
