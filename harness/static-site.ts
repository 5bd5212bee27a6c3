import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../src-main/security/content-security-policy.ts';
import { contentTypeOf } from '../src-main/security/renderer-responses.ts';
import { BRIDGE_SCRIPT_PATH } from './protocol.ts';
import { baseHeaders, sendStatus } from './responses.ts';

/** Serves the built renderer, with the bridge script injected and the CSP as a header too. */
export interface StaticSite {
  serve(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void>;
}

export async function loadStaticSite(options: { rendererDir: string; bridgeScriptFile: string }): Promise<StaticSite> {
  const root = resolve(options.rendererDir);
  const indexHtml = await readBuilt(resolve(root, 'index.html'));
  const bridgeScript = await readBuilt(options.bridgeScriptFile);
  // The built index.html carries the policy in a meta tag; Electron's header policy stands in if it does not.
  const metaCsp = findMetaCsp(indexHtml);
  const policy = withOwnFrames(metaCsp?.policy ?? CONTENT_SECURITY_POLICY);
  const csp = withFrameAncestors(policy);
  const page = injectBridgeScript(metaCsp ? indexHtml.replace(metaCsp.tag, cspMetaTag(policy)) : indexHtml);
  const pageHeaders = { ...baseHeaders, 'content-security-policy': csp, 'cross-origin-opener-policy': 'same-origin' };

  const send = (req: IncomingMessage, res: ServerResponse, body: string | Buffer, type: string) => {
    res.writeHead(200, { ...pageHeaders, 'content-type': type, 'content-length': Buffer.byteLength(body) });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  return {
    async serve(req, res, pathname) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendStatus(res, 405, { allow: 'GET, HEAD' });
      if (pathname === '/' || pathname === '/index.html') return send(req, res, page, contentTypeOf('index.html'));
      if (pathname === BRIDGE_SCRIPT_PATH) return send(req, res, bridgeScript, contentTypeOf('bridge.js'));
      const file = resolveInside(root, pathname);
      if (file === null || !(await isFile(file))) return sendStatus(res, 404);
      send(req, res, await readFile(file), contentTypeOf(file));
    },
  };
}

async function readBuilt(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new Error(`The web harness needs a build: ${file} is missing. Run \`npm run build\` first.`);
  }
}

/** Maps a URL path to a file under root, or null for anything that escapes it. */
function resolveInside(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const file = resolve(root, `.${decoded}`);
  return file.startsWith(root + sep) ? file : null;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The `<meta http-equiv="Content-Security-Policy" content="...">` tag and its policy, if any. */
export function findMetaCsp(html: string): { tag: string; policy: string } | null {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attributes = new Map<string, string>();
    for (const match of tag.matchAll(/([a-z][a-z0-9-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
      attributes.set((match[1] ?? '').toLowerCase(), decodeEntities(match[2] ?? match[3] ?? ''));
    }
    if (attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy') {
      const policy = attributes.get('content')?.trim();
      return policy ? { tag, policy } : null;
    }
  }
  return null;
}

const cspMetaTag = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}" />`;

/**
 * The harness shows portal pages in iframes of its own host (portal-frames.ts), so its page may
 * frame itself; Electron shows them in views and its page keeps framing nothing.
 */
function withOwnFrames(csp: string): string {
  const others = csp
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !/^frame-src\b/i.test(directive));
  return [...others, "frame-src 'self'"].join('; ');
}

const decodeEntities = (value: string) =>
  value.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&apos;', "'").replaceAll('&amp;', '&');

/** `frame-ancestors` only works as a header, so the header adds it when the meta tag could not. */
function withFrameAncestors(csp: string): string {
  return /(^|;)\s*frame-ancestors\b/i.test(csp) ? csp : `${csp.replace(/;\s*$/, '')}; frame-ancestors 'none'`;
}

/**
 * Puts the bridge script before the app's first script. Deferred classic scripts and module scripts
 * run in document order once parsing ends, so `window.bitrixId` exists before the app starts,
 * and neither blocks the parser.
 */
export function injectBridgeScript(html: string): string {
  const tag = `<script defer src="${BRIDGE_SCRIPT_PATH}"></script>`;
  const firstScript = html.search(/<script\b/i);
  if (firstScript >= 0) return `${html.slice(0, firstScript)}${tag}\n    ${html.slice(firstScript)}`;
  const headEnd = html.search(/<\/head>/i);
  if (headEnd >= 0) return `${html.slice(0, headEnd)}${tag}\n${html.slice(headEnd)}`;
  throw new Error('The built index.html has neither a <script> nor a </head> to put the bridge before.');
}
