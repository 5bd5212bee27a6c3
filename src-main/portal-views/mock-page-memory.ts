import type { MockPortalPages, PortalPage } from './portal-view-host.ts';

/**
 * What a portal view's partition answers with the embedded mock. A real portal keeps the person
 * signed in with a cookie after the one-time login, so a reload still shows the portal; the mock's
 * page has no cookie, so every page it showed is kept and shown again instead, until the person
 * signs out of the portal. A partition outlives a connection to the mock (its name hashes the
 * mock's address), so pages not shown yet come from the latest mock.
 */
export class MockPageMemory {
  private pages: MockPortalPages;
  private readonly shown = new Map<string, PortalPage>();

  constructor(pages: MockPortalPages) {
    this.pages = pages;
  }

  /** A newer connection's mock answers from now on; the pages already shown stay. */
  use(pages: MockPortalPages): void {
    this.pages = pages;
  }

  page(url: string): PortalPage {
    const kept = this.shown.get(url);
    if (kept) return kept;
    const page = this.pages(url);
    if (page.status === 200) this.shown.set(url, page);
    return page;
  }

  /** Signed out of the portal: nothing is shown again. */
  forget(): void {
    this.shown.clear();
  }
}
