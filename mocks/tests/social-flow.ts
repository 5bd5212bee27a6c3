/**
 * Plays the system browser and the app in a social sign-in, over HTTP only: opens the consent
 * page, presses its buttons by their names (as a person, or Playwright, would), stops at the
 * redirect to the app's loopback listener instead of following it, and keeps the PKCE verifier.
 */
import { createHash, randomBytes } from 'node:crypto';

/** Nothing listens there: the tests read the redirect's Location rather than follow it. */
export const REDIRECT_URI = 'http://127.0.0.1:49152/callback';

export interface PkcePair {
  verifier: string;
  challenge: string;
}

export function pkcePair(): PkcePair {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** What a browser got for one request, redirects not followed. */
export interface BrowserReply {
  url: string;
  status: number;
  headers: Headers;
  body: string;
  /** The Location of a redirect, absolute; null otherwise. */
  location: string | null;
}

interface PageForm {
  method: 'get' | 'post';
  action: string;
  fields: Record<string, string>;
  button: string;
}

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);

/** The page's forms, each with its one button: the mock's pages are built that way. */
function formsOf(reply: BrowserReply): PageForm[] {
  return [...reply.body.matchAll(/<form method="(get|post)" action="([^"]*)">([\s\S]*?)<\/form>/g)].map((match) => {
    const inner = match[3] ?? '';
    const fields: Record<string, string> = {};
    for (const input of inner.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) {
      fields[decode(input[1] ?? '')] = decode(input[2] ?? '');
    }
    return {
      method: match[1] === 'get' ? 'get' : 'post',
      action: new URL(decode(match[2] ?? ''), reply.url).toString(),
      fields,
      button: decode(/<button[^>]*>([^<]*)<\/button>/.exec(inner)?.[1] ?? ''),
    };
  });
}

/** The names of the page's buttons, in page order. */
export function buttonsOf(reply: BrowserReply): string[] {
  return formsOf(reply).map((form) => form.button);
}

/** The page's `<title>`, decoded. */
export function titleOf(reply: BrowserReply): string {
  return decode(/<title>([^<]*)<\/title>/.exec(reply.body)?.[1] ?? '');
}

async function browse(url: string, init: RequestInit = {}): Promise<BrowserReply> {
  const response = await fetch(url, { ...init, redirect: 'manual' });
  const location = response.headers.get('location');
  return {
    url,
    status: response.status,
    headers: response.headers,
    body: await response.text(),
    location: location === null ? null : new URL(location, url).toString(),
  };
}

export function openPage(url: string): Promise<BrowserReply> {
  return browse(url);
}

/**
 * Submits the form of the button named exactly `name`, failing loudly when there is none. Pressing
 * a button of a page already answered is what a person does with the browser's Back button, so the
 * page stays usable.
 */
export function press(reply: BrowserReply, name: string): Promise<BrowserReply> {
  const form = formsOf(reply).find((candidate) => candidate.button === name);
  if (!form) throw new Error(`No button "${name}" on ${reply.url}; it has: ${buttonsOf(reply).join(' | ')}`);
  const body = new URLSearchParams(form.fields);
  if (form.method === 'get') {
    const url = new URL(form.action);
    url.search = body.toString();
    return browse(url.toString());
  }
  return browse(form.action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
  });
}

/** The query the app's loopback listener would receive. */
export function redirectQuery(reply: BrowserReply): URLSearchParams {
  if (reply.status !== 302 || reply.location === null) {
    throw new Error(`Expected a redirect, got ${reply.status}: ${reply.body.slice(0, 300)}`);
  }
  return new URL(reply.location).searchParams;
}

export type AuthorizeParams = Partial<
  Record<'provider' | 'mode' | 'response_type' | 'redirect_uri' | 'code_challenge' | 'code_challenge_method' | 'state', string>
>;

/** `/oauth/authorize` with a sound request for `provider`; `overrides` change or (undefined) drop parameters. */
export function authorizeUrl(
  baseUrl: string,
  pkce: PkcePair,
  provider: string,
  overrides: AuthorizeParams & Record<string, string | undefined> = {},
): string {
  const params: Record<string, string | undefined> = {
    provider,
    mode: 'sign_in',
    response_type: 'code',
    redirect_uri: REDIRECT_URI,
    code_challenge: pkce.challenge,
    code_challenge_method: 'S256',
    state: 'state-from-the-app',
    ...overrides,
  };
  const url = new URL(`${baseUrl}/oauth/authorize`);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);
  return url.toString();
}

/** The one answer to every code the server does not take (wrong, used, expired, mismatched). */
export const INVALID_CODE = {
  error: 'invalid_grant',
  message: 'The authorization code is invalid, expired or already used, or does not match this request.',
};

/** The same refusal from the token endpoint, which also describes it as RFC 6749 §5.2 names it. */
export const INVALID_CODE_FROM_TOKEN_ENDPOINT = { ...INVALID_CODE, error_description: INVALID_CODE.message };

export interface BrowserGrant {
  code: string;
  code_verifier: string;
  redirect_uri: string;
}

/**
 * A whole trip through the consent page: "Sign in with another account", then "Continue as
 * `displayName`". Returns what the app would hand back to the server.
 */
export async function socialGrant(
  baseUrl: string,
  request: { provider: string; mode: 'sign_in' | 'connect' | 'reauth'; displayName: string; redirectUri?: string },
): Promise<BrowserGrant> {
  const pkce = pkcePair();
  const redirectUri = request.redirectUri ?? REDIRECT_URI;
  const consent = await openPage(authorizeUrl(baseUrl, pkce, request.provider, { mode: request.mode, redirect_uri: redirectUri }));
  const accounts = await press(consent, 'Sign in with another account');
  const query = redirectQuery(await press(accounts, `Continue as ${request.displayName}`));
  const code = query.get('code');
  if (!code) throw new Error(`No code in the redirect: ${query.toString()}`);
  return { code, code_verifier: pkce.verifier, redirect_uri: redirectUri };
}
