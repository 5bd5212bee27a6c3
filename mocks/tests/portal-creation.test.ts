/** Creating a portal: zones, suggested names, name availability, and the 7-portal limit. */
import { describe, expect, it } from 'vitest';
import { MAX_CREATED_PORTALS, PORTAL_LIMIT_MESSAGE, seedCredentials } from '../index.ts';
import { signedIn, type ErrorBody, type PortalPageBody } from './api-client.ts';
import { useMockApi } from './msw-harness.ts';

const mock = useMockApi();

const aliceToken = async () =>
  (await signedIn(mock.api, seedCredentials.alice.email, seedCredentials.alice.password)).access_token;
const bobToken = async () => (await signedIn(mock.api, seedCredentials.bob.email, seedCredentials.bob.password)).access_token;

describe('creating a portal', () => {
  it('lists the zones with their domain suffixes, with no sign-in', async () => {
    const items = ((await mock.api.portalZones()).body as { items: { zone: string; domain_suffix: string }[] }).items;
    for (const zone of ['com', 'eu', 'de', 'es', 'com.br', 'fr', 'it', 'pl', 'com.tr', 'ru', 'kz', 'in', 'jp']) {
      expect(items).toContainEqual({ zone, domain_suffix: `bitrix24.${zone}` });
    }
  });

  it('suggests a random free name in the zone, and refuses an unknown zone with 400', async () => {
    const body = (await mock.api.suggestedPortalName('de')).body as { name: string; domain: string };
    expect(body.name).toMatch(/^b24-[a-z0-9]{6}$/);
    expect(body.domain).toBe(`${body.name}.bitrix24.de`);
    expect((await mock.api.portalAvailability(body.name, 'de')).body).toEqual({ available: true });
    const unknown = await mock.api.suggestedPortalName('xx');
    expect(unknown.status).toBe(400);
    expect((unknown.body as ErrorBody).fields).toEqual({ zone: 'invalid' });
  });

  it.each([
    ['ab', 'com', 'invalid'],
    ['a'.repeat(31), 'com', 'invalid'],
    ['-abc', 'com', 'invalid'],
    ['abc-', 'com', 'invalid'],
    ['Abc', 'com', 'invalid'],
    ['ab_c', 'com', 'invalid'],
    ['free-name', 'xx', 'invalid'],
    ['alice-team', 'com', 'taken'],
  ])('says %s in zone %s is not available (%s)', async (name, zone, reason) => {
    expect((await mock.api.portalAvailability(name, zone)).body).toEqual({ available: false, reason });
  });

  it.each(['abc', 'a'.repeat(30), 'my-shop-2', 'alice-team'])('says %s is available where free', async (name) => {
    expect((await mock.api.portalAvailability(name, 'de')).body).toEqual({ available: true });
  });

  it('creates a portal with the creator as admin, listed from then on', async () => {
    const token = await bobToken();
    const reply = await mock.api.createPortal(token, { name: 'bob-second', zone: 'eu' });
    expect(reply.status).toBe(201);
    expect(reply.body).toEqual({
      id: expect.stringMatching(/^p-/),
      title: 'bob-second',
      domain: 'bob-second.bitrix24.eu',
      role: 'admin',
      login: 'bob@example.com',
      status: 'active',
    });
    const page = (await mock.api.portals(token)).body as PortalPageBody;
    expect(page.items.map((portal) => portal.domain)).toContain('bob-second.bitrix24.eu');
    expect(page.total).toBe(2);
    expect((await mock.api.portalAvailability('bob-second', 'eu')).body).toEqual({ available: false, reason: 'taken' });
  });

  it('refuses an invalid name or zone with 400 and a taken name with 409', async () => {
    const token = await bobToken();
    const invalid = await mock.api.createPortal(token, { name: '-bad', zone: 'com' });
    expect(invalid.status).toBe(400);
    expect((invalid.body as ErrorBody).fields).toEqual({ name: 'invalid' });
    expect(((await mock.api.createPortal(token, { name: 'fine-name', zone: 'xx' })).body as ErrorBody).fields).toEqual({
      zone: 'invalid',
    });
    const taken = await mock.api.createPortal(token, { name: 'acme', zone: 'com' });
    expect(taken.status).toBe(409);
    expect(taken.body).toEqual({ error: 'portal_name_taken', message: 'This name is already taken in this zone.' });
    expect((await mock.api.createPortal('at_unknown', { name: 'free-name', zone: 'com' })).status).toBe(401);
  });

  it(`allows ${MAX_CREATED_PORTALS} created portals per profile and refuses the next with 409`, async () => {
    const token = await bobToken();
    for (let index = 1; index <= MAX_CREATED_PORTALS; index += 1) {
      expect((await mock.api.createPortal(token, { name: `bob-shop-${index}`, zone: 'com' })).status).toBe(201);
    }
    const refused = await mock.api.createPortal(token, { name: 'bob-shop-8', zone: 'com' });
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual({ error: 'portal_limit_reached', message: 'You can create at most 7 Bitrix24 accounts.' });
    expect(PORTAL_LIMIT_MESSAGE).toBe('You can create at most 7 Bitrix24 accounts.');
    // The limit is Bob's own: Alice can still create.
    expect((await mock.api.createPortal(await aliceToken(), { name: 'alice-new', zone: 'com' })).status).toBe(201);
  });
});
