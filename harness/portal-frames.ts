import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MockPortalPages, PortalPage, PortalViewHost } from '../src-main/portal-views/portal-view-host.ts';
import { MOCK_PORTAL_PAGE_CSP } from '../src-main/security/content-security-policy.ts';
import { baseHeaders, sendStatus } from './responses.ts';

/** Every portal frame's address starts with this, followed by an unguessable id. */
export const PORTAL_FRAME_PATH_PREFIX = '/portal-frame/';

/**
 * A portal page may be framed only by the app's own page, and it runs in a sandbox (an opaque
 * origin), so even on the harness's host it can never reach the app's page or its bridge. Otherwise
 * the policy of the mock's pages in Electron's portal views.
 */
const FRAME_HEADERS = {
  ...baseHeaders,
  'x-frame-options': 'SAMEORIGIN',
  'content-security-policy': `${MOCK_PORTAL_PAGE_CSP}; frame-ancestors 'self'; sandbox`,
};

interface Frame {
  portalId: string;
  /** The one-time login: it signs in at the frame's first load only. */
  loginUrl: string;
  loaded: boolean;
  mockPages: MockPortalPages | null;
  /** With the mock: the page the login showed, shown again on reload as a portal's session would. */
  page: PortalPage | null;
}

export interface PortalFrames {
  host: PortalViewHost;
  /** `GET /portal-frame/<id>`; the caller has checked the request is addressed to the harness. */
  serve(req: IncomingMessage, res: ServerResponse, pathname: string): void;
}

/**
 * The browser harness's portal views: iframes of addresses on its own host. The renderer only ever
 * sees `/portal-frame/<random>`; the one-time login stays here, used server-side with the embedded
 * mock, or as a redirect the iframe follows with a real server.
 */
export function createPortalFrames(): PortalFrames {
  const frames = new Map<string, Frame>();

  const forget = (portalId: string) => {
    for (const [id, frame] of frames) if (frame.portalId === portalId) frames.delete(id);
  };

  const host: PortalViewHost = {
    create(spec) {
      forget(spec.portalId);
      const id = randomBytes(32).toString('hex');
      frames.set(id, {
        portalId: spec.portalId,
        loginUrl: spec.loginUrl,
        loaded: false,
        mockPages: spec.mockPages,
        page: null,
      });
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
      const firstLoad = !frame.loaded;
      frame.loaded = true;
      if (!frame.mockPages) {
        // A real portal keeps its own session in the browser after the login; later loads go home.
        res.writeHead(302, { ...FRAME_HEADERS, location: firstLoad ? frame.loginUrl : `${new URL(frame.loginUrl).origin}/` });
        res.end();
        return;
      }
      const page = (frame.page ??= frame.mockPages(frame.loginUrl));
      res.writeHead(page.status, { ...FRAME_HEADERS, 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(page.html) });
      res.end(page.html);
    },
  };
}
