/**
 * The system browser in a social sign-in, played over plain HTTP. The app never calls the consent
 * pages itself: it opens `/oauth/authorize` in the browser and waits on its loopback listener. So
 * the tour opens the page, presses its buttons by name (submitting that button's form fields, as a
 * browser does) and reads the redirect's Location instead of following it to the listener, where
 * nothing listens. The browsing itself is the mock tests' (mocks/tests/social-flow.ts): every
 * request goes through the global fetch, which msw watches in both transports, so each page and
 * redirect is recorded and checked against the file like the API's answers. A portal's one-time
 * sign-in page is opened the same way, by its URL.
 */
import { REDIRECT_URI, type BrowserReply } from '../../mocks/tests/social-flow.ts';

export { buttonsOf, openPage, press, REDIRECT_URI, titleOf } from '../../mocks/tests/social-flow.ts';

/** What the browser got for one request, redirects not followed. */
export type BrowserPage = BrowserReply;

/** The authorization request, with the parameters the app's SocialAuthService sends. */
export interface AuthorizationRequest {
  provider: string;
  mode: 'sign_in' | 'connect';
  /** The S256 challenge of the app's verifier. */
  challenge: string;
  state: string;
}

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
