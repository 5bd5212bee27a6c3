/** `many-portals`: Alice belongs to 10,000 generated portals besides her own five, paged by cursor. */
import { describe, expect, it } from 'vitest';
import { MANY_PORTALS_COUNT, MAX_PORTAL_PAGE_SIZE, MockBackend, seedCredentials } from '../index.ts';
import { signedIn, type ApiClient, type PortalBody, type PortalPageBody } from './api-client.ts';
import { useMockApi } from './msw-harness.ts';

const mock = useMockApi({ scenario: 'many-portals' });
const alice = seedCredentials.alice;
const bob = seedCredentials.bob;

/** Alice's own portals once her first sign-in has linked alice-old.bitrix24.ru. */
const ALICE_OWN_PORTALS = 5;
const ALICE_ALL_PORTALS = MANY_PORTALS_COUNT + ALICE_OWN_PORTALS;

/** Follows next_cursor to the end, as the app does; returns every portal and the pages it took. */
async function allPortals(api: ApiClient, accessToken: string, limit: number): Promise<{ portals: PortalBody[]; pages: number }> {
  const portals: PortalBody[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const query: string = `?limit=${limit}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
    const reply = await api.portals(accessToken, query);
    expect(reply.status).toBe(200);
    const page = reply.body as PortalPageBody;
    expect(page.total).toBe(ALICE_ALL_PORTALS);
    portals.push(...page.items);
    cursor = page.next_cursor;
    pages += 1;
  } while (cursor !== null);
  return { portals, pages };
}

describe('many-portals', () => {
  it("pages all of Alice's 10,005 portals, 500 at most a page, each once, in id order, each page with the total", async () => {
    const tokens = await signedIn(mock.api, alice.email, alice.password);
    const { portals, pages } = await allPortals(mock.api, tokens.access_token, MAX_PORTAL_PAGE_SIZE);

    expect(ALICE_ALL_PORTALS).toBe(10_005);
    expect(portals).toHaveLength(ALICE_ALL_PORTALS);
    expect(pages).toBe(Math.ceil(ALICE_ALL_PORTALS / MAX_PORTAL_PAGE_SIZE));
    const ids = portals.map((portal) => portal.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(expect.arrayContaining(['p-acme', 'p-alice-old', 'p-alice-team', 'p-closed-shop', 'p-partners-hub']));
  });

  it('generates titles, domains, roles and zones that look like a real account, the same every time', async () => {
    const tokens = await signedIn(mock.api, alice.email, alice.password);
    const { portals } = await allPortals(mock.api, tokens.access_token, MAX_PORTAL_PAGE_SIZE);
    const generated = portals.filter((portal) => portal.id.startsWith('p-many-'));

    expect(generated).toHaveLength(MANY_PORTALS_COUNT);
    expect(generated[0]).toMatchObject({ id: 'p-many-00001', login: alice.email });
    expect(generated.every((portal) => portal.status === 'active')).toBe(true);
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
      total: ALICE_ALL_PORTALS,
    });
  });

  it('keeps the default page size of 100', async () => {
    const tokens = await signedIn(mock.api, alice.email, alice.password);
    const page = (await mock.api.portals(tokens.access_token)).body as PortalPageBody;
    expect(page.items).toHaveLength(100);
    expect(page.next_cursor).not.toBeNull();
  });

  it("leaves Bob's single portal alone", async () => {
    const tokens = await signedIn(mock.api, bob.email, bob.password);
    const page = (await mock.api.portals(tokens.access_token)).body as PortalPageBody;
    expect(page.items.map((portal) => portal.id)).toEqual(['p-bob-shop']);
    expect(page.total).toBe(1);
  });

  it('keeps the generated portals out of the snapshot, and they go when the scenario does', async () => {
    const tokens = await signedIn(mock.api, alice.email, alice.password);
    const saved = JSON.stringify(mock.backend.snapshot());
    expect(saved).not.toContain('p-many-');
    const seedSized = JSON.stringify(new MockBackend().snapshot()).length;
    // One session and one access token more than the seed, nothing in the order of 10,000 portals.
    expect(saved.length).toBeLessThan(seedSized + 1000);

    mock.backend.setScenario('default');
    const page = (await mock.api.portals(tokens.access_token)).body as PortalPageBody;
    expect(page.items).toHaveLength(ALICE_OWN_PORTALS);
    expect(page.total).toBe(ALICE_OWN_PORTALS);
  });
});
