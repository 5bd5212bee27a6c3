/** GET /portals, the portals linked by e-mail at the first sign-in, and portal status. */
import { describe, expect, it } from 'vitest';
import { EMBEDDED_MOCK_BASE_URL, MockBackend, seedCredentials, seedDeletedPortal, seedUnlinkedPortal } from '../index.ts';
import { signedIn, type ErrorBody, type PortalBody, type PortalPageBody, type TokenBody } from './api-client.ts';
import { useMockApi } from './msw-harness.ts';
import { socialGrant } from './social-flow.ts';

const mock = useMockApi();
const alice = seedCredentials.alice;

/** After her first sign-in, by id: her three seed portals, the one it linked, and the deleted one. */
const alicePortals: PortalBody[] = [
  { id: 'p-acme', title: 'ACME Corp', domain: 'acme.bitrix24.com', role: 'employee', login: alice.email, status: 'active' },
  { id: 'p-alice-old', title: 'Alice (old)', domain: 'alice-old.bitrix24.ru', role: 'admin', login: alice.email, status: 'active' },
  { id: 'p-alice-team', title: 'Alice Team', domain: 'alice-team.bitrix24.com', role: 'admin', login: alice.email, status: 'active' },
  { id: 'p-closed-shop', title: 'Closed Shop', domain: 'closed-shop.bitrix24.com', role: 'employee', login: alice.email, status: 'deleted' },
  { id: 'p-partners-hub', title: 'Partners Hub', domain: 'partners.bitrix24.de', role: 'extranet', login: alice.email, status: 'active' },
];

const aliceToken = async () => (await signedIn(mock.api, alice.email, alice.password)).access_token;
const bobToken = async () => (await signedIn(mock.api, seedCredentials.bob.email, seedCredentials.bob.password)).access_token;

async function portalsOf(token: string): Promise<PortalBody[]> {
  return ((await mock.api.portals(token, '?limit=500')).body as PortalPageBody).items;
}

async function noticeOf(token: string): Promise<unknown> {
  const reply = await mock.api.linkedPortalsNotice(token);
  expect(reply.status).toBe(200);
  return reply.body;
}

describe('GET /portals', () => {
  it("lists Alice's five portals with her role in each and their status, in one page", async () => {
    const reply = await mock.api.portals(await aliceToken());
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ items: alicePortals, next_cursor: null, total: 5 });
  });

  it("lists only Bob's one portal for Bob", async () => {
    const reply = await mock.api.portals(await bobToken());
    expect(reply.body).toEqual({
      items: [
        {
          id: 'p-bob-shop',
          title: "Bob's Shop",
          domain: 'bob-shop.bitrix24.com',
          role: 'admin',
          login: 'bob@example.com',
          status: 'active',
        },
      ],
      next_cursor: null,
      total: 1,
    });
  });

  it('pages with limit and cursor, every portal exactly once, in the same order, each page with the total', async () => {
    const token = await aliceToken();
    const first = (await mock.api.portals(token, '?limit=2')).body as PortalPageBody;
    expect(first.items).toEqual(alicePortals.slice(0, 2));
    expect(first.next_cursor).toEqual(expect.any(String));
    expect(first.total).toBe(5);

    const second = (await mock.api.portals(token, `?limit=2&cursor=${encodeURIComponent(first.next_cursor ?? '')}`))
      .body as PortalPageBody;
    expect(second.items).toEqual(alicePortals.slice(2, 4));
    expect(second.total).toBe(5);

    const third = (await mock.api.portals(token, `?limit=2&cursor=${encodeURIComponent(second.next_cursor ?? '')}`)).body;
    expect(third).toEqual({ items: alicePortals.slice(4), next_cursor: null, total: 5 });
  });

  it('ends on a page that is exactly full without a dangling cursor', async () => {
    const page = (await mock.api.portals(await aliceToken(), '?limit=5')).body as PortalPageBody;
    expect(page.items).toHaveLength(5);
    expect(page.next_cursor).toBeNull();
  });

  it('accepts limit 500', async () => {
    expect((await mock.api.portals(await aliceToken(), '?limit=500')).status).toBe(200);
  });

  it.each(['501', '0', '-1', '2.5', 'ten'])('refuses limit=%s with invalid_request', async (limit) => {
    const reply = await mock.api.portals(await aliceToken(), `?limit=${limit}`);
    expect(reply.status).toBe(400);
    const body = reply.body as ErrorBody;
    expect(body.error).toBe('invalid_request');
    expect(body.fields).toEqual({ limit: 'invalid' });
  });

  it('refuses a cursor it never issued', async () => {
    const reply = await mock.api.portals(await aliceToken(), '?cursor=not-a-cursor');
    expect(reply.status).toBe(400);
    expect((reply.body as ErrorBody).fields).toEqual({ cursor: 'invalid' });
  });

  it('answers 401 without a valid access token', async () => {
    const reply = await mock.api.portals('at_unknown');
    expect(reply.status).toBe(401);
    expect(reply.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
  });
});

describe('portal status', () => {
  it('lists the deleted closed-shop.bitrix24.com as deleted, every other portal as active', async () => {
    const portals = await portalsOf(await aliceToken());
    expect(portals.filter((portal) => portal.status !== 'active')).toEqual([
      expect.objectContaining({ id: seedDeletedPortal.id, domain: seedDeletedPortal.domain, status: 'deleted' }),
    ]);
  });
});

describe('linking portals registered with the same e-mail', () => {
  it('links alice-old.bitrix24.ru at the first sign-in, with the role it was registered with', async () => {
    const waiting = mock.backend.snapshot().portals.find((portal) => portal.id === seedUnlinkedPortal.id);
    expect(waiting?.members).toEqual([]);

    const oldPortal = (await portalsOf(await aliceToken())).find((portal) => portal.domain === seedUnlinkedPortal.domain);
    expect(oldPortal).toEqual({
      id: seedUnlinkedPortal.id,
      title: seedUnlinkedPortal.title,
      domain: seedUnlinkedPortal.domain,
      role: seedUnlinkedPortal.role,
      login: seedUnlinkedPortal.email,
      status: 'active',
    });
    // Linked once and for good: a later sign-in finds it there.
    expect((await portalsOf(await aliceToken())).map((portal) => portal.id)).toContain(seedUnlinkedPortal.id);
  });

  it('announces the newly linked portal exactly once', async () => {
    const token = await aliceToken();
    expect(await noticeOf(token)).toEqual({
      newly_linked: [{ id: seedUnlinkedPortal.id, title: seedUnlinkedPortal.title, domain: seedUnlinkedPortal.domain }],
    });
    expect(await noticeOf(token)).toEqual({ newly_linked: [] });
    // A later sign-in is not a first sign-in: nothing new to announce.
    expect(await noticeOf(await aliceToken())).toEqual({ newly_linked: [] });
  });

  it('links at a first sign-in by a social service too', async () => {
    const grant = await socialGrant(EMBEDDED_MOCK_BASE_URL, {
      provider: 'google',
      mode: 'sign_in',
      displayName: 'Alice Demo (alice.demo@gmail.com)',
    });
    const reply = await mock.api.socialSignIn(grant);
    expect(reply.status).toBe(200);
    const token = (reply.body as TokenBody).access_token;
    expect(await noticeOf(token)).toEqual({
      newly_linked: [{ id: seedUnlinkedPortal.id, title: seedUnlinkedPortal.title, domain: seedUnlinkedPortal.domain }],
    });
  });

  it('links nothing for someone with no portal waiting, and needs a bearer token', async () => {
    expect(await noticeOf(await bobToken())).toEqual({ newly_linked: [] });
    expect((await mock.api.linkedPortalsNotice('at_unknown')).status).toBe(401);
  });

  it('reports the announcement as a change for the snapshot, and a notice with nothing in it as none', async () => {
    let changes = 0;
    mock.serve(new MockBackend({ ...mock.clockOptions(), onChange: () => (changes += 1) }));
    const token = await aliceToken();
    const afterSignIn = changes;
    await noticeOf(token);
    expect(changes).toBe(afterSignIn + 1);
    await noticeOf(token);
    expect(changes).toBe(afterSignIn + 1);
  });

  it('keeps the link and the "already announced" mark across a snapshot', async () => {
    await noticeOf(await aliceToken());
    mock.serve(MockBackend.fromSnapshot(mock.backend.snapshot(), mock.clockOptions()));
    const token = await aliceToken();
    expect(await noticeOf(token)).toEqual({ newly_linked: [] });
    expect((await portalsOf(token)).map((portal) => portal.id)).toContain(seedUnlinkedPortal.id);
  });
});
