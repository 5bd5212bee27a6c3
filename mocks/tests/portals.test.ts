import { describe, expect, it } from 'vitest';
import { seedCredentials } from '../index.ts';
import { signedIn, type ErrorBody } from './api-client.ts';
import { useMockApi } from './msw-harness.ts';

const mock = useMockApi();

interface PortalPage {
  items: { id: string; title: string; domain: string; role: string; login: string }[];
  next_cursor: string | null;
}

const alicePortals = [
  { id: 'p-acme', title: 'ACME Corp', domain: 'acme.bitrix24.com', role: 'employee', login: 'alice@example.com' },
  { id: 'p-alice-team', title: 'Alice Team', domain: 'alice-team.bitrix24.com', role: 'admin', login: 'alice@example.com' },
  { id: 'p-partners-hub', title: 'Partners Hub', domain: 'partners.bitrix24.de', role: 'extranet', login: 'alice@example.com' },
];

const aliceToken = async () =>
  (await signedIn(mock.api, seedCredentials.alice.email, seedCredentials.alice.password)).access_token;

describe('GET /portals', () => {
  it("lists Alice's three portals with her role in each, in one page", async () => {
    const reply = await mock.api.portals(await aliceToken());
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ items: alicePortals, next_cursor: null });
  });

  it("lists only Bob's one portal for Bob", async () => {
    const token = (await signedIn(mock.api, seedCredentials.bob.email, seedCredentials.bob.password)).access_token;
    const reply = await mock.api.portals(token);
    expect(reply.body).toEqual({
      items: [
        { id: 'p-bob-shop', title: "Bob's Shop", domain: 'bob-shop.bitrix24.com', role: 'admin', login: 'bob@example.com' },
      ],
      next_cursor: null,
    });
  });

  it('pages with limit and cursor, every portal exactly once, in the same order', async () => {
    const token = await aliceToken();
    const first = (await mock.api.portals(token, '?limit=2')).body as PortalPage;
    expect(first.items).toEqual(alicePortals.slice(0, 2));
    expect(first.next_cursor).toEqual(expect.any(String));

    const second = (await mock.api.portals(token, `?limit=2&cursor=${encodeURIComponent(first.next_cursor ?? '')}`))
      .body as PortalPage;
    expect(second).toEqual({ items: alicePortals.slice(2), next_cursor: null });
  });

  it('ends on a page that is exactly full without a dangling cursor', async () => {
    const page = (await mock.api.portals(await aliceToken(), '?limit=3')).body as PortalPage;
    expect(page.items).toHaveLength(3);
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
