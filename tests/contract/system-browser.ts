/**
 * The system browser in a social sign-in, played over plain HTTP. The app never calls the consent
 * pages itself: it opens `/oauth/authorize` in the browser and waits on its loopback listener. So
 * the tour opens the page, presses its buttons by name (submitting that button's form fields, as a
 * browser does) and reads the redirect's Location instead of following it to the listener, where
 * nothing listens. Every request goes through the global fetch, which msw watches in both
 * transports, so each page and redirect is recorded and checked against the file like the API's
 * answers.
 */

/** The app's loopback listener, as the authorization request names it. */
export const REDIRECT_URI = 'http://127.0.0.1:49152/callback';

/** What the browser got for one request, redirects not followed. */
export interface BrowserPage {
  url: string;
  status: number;
  headers: Headers;
  body: string;
  /** A redirect's Location, absolute; null for anything else. */
  location: string | null;
}

interface PageForm {
  method: 'get' | 'post';
  action: string;
  fields: Record<string, string>;
  button: string;
}

/** The authorization request, with the parameters the app's SocialAuthService sends. */
export interface AuthorizationRequest {
  provider: string;
  mode: 'sign_in' | 'connect';
  /** The S256 challenge of the app's verifier. */
  challenge: string;
  state: string;
}

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);

/**
 * `/oauth/authorize` for `request`; `overrides` replace parameters (e.g. a challenge method the
 * server must refuse).
 */
export function authorizeUrl(baseUrl: string, request: AuthorizationRequest, overrides: Record<string, string> = {}): string {
  const url = new URL(`${baseUrl}/oauth/authorize`);
  url.search = new URLSearchParams({
    provider: request.provider,
    mode: request.mode,
    response_type: 'code',
    redirect_uri: REDIRECT_URI,
    code_challenge: request.challenge,
    code_challenge_method: 'S256',
    state: request.state,
    ...overrides,
  }).toString();
  return url.toString();
}

async function browse(url: string, init: RequestInit = {}): Promise<BrowserPage> {
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

export function openPage(url: string): Promise<BrowserPage> {
  return browse(url);
}

/** The page's forms, each with its one button: the mock's consent pages are built that way. */
function formsOf(page: BrowserPage): PageForm[] {
  return [...page.body.matchAll(/<form method="(get|post)" action="([^"]*)">([\s\S]*?)<\/form>/g)].map((match) => {
    const inner = match[3] ?? '';
    const fields: Record<string, string> = {};
    for (const input of inner.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) {
      fields[decode(input[1] ?? '')] = decode(input[2] ?? '');
    }
    return {
      method: match[1] === 'get' ? 'get' : 'post',
      action: new URL(decode(match[2] ?? ''), page.url).toString(),
      fields,
      button: decode(/<button[^>]*>([^<]*)<\/button>/.exec(inner)?.[1] ?? ''),
    };
  });
}

/** The names of the page's buttons, in page order. */
export function buttonsOf(page: BrowserPage): string[] {
  return formsOf(page).map((form) => form.button);
}

/**
 * Submits the form of the button named exactly `name`. Pressing a button of a page already
 * answered is what a person does with the browser's Back button, so the page stays usable.
 */
export function press(page: BrowserPage, name: string): Promise<BrowserPage> {
  const form = formsOf(page).find((candidate) => candidate.button === name);
  if (!form) throw new Error(`no button "${name}" on ${page.url}; it has: ${buttonsOf(page).join(' | ')}`);
  const fields = new URLSearchParams(form.fields);
  if (form.method === 'get') {
    const url = new URL(form.action);
    url.search = fields.toString();
    return browse(url.toString());
  }
  return browse(form.action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: fields.toString(),
  });
}

/** The query the app's loopback listener would get: the page must redirect to `REDIRECT_URI`. */
export function callbackQuery(page: BrowserPage): URLSearchParams {
  if (page.status !== 302 || page.location === null) {
    throw new Error(`expected a redirect to the app, got ${page.status}: ${page.body.slice(0, 300)}`);
  }
  const location = new URL(page.location);
  if (`${location.origin}${location.pathname}` !== REDIRECT_URI) {
    throw new Error(`redirected to ${page.location}, not to the app's listener ${REDIRECT_URI}`);
  }
  return location.searchParams;
}
