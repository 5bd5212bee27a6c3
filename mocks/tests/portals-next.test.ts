/** The "Portals" issue's backend rules (opt-in `portalsNext`), through the HTTP surface only. */
import { describe, expect, it } from 'vitest';
import {
  createHandlers,
  EMBEDDED_MOCK_BASE_URL,
  MAX_CREATED_PORTALS,
  MockBackend,
  PORTAL_LIMIT_MESSAGE,
  PORTAL_SSO_TICKET_TTL_MS,
  seedCredentials,
  SSO_LINK_EXPIRED_TEXT,
} from '../index.ts';
import { signedIn, type ErrorBody, type IssuedSecretsBody, type TokenBody } from './api-client.ts';
import { socialGrant } from './social-flow.ts';
import { useMockApi } from './msw-harness.ts';

const mock = useMockApi({ portalsNext: true });

interface PortalItem {
  id: string;
  title: string;
  domain: string;
  role: string;
  login: string;
  status: string;
}

const alice = seedCredentials.alice;
const aliceToken = async () => (await signedIn(mock.api, alice.email, alice.password)).access_token;
const bobToken = async () =>
  (await signedIn(mock.api, seedCredentials.bob.email, seedCredentials.bob.password)).access_token;

async function portalsOf(token: string): Promise<PortalItem[]> {
  return ((await mock.api.portals(token, '?limit=500')).body as { items: PortalItem[] }).items;
}

const notice = (token: string) => mock.api.send('/me/linked-portals-notice', { headers: { authorization: `Bearer ${token}` } });
const sso = (token: string, portalId: string) =>
  mock.api.send(`/portals/${encodeURIComponent(portalId)}/sso`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
const createPortal = (token: string, body: unknown) => mock.api.postJson('/portals', body, token);

async function openPortalPage(url: string): Promise<{ status: number; html: string }> {
  const response = await fetch(url);
  return { status: response.status, html: await response.text() };
}

describe('linking portals registered with the same e-mail', () => {
  it('links alice-old.bitrix24.ru at the first sign-in and lists it from then on', async () => {
    const token = await aliceToken();
    const oldPortal = (await portalsOf(token)).find((portal) => portal.domain === 'alice-old.bitrix24.ru');
    expect(oldPortal).toEqual({
      id: 'p-alice-old',
      title: 'Alice (old)',
      domain: 'alice-old.bitrix24.ru',
      role: 'admin',
      login: 'alice@example.com',
      status: 'active',
    });
    expect((await portalsOf(await aliceToken())).map((portal) => portal.id)).toContain('p-alice-old');
  });

  it('announces the newly linked portal exactly once', async () => {
    const token = await aliceToken();
    const first = await notice(token);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ newly_linked: [{ id: 'p-alice-old', title: 'Alice (old)', domain: 'alice-old.bitrix24.ru' }] });
    expect((await notice(token)).body).toEqual({ newly_linked: [] });
    // A later sign-in is not a first sign-in: nothing new to announce.
    expect((await notice(await aliceToken())).body).toEqual({ newly_linked: [] });
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
    expect(((await notice(token)).body as { newly_linked: { id: string }[] }).newly_linked.map((portal) => portal.id)).toEqual([
      'p-alice-old',
    ]);
  });

  it('links nothing for someone with no portal waiting, and needs a bearer token', async () => {
    expect((await notice(await bobToken())).body).toEqual({ newly_linked: [] });
    expect((await notice('at_unknown')).status).toBe(401);
  });

  it('keeps the link and the "already announced" mark across a snapshot', async () => {
    await notice(await aliceToken());
    const restored = MockBackend.fromSnapshot(mock.backend.snapshot(), { ...mock.clockOptions(), portalsNext: true });
    mock.serve(restored);
    const token = await aliceToken();
    expect((await notice(token)).body).toEqual({ newly_linked: [] });
    expect((await portalsOf(token)).map((portal) => portal.id)).toContain('p-alice-old');
  });
});

describe('portal status', () => {
  it('lists the deleted closed-shop.bitrix24.com with its status, the others as active', async () => {
    const portals = await portalsOf(await aliceToken());
    expect(portals.find((portal) => portal.domain === 'closed-shop.bitrix24.com')?.status).toBe('deleted');
    expect(portals.filter((portal) => portal.status !== 'active').map((portal) => portal.id)).toEqual(['p-closed-shop']);
  });

  it('refuses a sign-in link to a deleted portal with 409 portal_unavailable and the reason', async () => {
    const reply = await sso(await aliceToken(), 'p-closed-shop');
    expect(reply.status).toBe(409);
    expect(reply.body).toMatchObject({ error: 'portal_unavailable', reason: 'deleted' });
  });
});

describe('one-time portal sign-in', () => {
  it('answers a one-time https URL on the portal that lives 60 s', async () => {
    const reply = await sso(await aliceToken(), 'p-alice-team');
    expect(reply.status).toBe(200);
    const body = reply.body as { url: string; expires_at: string };
    const url = new URL(body.url);
    expect(`${url.origin}${url.pathname}`).toBe('https://alice-team.bitrix24.com/bitrix-id/sso');
    const ticket = url.searchParams.get('ticket') ?? '';
    expect(Buffer.from(ticket.replace(/^pt_/, ''), 'base64url').length).toBeGreaterThanOrEqual(32);
    expect(Date.parse(body.expires_at) - Date.UTC(2025, 0, 15, 9, 0, 0)).toBe(PORTAL_SSO_TICKET_TTL_MS);
    expect(((await mock.api.issuedSecrets()).body as IssuedSecretsBody).codes).toContain(ticket);
    expect(JSON.stringify(mock.backend.snapshot())).not.toContain(ticket);
  });

  it('signs in once on the portal page, then refuses the same link with 401', async () => {
    const { url } = (await sso(await aliceToken(), 'p-alice-team')).body as { url: string };
    const first = await openPortalPage(url);
    expect(first.status).toBe(200);
    expect(first.html).toContain('<title>Alice Team — signed in as Alice Demo</title>');
    expect(first.html).toContain('<h1>Alice Team — signed in as Alice Demo</h1>');
    const second = await openPortalPage(url);
    expect(second.status).toBe(401);
    expect(second.html).toContain(SSO_LINK_EXPIRED_TEXT);
  });

  it('refuses a link older than 60 s', async () => {
    const { url } = (await sso(await aliceToken(), 'p-acme')).body as { url: string };
    mock.advance(PORTAL_SSO_TICKET_TTL_MS);
    expect((await openPortalPage(url)).status).toBe(401);
  });

  it('refuses a ticket on another portal\'s host, and a ticket it never issued', async () => {
    const { url } = (await sso(await aliceToken(), 'p-acme')).body as { url: string };
    const ticket = new URL(url).searchParams.get('ticket') ?? '';
    expect((await openPortalPage(`https://partners.bitrix24.de/bitrix-id/sso?ticket=${ticket}`)).status).toBe(401);
    expect((await openPortalPage('https://acme.bitrix24.com/bitrix-id/sso?ticket=pt_forged')).status).toBe(401);
  });

  it('answers 404 for a portal the caller is not a member of, and for an unknown one', async () => {
    const token = await aliceToken();
    expect((await sso(token, 'p-bob-shop')).status).toBe(404);
    expect((await sso(token, 'p-nowhere')).status).toBe(404);
    expect((await sso('at_unknown', 'p-acme')).status).toBe(401);
  });

  it('offers the same page to the app without HTTP (portalSsoPage)', async () => {
    const { url } = (await sso(await aliceToken(), 'p-acme')).body as { url: string };
    const parsed = new URL(url);
    const page = mock.backend.portalSsoPage(parsed.hostname, parsed.searchParams.get('ticket') ?? '');
    expect(page.status).toBe(200);
    expect(page.html).toContain('<h1>ACME Corp — signed in as Alice Demo</h1>');
  });
});

describe('creating a portal', () => {
  it('lists the zones with their domain suffixes', async () => {
    const items = ((await mock.api.send('/portals/zones')).body as { items: { zone: string; domain_suffix: string }[] }).items;
    for (const zone of ['com', 'eu', 'de', 'es', 'com.br', 'fr', 'it', 'pl', 'com.tr', 'ru', 'kz', 'in', 'jp']) {
      expect(items).toContainEqual({ zone, domain_suffix: `bitrix24.${zone}` });
    }
  });

  it('suggests a random free name in the zone', async () => {
    const reply = await mock.api.send('/portals/suggested-name?zone=de');
    const body = reply.body as { name: string; domain: string };
    expect(body.name).toMatch(/^b24-[a-z0-9]{6}$/);
    expect(body.domain).toBe(`${body.name}.bitrix24.de`);
    expect((await mock.api.send(`/portals/availability?name=${body.name}&zone=de`)).body).toEqual({ available: true });
    expect((await mock.api.send('/portals/suggested-name?zone=xx')).status).toBe(400);
  });

  it.each([
    ['ab', 'invalid'],
    ['a'.repeat(31), 'invalid'],
    ['-abc', 'invalid'],
    ['abc-', 'invalid'],
    ['Abc', 'invalid'],
    ['ab_c', 'invalid'],
    ['alice-team', 'taken'],
  ])('says %s is not available (%s)', async (name, reason) => {
    expect((await mock.api.send(`/portals/availability?name=${name}&zone=com`)).body).toEqual({ available: false, reason });
  });

  it.each(['abc', 'a'.repeat(30), 'my-shop-2', 'alice-team'])('says %s is available where free', async (name) => {
    expect((await mock.api.send(`/portals/availability?name=${name}&zone=de`)).body).toEqual({ available: true });
  });

  it('creates a portal with the creator as admin, listed from then on', async () => {
    const token = await bobToken();
    const reply = await createPortal(token, { name: 'bob-second', zone: 'eu' });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      title: 'bob-second',
      domain: 'bob-second.bitrix24.eu',
      role: 'admin',
      login: 'bob@example.com',
      status: 'active',
    });
    expect((await portalsOf(token)).map((portal) => portal.domain)).toContain('bob-second.bitrix24.eu');
    expect((await mock.api.send('/portals/availability?name=bob-second&zone=eu')).body).toEqual({ available: false, reason: 'taken' });
  });

  it('refuses an invalid name with 400 fields.name and a taken one with 409', async () => {
    const token = await bobToken();
    const invalid = await createPortal(token, { name: '-bad', zone: 'com' });
    expect(invalid.status).toBe(400);
    expect((invalid.body as ErrorBody).fields).toEqual({ name: 'invalid' });
    const taken = await createPortal(token, { name: 'acme', zone: 'com' });
    expect(taken.status).toBe(409);
    expect((taken.body as ErrorBody).error).toBe('portal_name_taken');
    expect((await createPortal('at_unknown', { name: 'free-name', zone: 'com' })).status).toBe(401);
  });

  it(`allows ${MAX_CREATED_PORTALS} created portals per profile and refuses the next with 409`, async () => {
    const token = await bobToken();
    for (let index = 1; index <= MAX_CREATED_PORTALS; index += 1) {
      expect((await createPortal(token, { name: `bob-shop-${index}`, zone: 'com' })).status).toBe(201);
    }
    const refused = await createPortal(token, { name: 'bob-shop-8', zone: 'com' });
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual({ error: 'portal_limit_reached', message: 'You can create at most 7 Bitrix24 accounts.' });
    expect(PORTAL_LIMIT_MESSAGE).toBe('You can create at most 7 Bitrix24 accounts.');
    // The limit is Bob's own: Alice can still create.
    expect((await createPortal(await aliceToken(), { name: 'alice-new', zone: 'com' })).status).toBe(201);
  });
});

describe('without portalsNext', () => {
  it('mounts none of the new routes and seeds none of the new portals', () => {
    const backend = new MockBackend();
    expect(backend.portalsNext).toBe(false);
    const routes = createHandlers(backend, EMBEDDED_MOCK_BASE_URL).map((handler) => handler.info.header);
    expect(routes.some((header) => header.includes('/portals/zones') || header.includes('linked-portals-notice'))).toBe(false);
    expect(backend.snapshot().portals.map((portal) => portal.id)).not.toContain('p-alice-old');
  });
});

describe('openapi-portals-next.yaml', () => {
  it('is valid YAML documenting every portals-next operation', async () => {
    const { readFile } = await import('node:fs/promises');
    const { parse } = await import('yaml');
    const document = parse(await readFile(new URL('../openapi-portals-next.yaml', import.meta.url), 'utf8')) as {
      openapi: string;
      paths: Record<string, Record<string, { operationId: string; tags: string[] }>>;
    };
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => `${method.toUpperCase()} ${path} ${operation.tags.join()}`),
    );
    expect(operations.sort()).toEqual(
      [
        'GET /me/linked-portals-notice portals-next',
        'GET /portals/availability portals-next',
        'GET /portals/suggested-name portals-next',
        'GET /portals/zones portals-next',
        'POST /portals portals-next',
        'POST /portals/{id}/sso portals-next',
      ].sort(),
    );
  });
});
