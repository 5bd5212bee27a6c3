/**
 * An emulated Bitrix24 for the web mode's tests and manual runs: the Network (sign-in, the person's
 * portals, "Create Bitrix24", the profile's actions, the OAuth step portals sign visitors in
 * through) at `http://127.0.0.1:<port>/`, and portals at `http://<name>.localhost:<port>/`, each its
 * own origin and cookie host, on one loopback server told apart by `Host`.
 *
 * The single sign-on works as Bitrix24's does: a portal sends a visitor without its own session to
 * the Network's `oauth/authorize/`, which (once the visitor has the Network's cookie) sends them back
 * to the portal's callback with a one-time code; the portal exchanges it (here in-process) and sets
 * its own cookie. Sessions and codes live in memory only.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkPageUrl } from '../../src-main/bitrix24/network-pages.ts';
import { FOREIGN_HOST_STATUS, FOREIGN_HOST_TEXT, isOriginForm } from '../../src-main/security/loopback-host.ts';
import { PORTAL_SCRIPT, PORTAL_SCRIPT_PATH, STYLESHEET, STYLESHEET_PATH } from './site-assets.ts';
import { infoPage, portalPage, problemPage, profilePage, signInPage, type PageLink } from './site-pages.ts';

/** The one account the emulated Network knows. */
export const EMULATED_ACCOUNT = { login: 'anna@example.com', password: 'Anna-Passw0rd!', name: 'Anna Network' } as const;

export const DEFAULT_EMULATED_PORTALS: readonly string[] = ['alpha', 'beta', 'gamma'];

export const AUTHORIZE_PATH = '/oauth/authorize/';
export const PORTAL_CALLBACK_PATH = '/oauth/callback/';
export const MARK_READ_PATH = '/mark-read/';
/** A tester's button: one more unread message, as if someone wrote. */
export const NEW_MESSAGE_PATH = '/new-message/';
export const SIGN_OUT_PATH = '/passport/sign-out/';
export const LOG_OUT_EVERYWHERE_PATH = '/passport/log-out-everywhere/';
const PROFILE_ACTION_PATH = '/passport/action/';

export const NETWORK_SESSION_COOKIE = 'BX_NETWORK_SESSION';
export const PORTAL_SESSION_COOKIE = 'BX_PORTAL_SESSION';
const PORTAL_STATE_COOKIE = 'BX_PORTAL_STATE';

/** A code lives as long as a redirect takes, and works once. */
const CODE_TTL_MS = 60_000;
const MAX_FORM_BYTES = 16 * 1024;
export const EXTERNAL_LINK = 'https://example.com/';

/** The profile's actions, each an inert page here (the real Network has a button for each). */
const PROFILE_ACTIONS: ReadonlyArray<{ slug: string; text: string }> = [
  { slug: 'change-login', text: 'Change login' },
  { slug: 'change-password', text: 'Change password' },
  { slug: 'social-networks', text: 'Social networks' },
  { slug: 'password-recovery', text: 'Password recovery' },
];

export interface EmulatedBitrix24Options {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The portals' names (each `http://<name>.localhost:<port>/`), alpha, beta and gamma unless given. */
  portals?: readonly string[];
}

export interface EmulatedBitrix24 {
  /** `http://127.0.0.1:<port>/`: the app's `--network-url`. */
  readonly networkUrl: string;
  readonly portalNames: readonly string[];
  /** `http://<name>.localhost:<port>/` */
  portalUrl(name: string): string;
  /** `http://<name>.localhost:<port>` */
  portalOrigin(name: string): string;
  /** The portal's page title is "(n) Name" from now on (its messenger got messages). */
  setUnread(name: string, count: number): void;
  unread(name: string): number;
  close(): Promise<void>;
}

interface Code {
  portal: string;
  login: string;
  expiresAt: number;
}

type Reply = { status: number; headers?: OutgoingHttpHeaders; body?: string; contentType?: string };

const newId = () => randomBytes(24).toString('base64url');

function titleOf(name: string): string {
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0) cookies.set(part.slice(0, separator).trim(), part.slice(separator + 1).trim());
  }
  return cookies;
}

function sessionCookie(name: string, value: string): string {
  return `${name}=${value}; Path=/; HttpOnly; SameSite=Lax`;
}

function expiredCookie(name: string): string {
  return `${name}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
}

function readForm(req: IncomingMessage): Promise<URLSearchParams | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_FORM_BYTES) {
        req.removeAllListeners('data');
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.once('end', () => resolve(size > MAX_FORM_BYTES ? null : new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
    req.once('error', reject);
  });
}

const redirect = (status: 302 | 303, location: string, headers: OutgoingHttpHeaders = {}): Reply => ({
  status,
  headers: { ...headers, location },
});

const html = (body: string, status = 200, headers: OutgoingHttpHeaders = {}): Reply => ({ status, headers, body, contentType: 'text/html; charset=utf-8' });

export async function startEmulatedBitrix24(options: EmulatedBitrix24Options = {}): Promise<EmulatedBitrix24> {
  const portalNames = [...(options.portals ?? DEFAULT_EMULATED_PORTALS)];
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const networkHost = `127.0.0.1:${port}`;
  const networkOrigin = `http://${networkHost}`;
  const networkUrl = `${networkOrigin}/`;
  const portalOrigin = (name: string) => `http://${name}.localhost:${port}`;
  const portalCallback = (name: string) => `${portalOrigin(name)}${PORTAL_CALLBACK_PATH}`;
  const signInPath = new URL(networkPageUrl(networkUrl, 'signIn')).pathname;
  const createPath = new URL(networkPageUrl(networkUrl, 'createPortal')).pathname;

  const networkSessions = new Map<string, string>();
  const portalSessions = new Map<string, Map<string, string>>(portalNames.map((name) => [name, new Map()]));
  const unread = new Map<string, number>(portalNames.map((name) => [name, 0]));
  const codes = new Map<string, Code>();

  /** Every page names its own origin, the Network's, and the portals' (the sign-in continues to a portal's callback). */
  const csp = (script: boolean) =>
    [
      "default-src 'none'",
      "style-src 'self'",
      script ? "script-src 'self'" : null,
      `form-action 'self' ${networkOrigin} http://*.localhost:${port}`,
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]
      .filter((part) => part !== null)
      .join('; ');

  /** The portal a callback address belongs to, or null for any other address (refused). */
  const portalOfCallback = (redirectUri: string | null): string | null => {
    if (redirectUri === null) return null;
    return portalNames.find((name) => portalCallback(name) === redirectUri) ?? null;
  };

  const signedInLogin = (req: IncomingMessage): string | null => {
    const id = parseCookies(req.headers.cookie).get(NETWORK_SESSION_COOKIE);
    return id === undefined ? null : (networkSessions.get(id) ?? null);
  };

  /** The authorize step: a code back to the portal, or the sign-in page that continues here. */
  const authorize = (url: URL, login: string | null): Reply => {
    const portal = portalOfCallback(url.searchParams.get('redirect_uri'));
    if (portal === null) {
      return html(problemPage('This address cannot sign in here', 'The redirect address is not one of this Network’s portals.'), 400);
    }
    if (login === null) {
      return html(signInPage({ action: signInPath, continueTo: `${url.pathname}${url.search}`, wrongPassword: false }));
    }
    const code = newId();
    codes.set(code, { portal, login, expiresAt: Date.now() + CODE_TTL_MS });
    const back = new URL(portalCallback(portal));
    back.searchParams.set('code', code);
    const state = url.searchParams.get('state');
    if (state !== null) back.searchParams.set('state', state);
    return redirect(302, back.href);
  };

  /** Where a signed-in visitor goes next: an authorize step on this Network, else the profile. */
  const continuation = (value: string | null): string => {
    if (value === null) return signInPath;
    const url = new URL(value, networkOrigin);
    return url.origin === networkOrigin && url.pathname === AUTHORIZE_PATH ? `${url.pathname}${url.search}` : signInPath;
  };

  const answerNetwork = async (req: IncomingMessage, url: URL): Promise<Reply> => {
    const login = signedInLogin(req);
    const back: PageLink = { text: 'Back to your profile', href: signInPath };
    if (req.method === 'GET' && url.pathname === '/') return redirect(302, signInPath);
    if (url.pathname === signInPath && req.method === 'GET') {
      if (login === null) return html(signInPage({ action: signInPath, continueTo: null, wrongPassword: false }));
      return html(
        profilePage({
          name: EMULATED_ACCOUNT.name,
          login,
          portals: portalNames.map((name) => ({ text: `${titleOf(name)} (${name}.localhost)`, href: `${portalOrigin(name)}/` })),
          createPortal: { text: 'Create Bitrix24', href: createPath },
          actions: PROFILE_ACTIONS.map(({ slug, text }) => ({ text, href: `${PROFILE_ACTION_PATH}${slug}/` })),
          signOutAction: SIGN_OUT_PATH,
          logOutEverywhereAction: LOG_OUT_EVERYWHERE_PATH,
        }),
      );
    }
    if (url.pathname === signInPath && req.method === 'POST') {
      const form = await readForm(req);
      if (form === null) return html(problemPage('Too large', 'The form is too large.'), 413);
      const continueTo = form.get('continue');
      if (form.get('login') !== EMULATED_ACCOUNT.login || form.get('password') !== EMULATED_ACCOUNT.password) {
        const again = continueTo === null ? null : continuation(continueTo);
        return html(signInPage({ action: signInPath, continueTo: again === signInPath ? null : again, wrongPassword: true }), 401);
      }
      const session = newId();
      networkSessions.set(session, EMULATED_ACCOUNT.login);
      return redirect(303, continuation(continueTo), { 'set-cookie': sessionCookie(NETWORK_SESSION_COOKIE, session) });
    }
    if (url.pathname === AUTHORIZE_PATH && req.method === 'GET') return authorize(url, login);
    if (url.pathname === SIGN_OUT_PATH && req.method === 'POST') {
      const id = parseCookies(req.headers.cookie).get(NETWORK_SESSION_COOKIE);
      if (id !== undefined) networkSessions.delete(id);
      return redirect(303, signInPath, { 'set-cookie': expiredCookie(NETWORK_SESSION_COOKIE) });
    }
    if (url.pathname === LOG_OUT_EVERYWHERE_PATH && req.method === 'POST') {
      // The Network's sessions of this person on every device; the portals keep their own, as on Bitrix24.
      for (const [id, owner] of networkSessions) if (owner === login) networkSessions.delete(id);
      return redirect(303, signInPath, { 'set-cookie': expiredCookie(NETWORK_SESSION_COOKIE) });
    }
    if (url.pathname === createPath && req.method === 'GET') {
      return html(infoPage('Create Bitrix24', 'Here the real Network creates a new Bitrix24. The emulated Network creates none.', back));
    }
    const action = PROFILE_ACTIONS.find(({ slug }) => url.pathname === `${PROFILE_ACTION_PATH}${slug}/`);
    if (action !== undefined && req.method === 'GET') {
      return html(infoPage(action.text, `Here the real Network offers "${action.text}". The emulated Network changes nothing.`, back));
    }
    return html(problemPage('Not found', 'No such page.'), 404);
  };

  const answerPortal = async (req: IncomingMessage, url: URL, name: string): Promise<Reply> => {
    const sessions = portalSessions.get(name) ?? new Map<string, string>();
    const cookies = parseCookies(req.headers.cookie);
    const sessionId = cookies.get(PORTAL_SESSION_COOKIE);
    const login = sessionId === undefined ? null : (sessions.get(sessionId) ?? null);

    if (url.pathname === PORTAL_CALLBACK_PATH && req.method === 'GET') {
      const code = url.searchParams.get('code') ?? '';
      const issued = codes.get(code);
      codes.delete(code);
      const stateMatches = url.searchParams.get('state') !== null && url.searchParams.get('state') === cookies.get(PORTAL_STATE_COOKIE);
      if (issued === undefined || issued.portal !== name || issued.expiresAt < Date.now() || !stateMatches) {
        return html(problemPage('Sign-in failed', 'The sign-in code is not valid. Open the portal again.'), 400);
      }
      const session = newId();
      sessions.set(session, issued.login);
      return redirect(302, '/', { 'set-cookie': [sessionCookie(PORTAL_SESSION_COOKIE, session), expiredCookie(PORTAL_STATE_COOKIE)] });
    }
    if (login === null) {
      if (req.method !== 'GET') return html(problemPage('Signed out', 'Open the portal again to sign in.'), 401);
      const state = newId();
      const authorizeUrl = new URL(AUTHORIZE_PATH, networkOrigin);
      authorizeUrl.searchParams.set('redirect_uri', portalCallback(name));
      authorizeUrl.searchParams.set('state', state);
      return redirect(302, authorizeUrl.href, { 'set-cookie': sessionCookie(PORTAL_STATE_COOKIE, state) });
    }
    if (url.pathname === '/' && req.method === 'GET') {
      return {
        ...html(
          portalPage({
            portalTitle: titleOf(name),
            unread: unread.get(name) ?? 0,
            personName: EMULATED_ACCOUNT.name,
            markReadAction: MARK_READ_PATH,
            newMessageAction: NEW_MESSAGE_PATH,
            networkProfile: networkPageUrl(networkUrl, 'profile'),
            externalLink: EXTERNAL_LINK,
          }),
        ),
        headers: { 'content-security-policy': csp(true) },
      };
    }
    if (url.pathname === MARK_READ_PATH && req.method === 'POST') {
      unread.set(name, 0);
      return redirect(303, '/');
    }
    if (url.pathname === NEW_MESSAGE_PATH && req.method === 'POST') {
      unread.set(name, (unread.get(name) ?? 0) + 1);
      return redirect(303, '/');
    }
    return html(problemPage('Not found', 'No such page.'), 404);
  };

  const portalOfHost = (host: string | undefined): string | null => {
    const lower = host?.toLowerCase();
    return portalNames.find((name) => `${name}.localhost:${port}` === lower) ?? null;
  };

  const answer = async (req: IncomingMessage): Promise<Reply> => {
    const host = req.headers.host?.toLowerCase();
    const portal = portalOfHost(host);
    if ((host !== networkHost && portal === null) || !isOriginForm(req.url)) {
      return { status: FOREIGN_HOST_STATUS, body: FOREIGN_HOST_TEXT, contentType: 'text/plain; charset=utf-8' };
    }
    const url = new URL(req.url ?? '/', portal === null ? networkOrigin : portalOrigin(portal));
    if (req.method === 'GET' && url.pathname === STYLESHEET_PATH) return { status: 200, body: STYLESHEET, contentType: 'text/css; charset=utf-8' };
    if (portal !== null && req.method === 'GET' && url.pathname === PORTAL_SCRIPT_PATH) {
      return { status: 200, body: PORTAL_SCRIPT, contentType: 'text/javascript; charset=utf-8' };
    }
    return portal === null ? answerNetwork(req, url) : answerPortal(req, url, portal);
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    answer(req).then(
      (reply) => {
        const isHtml = reply.contentType?.startsWith('text/html') === true;
        res.writeHead(reply.status, {
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
          ...(isHtml ? { 'content-security-policy': csp(false) } : {}),
          ...(reply.contentType === undefined ? {} : { 'content-type': reply.contentType }),
          ...reply.headers,
        });
        res.end(reply.body);
      },
      () => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('The emulated Bitrix24 failed to answer.\n');
      },
    );
  });

  const knownPortal = (name: string) => {
    if (!portalNames.includes(name)) throw new Error(`No emulated portal "${name}".`);
    return name;
  };

  return {
    networkUrl,
    portalNames,
    portalUrl: (name) => `${portalOrigin(knownPortal(name))}/`,
    portalOrigin: (name) => portalOrigin(knownPortal(name)),
    setUnread(name, count) {
      if (!Number.isSafeInteger(count) || count < 0) throw new Error('An unread count is a whole number, 0 or more.');
      unread.set(knownPortal(name), count);
    },
    unread: (name) => unread.get(knownPortal(name)) ?? 0,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
