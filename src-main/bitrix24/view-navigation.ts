/**
 * What a web-mode view may do with a navigation or a pop-up it asks for: a pure decision the
 * Electron glue (will-navigate, the window-open handler) and the harness both follow.
 *
 * - `stay`: load it in this view.
 * - `open-portal`: a Bitrix24 portal linked from the Network's page: the app opens it as a portal
 *   (in its own view) and adds it to the profile's list.
 * - `popup-in-app`: open it in an in-app child window of the same partition (a social sign-in's
 *   pop-up, or a portal's own window), so its cookies land in the profile.
 * - `system-browser`: hand it to the system browser (which then applies its own one-open-per-action rule).
 * - `refuse`: do nothing: not http(s) (javascript:, file:, data:, blob:, about:, mailto:…), a user
 *   name or password in the URL, plain http anywhere but loopback in tests, or not a URL.
 *
 * The rules, the same in both views except the first:
 * 1. A portal view may go anywhere on its own origin.
 * 2. Either view may go anywhere on the Network's origins: the Network view is the Network, and a
 *    portal sends a visitor who is not signed in to the Network's sign-in and gets them back. Its
 *    paths are not narrowed to the sign-in's: those change with the Network's pages (two-step codes,
 *    QR code, recovery), and the Network is Bitrix24's own first party.
 * 3. An identity provider's sign-in is allowed only from a page on the Network or on an identity
 *    provider (a sign-in under way): a portal's own link to, say, facebook.com goes to the browser.
 * 4. A Bitrix24 portal opened from a page on the Network is `open-portal`: a cloud portal address,
 *    one of the profile's portals, or, with `allowLoopback`, any other loopback origin (the
 *    emulated portals). From a portal's own page, another portal is an external link.
 * 5. Anything else https goes to the system browser.
 *
 * A pop-up that rules 1–3 keep is `popup-in-app`; a navigation is `stay`. A pop-up opened blank
 * (about:blank) is refused: its opener, and so the rules above, cannot be known from its URL.
 */
import { IDENTITY_PROVIDER_ORIGINS } from './identity-providers.ts';
import { networkOriginsOf } from './network-pages.ts';
import { isCloudPortalOrigin } from './portal-address.ts';
import { isLoopbackHost } from './web-address.ts';

export type WebView = 'network' | 'portal';
export type NavigationDecision = 'stay' | 'open-portal' | 'popup-in-app' | 'system-browser' | 'refuse';

export interface NavigationRequest {
  view: WebView;
  /** The view's own origin: the portal's for a portal view, the Network's for the Network view. */
  viewOrigin: string;
  /** The Network's address (`parseNetworkUrl`) or origin; the real Network's sibling hosts count too. */
  networkOrigin: string;
  /** Where the view asks to go, or what the pop-up would open. */
  target: string;
  isPopup: boolean;
  /** The page that asks (the view's current URL); the view's own origin when not given. */
  fromUrl?: string;
  /** The profile's portals, so a self-hosted one linked from the Network opens as a portal too. */
  knownPortalOrigins?: readonly string[];
  /** Tests and the emulated Network: plain http and loopback hosts are allowed, loopback counts as a portal. */
  allowLoopback?: boolean;
  /** Replaces the real identity providers (an emulated one in tests). */
  identityProviderOrigins?: readonly string[];
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function originOf(text: string): string | null {
  const url = parseUrl(text);
  return url === null || url.origin === 'null' ? null : url.origin;
}

/** http(s), no credentials, and plain http only on loopback when tests allow it. */
function isAllowedWebUrl(url: URL, allowLoopback: boolean): boolean {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.username !== '' || url.password !== '') return false;
  if (url.protocol === 'http:') return allowLoopback && isLoopbackHost(url.hostname);
  return true;
}

export function decideNavigation(request: NavigationRequest): NavigationDecision {
  const target = parseUrl(request.target);
  const allowLoopback = request.allowLoopback === true;
  if (target === null || !isAllowedWebUrl(target, allowLoopback)) return 'refuse';

  const keep: NavigationDecision = request.isPopup ? 'popup-in-app' : 'stay';
  const networkOrigins = networkOriginsOf(request.networkOrigin);
  const providerOrigins = request.identityProviderOrigins ?? IDENTITY_PROVIDER_ORIGINS;
  const viewOrigin = originOf(request.viewOrigin);
  const fromOrigin = originOf(request.fromUrl ?? request.viewOrigin);
  const fromNetwork = fromOrigin !== null && networkOrigins.includes(fromOrigin);
  const fromProvider = fromOrigin !== null && providerOrigins.includes(fromOrigin);
  const origin = target.origin;

  if (request.view === 'portal' && origin === viewOrigin) return keep;
  if (networkOrigins.includes(origin)) return keep;
  if (providerOrigins.includes(origin)) {
    if (fromNetwork || fromProvider) return keep;
    return 'system-browser';
  }
  const isPortal =
    isCloudPortalOrigin(origin) ||
    (request.knownPortalOrigins ?? []).includes(origin) ||
    (allowLoopback && isLoopbackHost(target.hostname));
  if (isPortal && fromNetwork) return 'open-portal';
  return target.protocol === 'https:' ? 'system-browser' : 'refuse';
}
