/** One-time portal sign-in: the link from POST /portals/{id}/sso, and the portal page it opens. */
import { describe, expect, it } from 'vitest';
import { PORTAL_SSO_TICKET_TTL_MS, seedCredentials, seedDeletedPortal, SSO_LINK_EXPIRED_TEXT } from '../index.ts';
import { signedIn, type ErrorBody, type IssuedSecretsBody } from './api-client.ts';
import { START_TIME, useMockApi } from './msw-harness.ts';

const mock = useMockApi();
const alice = seedCredentials.alice;

const aliceToken = async () => (await signedIn(mock.api, alice.email, alice.password)).access_token;

async function ssoUrl(portalId: string): Promise<string> {
  const reply = await mock.api.portalSsoLink(await aliceToken(), portalId);
  expect(reply.status).toBe(200);
  return (reply.body as { url: string }).url;
}

/** What a browser gets at the URL; msw answers it in-process, whatever the host. */
async function openPortalPage(url: string): Promise<{ status: number; html: string }> {
  const response = await fetch(url);
  return { status: response.status, html: await response.text() };
}

describe('one-time portal sign-in', () => {
  it('answers a one-time https URL on the portal that lives 60 s', async () => {
    const reply = await mock.api.portalSsoLink(await aliceToken(), 'p-alice-team');
    expect(reply.status).toBe(200);
    const body = reply.body as { url: string; expires_at: string };
    const url = new URL(body.url);
    expect(`${url.origin}${url.pathname}`).toBe('https://alice-team.bitrix24.com/bitrix-id/sso');
    const ticket = url.searchParams.get('ticket') ?? '';
    expect(Buffer.from(ticket.replace(/^pt_/, ''), 'base64url').length).toBeGreaterThanOrEqual(32);
    expect(Date.parse(body.expires_at) - START_TIME).toBe(PORTAL_SSO_TICKET_TTL_MS);
    expect(((await mock.api.issuedSecrets()).body as IssuedSecretsBody).codes).toContain(ticket);
    expect(JSON.stringify(mock.backend.snapshot())).not.toContain(ticket);
  });

  it('signs in once on the portal page, then refuses the same link with 401', async () => {
    const url = await ssoUrl('p-alice-team');
    const first = await openPortalPage(url);
    expect(first.status).toBe(200);
    expect(first.html).toContain('<title>Alice Team — signed in as Alice Demo</title>');
    expect(first.html).toContain('<h1>Alice Team — signed in as Alice Demo</h1>');
    const second = await openPortalPage(url);
    expect(second.status).toBe(401);
    expect(second.html).toContain(SSO_LINK_EXPIRED_TEXT);
  });

  it('refuses a link older than 60 s', async () => {
    const url = await ssoUrl('p-acme');
    mock.advance(PORTAL_SSO_TICKET_TTL_MS);
    expect((await openPortalPage(url)).status).toBe(401);
  });

  it("refuses a ticket on another portal's host, and a ticket it never issued", async () => {
    const ticket = new URL(await ssoUrl('p-acme')).searchParams.get('ticket') ?? '';
    expect((await openPortalPage(`https://partners.bitrix24.de/bitrix-id/sso?ticket=${ticket}`)).status).toBe(401);
    expect((await openPortalPage('https://acme.bitrix24.com/bitrix-id/sso?ticket=pt_forged')).status).toBe(401);
  });

  it('answers 404 for a portal the caller is not a member of, and for an unknown one', async () => {
    const token = await aliceToken();
    expect((await mock.api.portalSsoLink(token, 'p-bob-shop')).status).toBe(404);
    expect((await mock.api.portalSsoLink(token, 'p-nowhere')).status).toBe(404);
    expect((await mock.api.portalSsoLink('at_unknown', 'p-acme')).status).toBe(401);
  });

  it('refuses a link to a deleted portal with 409 portal_unavailable and the reason', async () => {
    const reply = await mock.api.portalSsoLink(await aliceToken(), seedDeletedPortal.id);
    expect(reply.status).toBe(409);
    expect(reply.body as ErrorBody).toEqual({ error: 'portal_unavailable', message: 'This Bitrix24 was deleted.', reason: 'deleted' });
  });

  it('offers the same page to the app without HTTP (portalSsoPage)', async () => {
    const parsed = new URL(await ssoUrl('p-acme'));
    const page = mock.backend.portalSsoPage(parsed.hostname, parsed.searchParams.get('ticket') ?? '');
    expect(page.status).toBe(200);
    expect(page.html).toContain('<h1>ACME Corp — signed in as Alice Demo</h1>');
  });
});
