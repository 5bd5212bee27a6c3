import { describe, expect, it } from 'vitest';
import { IDENTITY_PROVIDER_ORIGINS } from '../../../src-main/bitrix24/identity-providers.ts';
import { DEFAULT_NETWORK_URL } from '../../../src-main/bitrix24/network-pages.ts';
import { decideNavigation, type NavigationDecision, type NavigationRequest } from '../../../src-main/bitrix24/view-navigation.ts';

const NETWORK = 'https://www.bitrix24.net';
const AUTH2 = 'https://auth2.bitrix24.net';
const ACME = 'https://acme.bitrix24.com';
const GOOGLE = 'https://accounts.google.com/o/oauth2/v2/auth?client_id=x';

type Case = [name: string, request: Omit<NavigationRequest, 'networkOrigin'>, decision: NavigationDecision];

/** The Network view, on the Network's passport page unless `fromUrl` says otherwise. */
function fromNetworkView(target: string, isPopup: boolean, fromUrl?: string): Omit<NavigationRequest, 'networkOrigin'> {
  return { view: 'network', viewOrigin: NETWORK, target, isPopup, ...(fromUrl === undefined ? {} : { fromUrl }) };
}

/** Acme's portal view, on one of its own pages unless `fromUrl` says otherwise. */
function fromAcmeView(target: string, isPopup: boolean, fromUrl?: string): Omit<NavigationRequest, 'networkOrigin'> {
  return { view: 'portal', viewOrigin: ACME, target, isPopup, ...(fromUrl === undefined ? {} : { fromUrl }) };
}

const cases: Case[] = [
  // The Network view
  ['Network: its own page', fromNetworkView(`${NETWORK}/passport/view/`, false), 'stay'],
  ['Network: its OAuth host', fromNetworkView(`${AUTH2}/oauth/authorize/?client_id=x`, false), 'stay'],
  ['Network: its apex host', fromNetworkView('https://bitrix24.net/create/', false), 'stay'],
  ['Network: its own pop-up', fromNetworkView(`${NETWORK}/qr/`, true), 'popup-in-app'],
  ['Network: Google sign-in in the view', fromNetworkView(GOOGLE, false), 'stay'],
  ['Network: Google sign-in pop-up', fromNetworkView(GOOGLE, true), 'popup-in-app'],
  ['Network: Apple sign-in pop-up', fromNetworkView('https://appleid.apple.com/auth/authorize', true), 'popup-in-app'],
  ['Network: Office365 sign-in pop-up', fromNetworkView('https://login.microsoftonline.com/common/oauth2/authorize', true), 'popup-in-app'],
  ['Network: Yandex sign-in', fromNetworkView('https://oauth.yandex.ru/authorize', false), 'stay'],
  ['Network: VK ID sign-in', fromNetworkView('https://id.vk.com/authorize', true), 'popup-in-app'],
  ['Network: Zoom sign-in', fromNetworkView('https://zoom.us/oauth/authorize', true), 'popup-in-app'],
  ['Network: back from Google to the Network', fromNetworkView(`${AUTH2}/bitrix/tools/oauth/google.php?code=x`, false, GOOGLE), 'stay'],
  ["Network: Google's own next page during sign-in", fromNetworkView('https://accounts.google.com/signin/v2/challenge', false, GOOGLE), 'stay'],
  ['Network: a cloud portal from its list', fromNetworkView(`${ACME}/`, false), 'open-portal'],
  ['Network: a cloud portal in a new window', fromNetworkView('https://shop.bitrix24.com.br/crm/', true), 'open-portal'],
  ['Network: a self-hosted portal it does not know', fromNetworkView('https://portal.example.com/', false), 'system-browser'],
  ["Network: the vendor's site", fromNetworkView('https://www.bitrix24.com/prices/', false), 'system-browser'],
  ['Network: the helpdesk in a new window', fromNetworkView('https://helpdesk.bitrix24.com/open/17225514/', true), 'system-browser'],
  ['Network: another https site', fromNetworkView('https://example.com/terms', false), 'system-browser'],
  ['Network: a cloud portal linked from an identity provider page', fromNetworkView(`${ACME}/`, false, GOOGLE), 'system-browser'],
  ['Network: plain http on its own host', fromNetworkView('http://www.bitrix24.net/passport/view/', false), 'refuse'],
  ['Network: plain http to a portal', fromNetworkView('http://acme.bitrix24.com/', false), 'refuse'],
  ['Network: javascript:', fromNetworkView('javascript:alert(1)', false), 'refuse'],
  ['Network: file:', fromNetworkView('file:///etc/passwd', false), 'refuse'],
  ['Network: data:', fromNetworkView('data:text/html,<script>alert(1)</script>', true), 'refuse'],
  ['Network: blob:', fromNetworkView(`blob:${NETWORK}/0b6f7c2e`, true), 'refuse'],
  ['Network: a blank pop-up', fromNetworkView('about:blank', true), 'refuse'],
  ['Network: mailto:', fromNetworkView('mailto:support@bitrix24.net', false), 'refuse'],
  ['Network: credentials on its own host', fromNetworkView(`https://me:pw@www.bitrix24.net/`, false), 'refuse'],
  ['Network: credentials to an identity provider', fromNetworkView('https://me:pw@accounts.google.com/', true), 'refuse'],
  ['Network: a look-alike of its host', fromNetworkView('https://www.bitrix24.net.evil.example/', false), 'system-browser'],
  ['Network: not a URL', fromNetworkView('not a url', false), 'refuse'],

  // A portal view
  ['portal: its own page', fromAcmeView(`${ACME}/crm/deal/`, false), 'stay'],
  ['portal: its own pop-up', fromAcmeView(`${ACME}/call/?id=1`, true), 'popup-in-app'],
  ["portal: the Network's sign-in", fromAcmeView(`${AUTH2}/oauth/authorize/?redirect_uri=${encodeURIComponent(`${ACME}/auth/`)}`, false), 'stay'],
  ["portal: back from the Network's sign-in", fromAcmeView(`${ACME}/auth/?code=x`, false, `${AUTH2}/oauth/authorize/`), 'stay'],
  ["portal: the Network's page in a new window", fromAcmeView(`${NETWORK}/`, true), 'popup-in-app'],
  ["portal: Google from the Network's sign-in", fromAcmeView(GOOGLE, true, `${AUTH2}/oauth/authorize/`), 'popup-in-app'],
  ["portal: Google's next page during a sign-in", fromAcmeView(GOOGLE, false, 'https://accounts.google.com/signin'), 'stay'],
  ["portal: Google linked from the portal's own page", fromAcmeView(GOOGLE, false), 'system-browser'],
  ["portal: Facebook linked from the portal's own page", fromAcmeView('https://www.facebook.com/acme', true), 'system-browser'],
  ['portal: another cloud portal linked from its own page', fromAcmeView('https://partners.bitrix24.de/', false), 'system-browser'],
  ["portal: another cloud portal from the Network's page", fromAcmeView('https://partners.bitrix24.de/', false, `${NETWORK}/passport/view/`), 'open-portal'],
  ['portal: its own host on another port', fromAcmeView('https://acme.bitrix24.com:8443/', false), 'system-browser'],
  ['portal: a subdomain of its host', fromAcmeView('https://files.acme.bitrix24.com/', false), 'system-browser'],
  ['portal: another https site', fromAcmeView('https://example.com/', true), 'system-browser'],
  ['portal: plain http to its own host', fromAcmeView('http://acme.bitrix24.com/crm/', false), 'refuse'],
  ['portal: javascript:', fromAcmeView('javascript:alert(document.cookie)', false), 'refuse'],
  ['portal: file:', fromAcmeView('file:///C:/Windows/win.ini', true), 'refuse'],
  ['portal: data:', fromAcmeView('data:text/html,hi', false), 'refuse'],
  ['portal: credentials on its own host', fromAcmeView('https://user:pw@acme.bitrix24.com/', false), 'refuse'],
  ['portal: a user name that looks like its host', fromAcmeView('https://acme.bitrix24.com@evil.example/', false), 'refuse'],
  ['portal: an https loopback address', fromAcmeView('https://localhost:8443/', true), 'system-browser'],
  ['portal: plain http loopback without the test flag', fromAcmeView('http://127.0.0.1:8080/', false), 'refuse'],
];

describe('what a web-mode view may do with a navigation or a pop-up', () => {
  it.each(cases)('%s', (_name, request, decision) => {
    expect(decideNavigation({ ...request, networkOrigin: DEFAULT_NETWORK_URL })).toBe(decision);
  });

  it('lets every listed identity provider in from the Network, and none from a portal page', () => {
    for (const origin of IDENTITY_PROVIDER_ORIGINS) {
      expect(decideNavigation({ ...fromNetworkView(`${origin}/authorize`, true), networkOrigin: NETWORK }), origin).toBe('popup-in-app');
      expect(decideNavigation({ ...fromAcmeView(`${origin}/authorize`, true), networkOrigin: NETWORK }), origin).toBe('system-browser');
    }
  });

  it("opens a self-hosted portal from the Network when it is one of the profile's portals", () => {
    const request = { ...fromNetworkView('https://portal.example.com/stream/', false), networkOrigin: NETWORK };
    expect(decideNavigation({ ...request, knownPortalOrigins: ['https://portal.example.com'] })).toBe('open-portal');
    expect(decideNavigation({ ...request, knownPortalOrigins: ['https://other.example.com'] })).toBe('system-browser');
  });

  it('with the test flag, runs on an emulated Network and portals on loopback over plain http', () => {
    const network = 'http://127.0.0.1:4200/network/';
    const portal = 'http://127.0.0.1:4301';
    const provider = 'http://127.0.0.1:4400';
    const base = { networkOrigin: network, allowLoopback: true, identityProviderOrigins: [provider] };
    const fromNetwork = { ...base, view: 'network', viewOrigin: 'http://127.0.0.1:4200' } as const;
    const fromPortal = { ...base, view: 'portal', viewOrigin: portal } as const;

    expect(decideNavigation({ ...fromNetwork, target: 'http://127.0.0.1:4200/network/passport/view/', isPopup: false })).toBe('stay');
    expect(decideNavigation({ ...fromNetwork, target: `${provider}/authorize`, isPopup: true })).toBe('popup-in-app');
    expect(decideNavigation({ ...fromNetwork, target: `${portal}/`, isPopup: false })).toBe('open-portal');
    expect(decideNavigation({ ...fromNetwork, target: 'http://example.com/', isPopup: false })).toBe('refuse');
    expect(decideNavigation({ ...fromPortal, target: `${portal}/crm/`, isPopup: false })).toBe('stay');
    expect(decideNavigation({ ...fromPortal, target: 'http://127.0.0.1:4200/network/passport/view/', isPopup: false })).toBe('stay');
    expect(decideNavigation({ ...fromPortal, target: 'http://127.0.0.1:4302/', isPopup: false })).toBe('refuse');
    expect(decideNavigation({ ...fromPortal, target: 'https://example.com/', isPopup: false })).toBe('system-browser');
  });

  it('keeps nothing in the app when the Network address or the view origin does not parse', () => {
    const request = { view: 'portal', viewOrigin: 'garbage', networkOrigin: 'garbage', isPopup: false } as const;
    expect(decideNavigation({ ...request, target: `${ACME}/` })).toBe('system-browser');
    expect(decideNavigation({ ...request, target: `${NETWORK}/passport/view/` })).toBe('system-browser');
    expect(decideNavigation({ ...request, target: GOOGLE, fromUrl: 'garbage' })).toBe('system-browser');
  });
});
