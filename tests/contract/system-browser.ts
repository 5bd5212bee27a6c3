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
import { REDIRECT_URI, redirectQuery, type BrowserReply } from '../../mocks/tests/social-flow.ts';

export { authorizeUrl, buttonsOf, openPage, press, REDIRECT_URI, titleOf } from '../../mocks/tests/social-flow.ts';

/** What the browser got for one request, redirects not followed. */
export type BrowserPage = BrowserReply;

/** The query the app's loopback listener would get: the page must redirect to `REDIRECT_URI`. */
export function callbackQuery(page: BrowserPage): URLSearchParams {
  const query = redirectQuery(page);
  const location = new URL(page.location ?? '');
  if (`${location.origin}${location.pathname}` !== REDIRECT_URI) {
    throw new Error(`redirected to ${page.location}, not to the app's listener ${REDIRECT_URI}`);
  }
  return query;
}
