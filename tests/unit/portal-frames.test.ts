/** The browser harness's portal frames: addresses on its own host that never show the one-time login. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../src-preload/contract.ts';
import { silentLogger } from '../../src-main/logging/logger.ts';
import type { CreatedPortalView, PortalViewSpec } from '../../src-main/portal-views/portal-view-host.ts';
import { startHarnessServer } from '../../harness/harness-server.ts';
import { createPortalFrames } from '../../harness/portal-frames.ts';
import { createSseHub } from '../../harness/sse-hub.ts';
import { loadStaticSite } from '../../harness/static-site.ts';
import { createWebFrames } from '../../harness/web-frames.ts';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const INDEX_HTML = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; frame-src 'none'" />
</head><body><script type="module" src="./main.js"></script></body></html>`;

async function startHarness() {
  const dir = mkdtempSync(join(tmpdir(), 'bitrix-id-frames-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'index.html'), INDEX_HTML);
  writeFileSync(join(dir, 'bridge.js'), '');
  const site = await loadStaticSite({ rendererDir: dir, bridgeScriptFile: join(dir, 'bridge.js') });
  const frames = createPortalFrames();
  const server = await startHarnessServer({
    port: 0,
    secret: 'a'.repeat(64),
    router: { dispatch: async () => ok(null) },
    hub: createSseHub(),
    site,
    frames,
    webFrames: createWebFrames({ openExternal() {} }),
    openLink: () => false,
    log: silentLogger,
  });
  cleanups.push(() => server.close());
  return { host: frames.host, origin: server.origin };
}

function get(origin: string, path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request(`${origin}${path}`, { method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const LOGIN_URL = 'https://acme.bitrix24.com/bitrix-id/sso?ticket=pt_secret-ticket';

function spec(overrides: Partial<PortalViewSpec> = {}): PortalViewSpec {
  return { portalId: 'p-acme', partition: 'persist:portal-x', loginUrl: LOGIN_URL, mockPages: null, localServer: null, ...overrides };
}

function frameUrlOf(created: CreatedPortalView): string {
  if (!('frameUrl' in created) || created.frameUrl === null) throw new Error(`Expected a frame, got ${JSON.stringify(created)}`);
  return created.frameUrl;
}

describe('portal frames in the browser harness', () => {
  it('with the mock, serves the page the one-time login shows, framable only by the app, and again on reload', async () => {
    const { host, origin } = await startHarness();
    const asked: string[] = [];
    const frameUrl = frameUrlOf(
      host.create(
        spec({
        mockPages: (url) => {
          asked.push(url);
            return asked.length === 1 ? { status: 200, html: '<h1>ACME Corp — signed in as Alice Demo</h1>' } : { status: 401, html: 'used' };
          },
        }),
      ),
    );
    expect(frameUrl).toMatch(/^\/portal-frame\/[0-9a-f]{64}$/);
    expect(frameUrl).not.toContain('ticket');

    const first = await get(origin, frameUrl);
    expect(first.status).toBe(200);
    expect(first.body.startsWith('<h1>ACME Corp — signed in as Alice Demo</h1><script nonce=')).toBe(true);
    // The harness's one script (the shortcuts), allowed by this response's nonce only, posts to the app's page only.
    const nonce = /<script nonce="([^"]+)">/.exec(first.body)?.[1] ?? '';
    expect(first.headers['content-security-policy']).toContain(`script-src 'nonce-${nonce}'`);
    expect(first.body).toContain(`parent.postMessage({ portalShortcut: name }, "${origin}")`);
    expect(first.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(first.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(first.headers['content-security-policy']).toMatch(/; sandbox allow-scripts$/);
    expect(first.headers['content-security-policy']).toContain("default-src 'none'");

    const again = await get(origin, frameUrl);
    expect(again.status).toBe(200);
    expect(again.body.startsWith('<h1>ACME Corp — signed in as Alice Demo</h1>')).toBe(true);
    expect(asked).toEqual([LOGIN_URL]);
  });

  it('with a local mock server, asks it for the portal page by the portal host, and shows it again on reload', async () => {
    const { host, origin } = await startHarness();
    const asked: Array<{ host: string | undefined; url: string | undefined }> = [];
    const portalServer = createServer((req, res) => {
      asked.push({ host: req.headers.host, url: req.url });
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<h1>${req.headers.host ?? ''} — signed in as Alice Demo</h1>`);
    });
    await new Promise<void>((resolve) => portalServer.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => portalServer.close(() => resolve())));
    const { port } = portalServer.address() as AddressInfo;

    const frameUrl = frameUrlOf(host.create(spec({ localServer: `http://127.0.0.1:${port}` })));
    for (const load of [await get(origin, frameUrl), await get(origin, frameUrl)]) {
      expect(load.status).toBe(200);
      expect(load.body).toContain('<h1>acme.bitrix24.com — signed in as Alice Demo</h1>');
    }
    expect(asked).toEqual([{ host: 'acme.bitrix24.com', url: '/bitrix-id/sso?ticket=pt_secret-ticket' }]);
  });

  it('refuses a real portal, whose page it cannot frame, and makes no address for it', () => {
    expect(createPortalFrames().host.create(spec())).toEqual({ refused: 'framing' });
  });

  it('forgets a frame when its view is closed or its portal signed out of, and knows no other address', async () => {
    const { host, origin } = await startHarness();
    const mockSpec = () => spec({ mockPages: () => ({ status: 200, html: '<h1>ACME</h1>' }) });
    const closed = frameUrlOf(host.create(mockSpec()));
    host.destroy('p-acme');
    expect((await get(origin, closed)).status).toBe(404);

    const signedOut = frameUrlOf(host.create(mockSpec()));
    await host.clear('p-acme', 'persist:portal-x');
    expect((await get(origin, signedOut)).status).toBe(404);

    const replaced = frameUrlOf(host.create(mockSpec()));
    const current = frameUrlOf(host.create(mockSpec()));
    expect((await get(origin, replaced)).status).toBe(404);
    expect((await get(origin, `/portal-frame/${'0'.repeat(64)}`)).status).toBe(404);
    expect((await get(origin, current, {}, 'POST')).status).toBe(405);
    expect((await get(origin, current, { host: 'evil.example' })).status).toBe(403);
    expect((await get(origin, current)).status).toBe(200);
  });

  it("lets the app's page frame its own host, in the header and the meta tag alike", async () => {
    const { origin } = await startHarness();
    const page = await get(origin, '/');
    const header = String(page.headers['content-security-policy']);
    expect(header).toContain("frame-src 'self'");
    expect(header).not.toContain("frame-src 'none'");
    expect(header).toContain("frame-ancestors 'none'");
    expect(page.body).toContain(`content="default-src 'none'; script-src 'self'; frame-src 'self'"`);
  });
});
