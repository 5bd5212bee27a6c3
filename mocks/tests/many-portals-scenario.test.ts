/** `many-portals`: Alice belongs to 10,000 generated portals besides her own, paged by cursor. */
import { describe, expect, it } from 'vitest';
import { MANY_PORTALS_COUNT, MAX_PORTAL_PAGE_SIZE, MockBackend, seedCredentials } from '../index.ts';
import { signedIn, type ApiClient } from './api-client.ts';
import { useMockApi } from './msw-harness.ts';

const mock = useMockApi({ scenario: 'many-portals' });
const alice = seedCredentials.alice;
const bob = seedCredentials.bob;

interface Portal {
  id: string;
  title: string;
  domain: string;
  role: string;
  login: string;
}
interface PortalPage {
  items: Portal[];
  next_cursor: string | null;
}

/** Follows next_cursor to the end, as the app does; returns every portal and the pages it took. */
async function allPortals(api: ApiClient, accessToken: string, limit: number): Promise<{ portals: Portal[]; pages: number }> {
  const portals: Portal[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const query: string = `?limit=${limit}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
    const reply = await api.portals(accessToken, query);
    expect(reply.status).toBe(200);
    const page = reply.body as PortalPage;
    portals.push(...page.items);
    cursor = page.next_cursor;
    pages += 1;
  } while (cursor !== null);
  return { portals, pages };
}

describe('many-portals', () => {
  it("pages all of Alice's 10,003 portals, 500 at most a page, each once, in id order", async () => {
    const tokens = await signedIn(mock.api, alice.email, alice.password);
    const { portals, pages } = await allPortals(mock.api, tokens.access_token, MAX_PORTAL_PAGE_SIZE);

    expect(portals).toHaveLength(MANY_PORTALS_COUNT + 3);
    expect(pages).toBe(Math.ceil((MANY_PORTALS_COUNT + 3) / MAX_PORTAL_PAGE_SIZE));
    const ids = portals.map((portal) => portal.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(expect.arrayContaining(['p-acme', 'p-alice-team', 'p-partners-hub']));
  });

  it('generates titles, domains, roles and zones that look like a real account, the same every time', async () => {
    const tokens = await signedIn(mock.api, alice.email, alice.password);
    const { portals } = await allPortals(mock.api, tokens.access_token, MAX_PORTAL_PAGE_SIZE);
    const generated = portals.filter((portal) => portal.id.startsWith('p-many-'));

    expect(generated[0]).toMatchObject({ id: 'p-many-00001', login: alice.email });
    for (const portal of generated.slice(0, 50)) {
      const number = portal.id.slice('p-many-'.length);
      expect(portal.title).toMatch(new RegExp(`^Portal ${number} — [A-Z][a-z]+$`));
      expect(portal.domain).toMatch(new RegExp(`^p${number}\\.bitrix24\\.[a-z.]+$`));
    }
    expect(new Set(generated.map((portal) => portal.role))).toEqual(new Set(['admin', 'employee', 'extranet']));
    expect(new Set(generated.map((portal) => portal.domain.slice(portal.domain.indexOf('.')))).size).toBeGreaterThan(5);

    // Another backend, another process: the same portals.
    mock.serve(new MockBackend({ ...mock.clockOptions(), scenario: 'many-portals' }));
    const again = await signedIn(mock.api, alice.email, alice.password);
    expect((await mock.api.portals(again.access_token, '?limit=20')).body).toEqual({
      items: portals.slice(0, 20),
      next_cursor: expect.any(String),
    });
  });

  it('keeps the default page size of 100', async () => {
    const tokens = await signedIn(mock.api, alice.email, alice.password);
    const page = (await mock.api.portals(tokens.access_token)).body as PortalPage;
    expect(page.items).toHaveLength(100);
    expect(page.next_cursor).not.toBeNull();
  });

  it("leaves Bob's single portal alone", async () => {
    const tokens = await signedIn(mock.api, bob.email, bob.password);
    expect(((await mock.api.portals(tokens.access_token)).body as PortalPage).items.map((portal) => portal.id)).toEqual([
      'p-bob-shop',
    ]);
  });

  it('keeps the generated portals out of the snapshot, and they go when the scenario does', async () => {
    const tokens = await signedIn(mock.api, alice.email, alice.password);
    const saved = JSON.stringify(mock.backend.snapshot());
    expect(saved).not.toContain('p-many-');
    const seedSized = JSON.stringify(new MockBackend().snapshot()).length;
    // One session and one access token more than the seed, nothing in the order of 10,000 portals.
    expect(saved.length).toBeLessThan(seedSized + 1000);

    mock.backend.setScenario('default');
    expect(((await mock.api.portals(tokens.access_token)).body as PortalPage).items).toHaveLength(3);
  });
});
