import type { ContentBounds } from '../../src-preload/contract.ts';

export interface LiveViewListOptions<View> {
  /** How many views stay alive; the least recently used beyond it goes (never the shown one). */
  maxLive: number;
  idOf(view: View): string;
  /** Shows this view over the content area and hides every other. */
  show(id: string, bounds: ContentBounds): void;
  hideAll(): void;
  /** A view went beyond the cap: the caller closes it. */
  evicted(view: View): void;
}

/**
 * The live views of one content area, most recently used first: which one is shown, where, and
 * which go beyond the cap. What a view is and how it opens is the caller's (API mode's portal
 * views, Bitrix24 mode's views); this is only the order and the placing.
 */
export class LiveViewList<View> {
  private readonly options: LiveViewListOptions<View>;
  private maxLive: number;
  private views: View[] = [];
  private activeId: string | null = null;
  private bounds: ContentBounds | null = null;

  constructor(options: LiveViewListOptions<View>) {
    this.options = options;
    this.maxLive = options.maxLive;
  }

  /** Most recently used first. */
  get all(): readonly View[] {
    return this.views;
  }

  get shownId(): string | null {
    return this.activeId;
  }

  find(id: string): View | undefined {
    return this.views.find((view) => this.options.idOf(view) === id);
  }

  includes(view: View): boolean {
    return this.views.includes(view);
  }

  /** A new view, hidden until it is activated. */
  add(view: View): void {
    this.views.unshift(view);
  }

  /** Shows the view: it becomes the most recently used. */
  activate(view: View): void {
    this.views = [view, ...this.views.filter((other) => other !== view)];
    this.activeId = this.options.idOf(view);
    this.place();
  }

  /** Takes the view off the list; if it was shown, nothing is. */
  remove(id: string): View | undefined {
    const view = this.find(id);
    if (view === undefined) return undefined;
    this.views = this.views.filter((other) => other !== view);
    if (this.activeId === id) {
      this.activeId = null;
      this.place();
    }
    return view;
  }

  /** Takes every view off the list, and shows none; answers them, most recently used first. */
  clear(): View[] {
    const cleared = this.views;
    this.views = [];
    this.activeId = null;
    this.place();
    return cleared;
  }

  /** Where the content area is; null hides every view. Says whether a view is shown now. */
  layout(bounds: ContentBounds | null): boolean {
    this.bounds = bounds;
    return this.place();
  }

  /** Closes the least recently used views beyond the cap; the shown one always stays. Says whether any closed. */
  evict(): boolean {
    let closed = false;
    while (this.views.length > this.maxLive) {
      const index = this.views.findLastIndex((view) => this.options.idOf(view) !== this.activeId);
      if (index < 0) return closed;
      const [evicted] = this.views.splice(index, 1);
      if (evicted !== undefined) this.options.evicted(evicted);
      closed = true;
    }
    return closed;
  }

  /** A new cap (the Settings screen): views beyond it close at once. Says whether any closed. */
  setMaxLive(maxLive: number): boolean {
    this.maxLive = maxLive;
    return this.evict();
  }

  private place(): boolean {
    if (this.bounds && this.activeId !== null) {
      this.options.show(this.activeId, this.bounds);
      return true;
    }
    this.options.hideAll();
    return false;
  }
}
