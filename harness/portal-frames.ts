import { randomBytes } from 'node:crypto';
import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { PortalPage, PortalViewHost, PortalViewSpec } from '../src-main/portal-views/portal-view-host.ts';
import { MOCK_PORTAL_PAGE_CSP } from '../src-main/security/content-security-policy.ts';
import { isLoopbackHttpUrl } from './loopback-fetch.ts';
import { baseHeaders, sendStatus } from './responses.ts';

/** Every portal frame's address starts with this, followed by an unguessable id. */
export const PORTAL_FRAME_PATH_PREFIX = '/portal-frame/';

/**
 * A portal page may be framed only by the app's own page, and it runs in a sandbox (an opaque
 * origin), so even on the harness's host it can never reach the app's page or its bridge. Otherwise
 * the policy of the mock's pages in Electron's portal views, but for one script of the harness's own
 * (by nonce): the portal shortcuts, which a frame would swallow, posted to the app's page by name.
 */
function frameHeaders(nonce: string) {
  return {
    ...baseHeaders,
    'x-frame-options': 'SAMEORIGIN',
    'content-security-policy': `${MOCK_PORTAL_PAGE_CSP}; script-src 'nonce-${nonce}'; frame-ancestors 'self'; sandbox allow-scripts`,
  };
}

/**
 * Posts Ctrl+1…9 (Cmd too) and Ctrl+Tab / Ctrl+Shift+Tab to the app's page as a shortcut's name
 * (`'1'`…`'9'`, `'next'`, `'previous'`), as Electron's portal views forward them; nothing else.
 */
function shortcutScript(nonce: string, appOrigin: string): string {
  return `<script nonce="${nonce}">addEventListener('keydown', function (e) {
  var name = null, digit = /^Digit([1-9])$/.exec(e.code);
  if (e.altKey) return;
  if (e.key === 'Tab' && e.ctrlKey && !e.metaKey) name = e.shiftKey ? 'previous' : 'next';
  else if (digit && (e.ctrlKey || e.metaKey) && !e.shiftKey) name = digit[1];
  if (name === null) return;
  e.preventDefault();
  parent.postMessage({ portalShortcut: name }, ${JSON.stringify(appOrigin)});
});</script>`;
}

interface Frame {
  portalId: string;
  /** The one-time login: it signs in at the frame's first load only. */
  loginUrl: string;
  /** Where the page comes from: the embedded mock, or a local mock server. */
  pages: (loginUrl: string) => Promise<PortalPage>;
  /** The page the login showed, shown again on reload as a portal's session would. */
  page: Promise<PortalPage> | null;
}

export interface PortalFrames {
  host: PortalViewHost;
  /** `GET /portal-frame/<id>`; the caller has checked the request is addressed to the harness. */
  serve(req: IncomingMessage, res: ServerResponse, pathname: string): void;
}

/** Far beyond a mock portal's page. */
const MAX_PAGE_BYTES = 1024 * 1024;

/**
 * A portal's page from a local mock server, which plays every portal told apart by Host: the login's
 * path asked of the server, as if the portal's name resolved to it. Only plain http on loopback.
 */
export function localServerPage(server: string, loginUrl: string): Promise<PortalPage> {
  const target = new URL(server);
  const login = new URL(loginUrl);
  if (!isLoopbackHttpUrl(target)) return Promise.reject(new Error('A local mock server is plain http on this computer.'));
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: target.hostname === '[::1]' ? '::1' : '127.0.0.1',
        port: target.port === '' ? 80 : Number(target.port),
        method: 'GET',
        path: `${login.pathname}${login.search}`,
        headers: { host: login.host, accept: 'text/html' },
      },
      (incoming) => {
        let html = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => {
          html += chunk;
          if (html.length > MAX_PAGE_BYTES) incoming.destroy(new Error('The page is too large.'));
        });
        incoming.once('error', reject);
        incoming.once('end', () => resolve({ status: incoming.statusCode ?? 502, html }));
      },
    );
    outgoing.once('error', reject);
    outgoing.end();
  });
}

/**
 * The browser harness's portal views: iframes of addresses on its own host. The renderer only ever
 * sees `/portal-frame/<random>`; the one-time login stays here, used server-side with the embedded
 * mock or a local mock server. A real portal's page cannot be framed here (the app's page frames only
 * its own host, and a real portal refuses another site's frame), so it is refused and the pane says so.
 */
export function createPortalFrames(): PortalFrames {
  const frames = new Map<string, Frame>();

  const forget = (portalId: string) => {
    for (const [id, frame] of frames) if (frame.portalId === portalId) frames.delete(id);
  };

  const pagesFor = (spec: PortalViewSpec): Frame['pages'] | null => {
    const { mockPages, localServer } = spec;
    if (mockPages) return async (loginUrl) => mockPages(loginUrl);
    if (localServer) return (loginUrl) => localServerPage(localServer, loginUrl);
    return null;
  };

  const host: PortalViewHost = {
    create(spec) {
      forget(spec.portalId);
      const pages = pagesFor(spec);
      if (!pages) return { refused: 'framing' };
      const id = randomBytes(32).toString('hex');
      frames.set(id, { portalId: spec.portalId, loginUrl: spec.loginUrl, pages, page: null });
      return { frameUrl: `${PORTAL_FRAME_PATH_PREFIX}${id}` };
    },
    destroy: forget,
    // The frame's page is all this host keeps of a portal: forgetting it signs out.
    async clear(portalId) {
      forget(portalId);
    },
    // The renderer places and shows its iframes itself.
    show() {},
    hideAll() {},
  };

  return {
    host,
    serve(req, res, pathname) {
      if (req.method !== 'GET') return sendStatus(res, 405, { allow: 'GET' });
      const frame = frames.get(pathname.slice(PORTAL_FRAME_PATH_PREFIX.length));
      if (!frame) return sendStatus(res, 404);
      const loading = (frame.page ??= frame.pages(frame.loginUrl));
      const nonce = randomBytes(16).toString('base64');
      // The caller checked Host is the harness's own, so this is the app page's origin.
      const appOrigin = `http://${req.headers.host ?? ''}`;
      loading.then(
        (page) => {
          const html = `${page.html}${shortcutScript(nonce, appOrigin)}`;
          res.writeHead(page.status, { ...frameHeaders(nonce), 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html) });
          res.end(html);
        },
        () => {
          // The local server did not answer: a reload of the frame asks again.
          if (frame.page === loading) frame.page = null;
          sendStatus(res, 502, frameHeaders(nonce));
        },
      );
    },
  };
}
