import { fail, ok, type Portal, type Result } from '../../src-preload/contract.ts';
import type { ApiClient } from '../api/api-client.ts';
import { portalsApi } from '../api/endpoints.ts';
import { publicError } from '../api/public-error.ts';

/** The server's page size limit. */
export const PORTALS_PAGE_SIZE = 500;

export class PortalsService {
  private readonly api: ApiClient;

  constructor(api: ApiClient) {
    this.api = api;
  }

  /** Every portal of the signed-in person, following the server's cursor to the end. */
  async list(): Promise<Result<Portal[]>> {
    const portals: Portal[] = [];
    let cursor: string | null = null;
    do {
      const page = await portalsApi.page(this.api, cursor, PORTALS_PAGE_SIZE);
      if (!page.ok) return fail(publicError(page.error));
      portals.push(...page.value.items);
      cursor = page.value.next_cursor;
    } while (cursor);
    return ok(portals);
  }
}
