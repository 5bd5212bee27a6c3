/**
 * The browser harness's Bitrix24-mode views: iframes of addresses on the harness's own host that
 * proxy the view's pages, with the profile's cookies kept here, one jar per partition, as Electron's
 * session partitions keep them. The harness fetches only plain http on this computer (the emulated
 * Bitrix24); it never reaches a real site.
 *
 * Every document request a frame makes (its first load, a link, a form, each redirect hop, which
 * the frame follows through the proxy) is judged by `decideNavigation`, from the frame's current
 * page, as Electron's glue judges a view's navigations: `stay` is fetched and served, a portal
 * linked from the Network goes to `openPortal`, the rest to the system browser or nowhere, and the
 * frame stays where it was (204). `Set-Cookie` never reaches the browser.
 *
 * Frames are sandboxed (CSP `sandbox`, without allow-same-origin): the page runs in an opaque
 * origin and can never reach the app's page or its bridge, though the harness serves both. So
 * pop-ups and web notifications cannot work here, unlike in Electron.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { decideNavigation, type NavigationDecision } from '../src-main/bitrix24/view-navigation.ts';
import type { WebViewHost, WebViewSpec } from '../src-main/bitrix24/web-view-host.ts';
import { htmlTitle, rewriteLinks } from './html-links.ts';
import { isLoopbackHttpUrl, loopbackFetch, type LoopbackReply } from './loopback-fetch.ts';
import { PartitionJars } from './partition-jars.ts';
import { MAX_BODY_BYTES } from './protocol.ts';
import { baseHeaders, sendStatus } from './responses.ts';
import { parseWebFramePath, webFramePath, WEB_FRAME_PATH_PREFIX } from './web-frame-address.ts';

export { WEB_FRAME_PATH_PREFIX } from './web-frame-address.ts';

export interface WebFramesOptions {
  /** The harness's system browser: prints the address for the person or the test to open. */
  openExternal(url: string): void;
}

export interface WebFrames {
  host: WebViewHost;
  /** A request under `/web-frame/`; the caller has checked it is addressed to the harness. */
  serve(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
}

interface View {
  spec: WebViewSpec;
  /** The one live frame address of the view: `load` replaces it, and the old one answers 404. */
  frameId: string;
  /** The page the frame shows now (the last HTML document served to it), the `fromUrl` of its next navigation. */
  currentUrl: string | null;
  /** The last title said, with the origin of the page that had it. */
  title: string | null;
}

/** Headers forwarded to the site: what a form post and content negotiation need, nothing that identifies the harness. */
const FORWARDED_HEADERS = ['accept', 'accept-language', 'content-type'] as const;

const newFrameId = () => randomBytes(32).toString('hex');

export const REAL_SITE_TEXT =
  'The browser harness shows only sites on this computer, such as the emulated Bitrix24 (npm run mock-server -- --bitrix24). A real Bitrix24 opens in the app only.\n';

/**
 * What every proxied answer carries. The page may load its styles and scripts, and post its forms,
 * only through its own frame's address; it runs sandboxed, framed only by the app's page. Its
 * subresources are requested from the sandbox's opaque origin, which a same-origin resource policy
 * would refuse, so they say cross-origin: the unguessable frame id is what guards them.
 */
function frameHeaders(harnessOrigin: string, frameId: string): OutgoingHttpHeaders {
  const own = `${harnessOrigin}${WEB_FRAME_PATH_PREFIX}${frameId}/`;
  return {
    ...baseHeaders,
    'cross-origin-resource-policy': 'cross-origin',
    'x-frame-options': 'SAMEORIGIN',
    'content-security-policy': [
      "default-src 'none'",
      `style-src ${own}`,
      `script-src ${own}`,
      `img-src ${own} data:`,
      `form-action ${own}`,
      "base-uri 'none'",
      "frame-ancestors 'self'",
      'sandbox allow-forms allow-scripts',
    ].join('; '),
  };
}

/** A document load (a navigation of the frame) as opposed to a style, a script or a fetch of the page. */
function isNavigation(req: IncomingMessage): boolean {
  const mode = req.headers['sec-fetch-mode'];
  return mode === undefined || mode === 'navigate';
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.off('data', onData);
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function createWebFrames(options: WebFramesOptions): WebFrames {
  const views = new Map<string, View>();
  const viewOfFrame = new Map<string, View>();
  const jars = new PartitionJars();

  const forget = (viewId: string) => {
    const view = views.get(viewId);
    if (view === undefined) return;
    views.delete(viewId);
    viewOfFrame.delete(view.frameId);
  };

  /** A fresh frame address for the view showing `url`, or null when it is not a web address. */
  const openFrame = (view: View, url: string): string | null => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return null;
    }
    viewOfFrame.delete(view.frameId);
    view.frameId = newFrameId();
    viewOfFrame.set(view.frameId, view);
    return webFramePath(view.frameId, target);
  };

  const decide = (view: View, target: URL): NavigationDecision => {
    const { spec } = view;
    return decideNavigation({
      view: spec.kind,
      viewOrigin: spec.rules.viewOrigin,
      networkOrigin: spec.rules.networkUrl,
      target: target.href,
      isPopup: false,
      ...(view.currentUrl === null ? {} : { fromUrl: view.currentUrl }),
      knownPortalOrigins: spec.rules.knownPortalOrigins(),
      allowLoopback: spec.rules.allowLoopback,
    });
  };

  const fetchFromSite = async (req: IncomingMessage, view: View, target: URL, body: Buffer | undefined): Promise<LoopbackReply> => {
    const headers: Record<string, string> = {};
    for (const name of FORWARDED_HEADERS) {
      const value = headerText(req.headers[name]);
      if (value !== undefined) headers[name] = value;
    }
    const cookie = await jars.cookieHeader(view.spec.partition, target);
    if (cookie !== '') headers['cookie'] = cookie;
    const reply = await loopbackFetch(target, { method: req.method ?? 'GET', headers, ...(body === undefined ? {} : { body }) });
    await jars.keep(view.spec.partition, target, [reply.headers['set-cookie'] ?? []].flat());
    return reply;
  };

  const host: WebViewHost = {
    create(spec) {
      forget(spec.viewId);
      const view: View = { spec, frameId: '', currentUrl: null, title: null };
      views.set(spec.viewId, view);
      return { frameUrl: openFrame(view, spec.url) };
    },
    load(viewId, url) {
      const view = views.get(viewId);
      return { frameUrl: view === undefined ? null : openFrame(view, url) };
    },
    destroy: forget,
    async clearOrigin(partition, origin) {
      await jars.clearHost(partition, new URL(origin).hostname);
    },
    async clearPartition(partition) {
      jars.clear(partition);
    },
    // The renderer places and shows its iframes itself.
    show() {},
    hideAll() {},
  };

  return {
    host,
    async serve(req, res, url) {
      const method = req.method ?? 'GET';
      if (method !== 'GET' && method !== 'POST') return sendStatus(res, 405, { allow: 'GET, POST' });
      const parsed = parseWebFramePath(url.pathname, url.search);
      const view = parsed === null ? undefined : viewOfFrame.get(parsed.frameId);
      if (parsed === null || view === undefined) return sendStatus(res, 404);
      const { frameId, target } = parsed;
      const navigation = isNavigation(req);
      const decision = decide(view, target);

      if (!navigation) {
        // A page's own styles, scripts and requests: only from its own origin (a browser would not send
        // another site's Lax cookies with them), never an action.
        const ownOrigin = view.currentUrl !== null && new URL(view.currentUrl).origin === target.origin;
        if (decision !== 'stay' || !ownOrigin || !isLoopbackHttpUrl(target)) return sendStatus(res, 404);
      } else if (decision !== 'stay') {
        if (decision === 'open-portal') view.spec.events.openPortal(target.href);
        if (decision === 'system-browser') options.openExternal(target.href);
        // The frame stays on its page, as a view does when its navigation is taken elsewhere.
        return sendStatus(res, 204);
      }
      // The harness reaches only this computer: a real site's page cannot be shown in a frame.
      if (!isLoopbackHttpUrl(target)) {
        res.writeHead(502, { ...baseHeaders, 'content-type': 'text/plain; charset=utf-8' });
        res.end(REAL_SITE_TEXT);
        return;
      }

      const body = method === 'POST' ? await readBody(req) : undefined;
      if (body === null) return sendStatus(res, 413);
      let reply: LoopbackReply;
      try {
        reply = await fetchFromSite(req, view, target, body);
      } catch {
        return sendStatus(res, 502);
      }
      // Destroyed or reloaded while the site answered: this address shows nothing any more.
      if (viewOfFrame.get(frameId) !== view) return sendStatus(res, 404);

      const headers = frameHeaders(`http://${req.headers.host ?? ''}`, frameId);
      const location = headerText(reply.headers['location']);
      if (reply.status >= 300 && reply.status < 400 && location !== undefined) {
        const next = URL.canParse(location, target) ? webFramePath(frameId, new URL(location, target)) : null;
        // A redirect to anything but http(s) goes nowhere; an http(s) one is judged when the frame follows it.
        if (next === null) return sendStatus(res, 204);
        res.writeHead(reply.status, { ...headers, location: next });
        res.end();
        return;
      }

      const contentType = headerText(reply.headers['content-type']) ?? 'application/octet-stream';
      let content = reply.body;
      if (/^text\/html\b/i.test(contentType)) {
        const html = reply.body.toString('utf8');
        content = Buffer.from(rewriteLinks(html, target, (link) => webFramePath(frameId, link)), 'utf8');
        if (navigation) {
          view.currentUrl = target.href;
          const title = htmlTitle(html);
          // Said again when the same title comes from another site (a portal's view back from the Network).
          const said = title === null ? null : `${target.origin} ${title}`;
          if (title !== null && said !== view.title) {
            view.title = said;
            view.spec.events.titleChanged(title, target.href);
          }
        }
      }
      res.writeHead(reply.status, { ...headers, 'content-type': contentType, 'content-length': content.length });
      res.end(content);
    },
  };
}
