/**
 * The browser harness's Bitrix24-mode frames against the emulated Bitrix24, through a started
 * harness server: the test plays the iframe (it follows the frame's redirects, clicks its links and
 * posts its forms), main's side is a recording spec.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NETWORK_VIEW_ID, ok } from '../../src-preload/contract.ts';
import { networkPageUrl } from '../../src-main/bitrix24/network-pages.ts';
import type { WebViewEvents, WebViewSpec } from '../../src-main/bitrix24/web-view-host.ts';
import { silentLogger } from '../../src-main/logging/logger.ts';
import { startHarnessServer } from '../../harness/harness-server.ts';
import { createPortalFrames } from '../../harness/portal-frames.ts';
import { createSseHub } from '../../harness/sse-hub.ts';
import { loadStaticSite } from '../../harness/static-site.ts';
import { createWebFrames, REAL_SITE_TEXT, type WebFrames } from '../../harness/web-frames.ts';
import { EMULATED_ACCOUNT, EXTERNAL_LINK, startEmulatedBitrix24, type EmulatedBitrix24 } from '../../mocks/bitrix24-web/emulated-bitrix24.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

interface FramePage extends Reply {
  /** The frame's address after its redirects (a path on the harness). */
  path: string;
  /** Each address the frame requested, the first included. */
  hops: string[];
}

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function send(origin: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = request(`${origin}${path}`, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (incoming) => {
      let body = '';
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => (body += chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body }));
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

/** Every answer the frames gave in this test, to check none carried a cookie. */
const answers: Reply[] = [];

/** A sandboxed iframe: document requests as Chromium sends them (a form post's Origin is "null"), redirects followed as GETs. */
async function frameGo(origin: string, path: string, form?: Record<string, string>): Promise<FramePage> {
  let current = path;
  let method = form === undefined ? 'GET' : 'POST';
  let body = form === undefined ? undefined : new URLSearchParams(form).toString();
  const hops: string[] = [];
  for (;;) {
    hops.push(current);
    const reply = await send(origin, current, {
      method,
      headers: {
        'sec-fetch-mode': 'navigate',
        'sec-fetch-dest': 'iframe',
        ...(body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded', origin: 'null' }),
      },
      ...(body === undefined ? {} : { body }),
    });
    answers.push(reply);
    const location = reply.headers['location'];
    if (reply.status >= 300 && reply.status < 400 && typeof location === 'string') {
      expect(location.startsWith('/web-frame/')).toBe(true);
      current = location;
      method = 'GET';
      body = undefined;
      continue;
    }
    return { ...reply, path: current, hops };
  }
}

const decode = (text: string) => text.replaceAll('&amp;', '&').replaceAll('&quot;', '"');

/** The form holding a button labelled `button`: where it posts and its hidden fields. */
function formWith(page: FramePage, button: string): { action: string; fields: Record<string, string> } {
  const form = [...page.body.matchAll(/<form method="post" action="([^"]*)">([\s\S]*?)<\/form>/g)].find((match) =>
    (match[2] ?? '').includes(`>${button}</button>`),
  );
  if (form === undefined) throw new Error(`No form with "${button}" in:\n${page.body}`);
  const fields = Object.fromEntries(
    [...(form[2] ?? '').matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map((match) => [match[1] ?? '', decode(match[2] ?? '')]),
  );
  return { action: decode(form[1] ?? ''), fields };
}

function linkTo(page: FramePage, text: string): string {
  const link = [...page.body.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].find((match) => (match[2] ?? '').includes(text));
  if (link === undefined) throw new Error(`No link "${text}" in:\n${page.body}`);
  return decode(link[1] ?? '');
}

const heading = (page: FramePage) => /<h1>([^<]*)<\/h1>/.exec(page.body)?.[1] ?? '';

interface RecordedEvents extends WebViewEvents {
  portalsOpened: string[];
  titles: string[];
}

function recordingEvents(): RecordedEvents {
  const portalsOpened: string[] = [];
  const titles: string[] = [];
  return {
    portalsOpened,
    titles,
    openPortal: (url) => portalsOpened.push(url),
    titleChanged: (title) => titles.push(title),
  };
}

describe('the harness’s Bitrix24 frames', () => {
  let site: EmulatedBitrix24;
  let webFrames: WebFrames;
  let origin: string;
  let opened: string[];

  beforeEach(async () => {
    answers.length = 0;
    site = await startEmulatedBitrix24();
    cleanups.push(() => site.close());
    const dir = mkdtempSync(join(tmpdir(), 'bitrix-id-web-frames-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    writeFileSync(join(dir, 'bridge.js'), '');
    opened = [];
    webFrames = createWebFrames({ openExternal: (url) => opened.push(url) });
    const server = await startHarnessServer({
      port: 0,
      secret: 'a'.repeat(64),
      router: { dispatch: async () => ok(null) },
      hub: createSseHub(),
      site: await loadStaticSite({ rendererDir: dir, bridgeScriptFile: join(dir, 'bridge.js') }),
      frames: createPortalFrames(),
      webFrames,
      openLink: () => false,
      log: silentLogger,
    });
    cleanups.push(() => server.close());
    origin = server.origin;
  });

  function portalSpec(name: string, partition: string, events: RecordedEvents = recordingEvents()): WebViewSpec {
    const portalOrigin = site.portalOrigin(name);
    return {
      viewId: portalOrigin,
      kind: 'portal',
      partition,
      url: site.portalUrl(name),
      rules: { viewOrigin: portalOrigin, networkUrl: site.networkUrl, allowLoopback: true, knownPortalOrigins: () => [] },
      events,
    };
  }

  function networkSpec(partition: string, events: RecordedEvents): WebViewSpec {
    return {
      viewId: NETWORK_VIEW_ID,
      kind: 'network',
      partition,
      url: networkPageUrl(site.networkUrl, 'signIn'),
      rules: { viewOrigin: new URL(site.networkUrl).origin, networkUrl: site.networkUrl, allowLoopback: true, knownPortalOrigins: () => [] },
      events,
    };
  }

  /** Opens a portal in `partition`; signs in on the Network's page when it shows. */
  async function openPortal(name: string, partition: string, events?: RecordedEvents): Promise<FramePage> {
    const { frameUrl } = webFrames.host.create(portalSpec(name, partition, events));
    return frameGo(origin, frameUrl ?? '');
  }

  async function signIn(signInPage: FramePage): Promise<FramePage> {
    const form = formWith(signInPage, 'Sign in');
    return frameGo(origin, form.action, { ...form.fields, login: EMULATED_ACCOUNT.login, password: EMULATED_ACCOUNT.password });
  }

  it('signs in once on the Network for every portal of the profile; another profile asks again', async () => {
    const first = await openPortal('alpha', 'persist:bitrix24-one');
    expect(heading(first)).toBe('Sign in to Bitrix24');
    expect(first.path).toContain('/http/127.0.0.1:');
    const alpha = await signIn(first);
    expect(heading(alpha)).toBe('Alpha');
    expect(alpha.path).toMatch(/\/http\/alpha\.localhost:\d+\/$/);

    const beta = await openPortal('beta', 'persist:bitrix24-one');
    expect(heading(beta)).toBe('Beta');

    const otherProfile = await openPortal('alpha', 'persist:bitrix24-two');
    expect(heading(otherProfile)).toBe('Sign in to Bitrix24');
  });

  it('signs out of one origin only, and of everything with the partition', async () => {
    await signIn(await openPortal('alpha', 'persist:p'));
    await openPortal('beta', 'persist:p');

    // Out of the Network only: the portals keep their sessions, a portal not yet open asks again.
    await webFrames.host.clearOrigin('persist:p', new URL(site.networkUrl).origin);
    expect(heading(await openPortal('alpha', 'persist:p'))).toBe('Alpha');
    expect(heading(await openPortal('gamma', 'persist:p'))).toBe('Sign in to Bitrix24');

    // Out of one portal: it passes through the Network again (signed in there anew), the other does not.
    const gamma = await signIn(await openPortal('gamma', 'persist:p'));
    expect(heading(gamma)).toBe('Gamma');
    await webFrames.host.clearOrigin('persist:p', site.portalOrigin('alpha'));
    const alphaAgain = await openPortal('alpha', 'persist:p');
    expect(heading(alphaAgain)).toBe('Alpha');
    expect(alphaAgain.hops.some((hop) => hop.includes('/oauth/authorize/'))).toBe(true);
    const betaAgain = await openPortal('beta', 'persist:p');
    expect(betaAgain.hops).toHaveLength(1);

    await webFrames.host.clearPartition('persist:p');
    expect(heading(await openPortal('alpha', 'persist:p'))).toBe('Sign in to Bitrix24');
    expect(heading(await openPortal('beta', 'persist:p'))).toBe('Sign in to Bitrix24');
  });

  it('reports the page’s title as it changes: the unread count, then none after "Mark all as read"', async () => {
    const events = recordingEvents();
    site.setUnread('alpha', 3);
    const alpha = await signIn(await openPortal('alpha', 'persist:p', events));
    expect(events.titles).toEqual(['Sign in to Bitrix24', '(3) Alpha']);

    const markRead = formWith(alpha, 'Mark all as read');
    const read = await frameGo(origin, markRead.action, markRead.fields);
    expect(heading(read)).toBe('Alpha');
    expect(events.titles).toEqual(['Sign in to Bitrix24', '(3) Alpha', 'Alpha']);
    expect(site.unread('alpha')).toBe(0);
  });

  it('hands an external link to the system browser and keeps the frame where it was', async () => {
    const alpha = await signIn(await openPortal('alpha', 'persist:p'));
    const external = linkTo(alpha, 'Example site');
    expect(external).toMatch(/^\/web-frame\/[0-9a-f]{64}\/https\/example\.com\/$/);
    const answer = await frameGo(origin, external);
    expect(answer.status).toBe(204);
    expect(opened).toEqual([EXTERNAL_LINK]);
  });

  it('opens a portal linked from the Network’s page as a portal, not in the Network’s frame', async () => {
    const events = recordingEvents();
    const { frameUrl } = webFrames.host.create(networkSpec('persist:p', events));
    const profile = await signIn(await frameGo(origin, frameUrl ?? ''));
    expect(heading(profile)).toBe(EMULATED_ACCOUNT.name);

    const answer = await frameGo(origin, linkTo(profile, 'Beta'));
    expect(answer.status).toBe(204);
    expect(events.portalsOpened).toEqual([site.portalUrl('beta')]);
    expect(opened).toEqual([]);

    // The Network's own pages stay in its frame, and its next page comes from there.
    const create = await frameGo(origin, linkTo(profile, 'Create Bitrix24'));
    expect(heading(create)).toBe('Create Bitrix24');
  });

  it('never passes a cookie to the browser, and serves each page sandboxed, framed by the app only', async () => {
    const alpha = await signIn(await openPortal('alpha', 'persist:p'));
    expect(answers.length).toBeGreaterThan(4);
    for (const answer of answers) expect(answer.headers['set-cookie']).toBeUndefined();
    const policy = String(alpha.headers['content-security-policy']);
    expect(policy).toContain('sandbox allow-forms allow-scripts');
    expect(policy).not.toContain('allow-same-origin');
    expect(policy).toContain("frame-ancestors 'self'");
  });

  it('serves a frame only at the address it handed out last, until the view is destroyed', async () => {
    expect((await send(origin, `/web-frame/${'0'.repeat(64)}/http/127.0.0.1:1/`)).status).toBe(404);

    const spec = portalSpec('alpha', 'persist:p');
    const { frameUrl: first } = webFrames.host.create(spec);
    expect(first).toMatch(/^\/web-frame\/[0-9a-f]{64}\/http\/alpha\.localhost:\d+\/$/);
    const { frameUrl: second } = webFrames.host.load(spec.viewId, networkPageUrl(site.networkUrl, 'createPortal'));
    expect(second).not.toBe(first);
    expect((await send(origin, first ?? '')).status).toBe(404);
    expect(heading(await frameGo(origin, second ?? ''))).toBe('Create Bitrix24');

    webFrames.host.destroy(spec.viewId);
    expect((await send(origin, second ?? '')).status).toBe(404);
    expect(webFrames.host.load(spec.viewId, site.portalUrl('alpha'))).toEqual({ frameUrl: null });
  });

  it('never fetches a real site: the real Network’s page says so', async () => {
    const realNetwork = 'https://www.bitrix24.net/';
    const { frameUrl } = webFrames.host.create({
      viewId: NETWORK_VIEW_ID,
      kind: 'network',
      partition: 'persist:p',
      url: networkPageUrl(realNetwork, 'signIn'),
      rules: { viewOrigin: 'https://www.bitrix24.net', networkUrl: realNetwork, allowLoopback: false, knownPortalOrigins: () => [] },
      events: recordingEvents(),
    });
    const page = await frameGo(origin, frameUrl ?? '');
    expect(page).toMatchObject({ status: 502, body: REAL_SITE_TEXT });
  });

  it('answers only requests addressed to the harness, from the app or a sandboxed frame', async () => {
    const { frameUrl } = webFrames.host.create(portalSpec('alpha', 'persist:p'));
    const path = frameUrl ?? '';
    expect((await send(origin, path, { headers: { origin: 'http://evil.example' } })).status).toBe(403);
    expect((await send(origin, path, { headers: { host: 'evil.example' } })).status).toBe(403);
    expect((await send(origin, path, { method: 'PUT' })).status).toBe(405);
    // A frame's style or script fetch may load what the page could load in place, never take an action.
    const external = `${path.slice(0, path.indexOf('/http/'))}/https/example.com/`;
    expect((await send(origin, external, { headers: { 'sec-fetch-mode': 'no-cors' } })).status).toBe(404);
    expect(opened).toEqual([]);
  });

  it('serves a page’s styles and scripts from its own origin only', async () => {
    const alpha = await signIn(await openPortal('alpha', 'persist:p'));
    const frameBase = alpha.path.slice(0, alpha.path.indexOf('/http/'));
    const subresource = { headers: { 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'script' } };
    const script = await send(origin, `${frameBase}/http/${new URL(site.portalOrigin('alpha')).host}/assets/portal.js`, subresource);
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    // The Network's, from a portal's page: not sent with the Network's cookies, not served at all.
    const networkHost = new URL(site.networkUrl).host;
    expect((await send(origin, `${frameBase}/http/${networkHost}/assets/site.css`, subresource)).status).toBe(404);
    expect((await send(origin, `${frameBase}/http/${networkHost}/passport/view/`, { headers: { 'sec-fetch-mode': 'cors' } })).status).toBe(404);
  });
});
