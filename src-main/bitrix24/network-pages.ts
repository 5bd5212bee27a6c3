/**
 * Bitrix24.Network: its address (`--network-url`, `BITRIX_ID_NETWORK_URL`), the origins it signs
 * people in on, and every page of it the web mode opens, in one table, so that a change on
 * Bitrix24's side is a one-line fix here.
 *
 * Where each address comes from (Bitrix24's helpdesk and public code, read December 2026; not
 * checked against the live site, which this machine cannot reach):
 * - Confirmed, `passport/view/`: Bitrix24's Russian helpdesk ("Bitrix24.Passport", article
 *   15883010) names https://www.bitrix24.net/passport/view/ as the sign-in page; signed in, the same
 *   page is the Network profile (the English helpdesk's "Bitrix24 Network profile", articles
 *   17225514 and 25756295): the list of the person's Bitrix24s, their name and photo, the login
 *   (e-mail or phone), the password, the connected social networks.
 * - Confirmed, `create/`: Bitrix24's own portal code links "Create Bitrix24" to
 *   https://www.bitrix24.net/create/ (the intranet module's create-portal button).
 * - Best guesses: change login, change password, social networks, "Log out on all devices" and
 *   password recovery have no address of their own that we could find. The helpdesk pages
 *   "Change Bitrix24 login or password" and "Bitrix ID" (the product's source documents) and articles
 *   20059858 and 24958650 describe each as a button on the profile page ("Change" in the Email or
 *   Phone section, "Change" in the Password section, "Connect other social media", "Log out on all
 *   devices" on the Passwords tab) or on its sign-in form ("Forgot password?"), so each opens that
 *   page, where the person presses the button. Give one its own path here once one is known.
 */
import { parseWebAddress, WEB_ADDRESS_PROBLEMS, type WebAddressOptions } from './web-address.ts';

export const DEFAULT_NETWORK_URL = 'https://www.bitrix24.net/';

/** Every page of the Network the web mode opens. */
export type NetworkPage =
  | 'signIn'
  | 'portals'
  | 'createPortal'
  | 'profile'
  | 'changeLogin'
  | 'changePassword'
  | 'socialNetworks'
  | 'logOutEverywhere'
  | 'passwordRecovery';

/** Each page's path, relative to the Network's address (so an emulated Network may live under a path). */
export const NETWORK_PAGE_PATHS: Readonly<Record<NetworkPage, string>> = {
  signIn: 'passport/view/',
  portals: 'passport/view/',
  createPortal: 'create/',
  profile: 'passport/view/',
  changeLogin: 'passport/view/',
  changePassword: 'passport/view/',
  socialNetworks: 'passport/view/',
  logOutEverywhere: 'passport/view/',
  passwordRecovery: 'passport/view/',
};

/**
 * The real Network's hosts: www.bitrix24.net (its pages), auth2.bitrix24.net (the OAuth page a
 * portal sends a visitor who is not signed in to, `/oauth/authorize/`, and back) and bitrix24.net
 * itself (links such as https://bitrix24.net/passport/view/ are common). Sign-in moves between
 * them, so with the real Network all three are its origins.
 */
const REAL_NETWORK_HOSTS: readonly string[] = ['www.bitrix24.net', 'auth2.bitrix24.net', 'bitrix24.net'];

export const NETWORK_URL_PROBLEMS = [...WEB_ADDRESS_PROBLEMS, 'query_or_fragment'] as const;
export type NetworkUrlProblem = (typeof NETWORK_URL_PROBLEMS)[number];
export type NetworkUrlResult = { ok: true; url: string } | { ok: false; reason: NetworkUrlProblem };

/**
 * The Network's address from `--network-url` or the environment, by the rules of every web
 * address (https; http only on loopback, with `allowLoopback`). A path is kept as the base of
 * every page (an emulated Network may live under one) and always ends with "/"; a query or a
 * fragment is refused rather than silently dropped, since this is a setting, not a paste.
 */
export function parseNetworkUrl(input: string, options: WebAddressOptions = {}): NetworkUrlResult {
  const parsed = parseWebAddress(input, options);
  if (!parsed.ok) return parsed;
  const { url } = parsed;
  if (url.search !== '' || url.hash !== '' || input.includes('?') || input.includes('#')) {
    return { ok: false, reason: 'query_or_fragment' };
  }
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return { ok: true, url: url.href };
}

/** The address of one Network page, from the Network's address as `parseNetworkUrl` gives it. */
export function networkPageUrl(networkUrl: string, page: NetworkPage): string {
  return new URL(NETWORK_PAGE_PATHS[page], networkUrl).href;
}

/**
 * The origins the Network signs people in on: all of the real Network's hosts when it is the real
 * one (whichever of them the address names), else just the address's own origin (an emulated
 * Network on loopback). An address that does not parse has none.
 */
export function networkOriginsOf(networkUrl: string): string[] {
  let url: URL;
  try {
    url = new URL(networkUrl);
  } catch {
    return [];
  }
  if (url.protocol === 'https:' && url.port === '' && REAL_NETWORK_HOSTS.includes(url.hostname)) {
    return REAL_NETWORK_HOSTS.map((host) => `https://${host}`);
  }
  return url.origin === 'null' ? [] : [url.origin];
}
