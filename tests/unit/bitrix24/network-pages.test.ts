import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NETWORK_URL,
  NETWORK_PAGE_PATHS,
  networkOriginsOf,
  NETWORK_URL_PROBLEMS,
  networkPageUrl,
  parseNetworkUrl,
  type NetworkPage,
} from '../../../src-main/bitrix24/network-pages.ts';

describe("the Network's pages", () => {
  it('are, on the real Network, its passport page and its create page', () => {
    expect(networkPageUrl(DEFAULT_NETWORK_URL, 'signIn')).toBe('https://www.bitrix24.net/passport/view/');
    expect(networkPageUrl(DEFAULT_NETWORK_URL, 'portals')).toBe('https://www.bitrix24.net/passport/view/');
    expect(networkPageUrl(DEFAULT_NETWORK_URL, 'profile')).toBe('https://www.bitrix24.net/passport/view/');
    expect(networkPageUrl(DEFAULT_NETWORK_URL, 'createPortal')).toBe('https://www.bitrix24.net/create/');
  });

  it('are each on the Network, whatever its address, an emulated one under a path included', () => {
    const pages = Object.keys(NETWORK_PAGE_PATHS) as NetworkPage[];
    expect(pages).toHaveLength(9);
    for (const base of [DEFAULT_NETWORK_URL, 'http://127.0.0.1:4200/network/']) {
      for (const page of pages) {
        const url = new URL(networkPageUrl(base, page));
        expect(url.href.startsWith(base), `${base} ${page}`).toBe(true);
        expect(url.search + url.hash, page).toBe('');
      }
    }
  });
});

describe('the --network-url setting', () => {
  it.each([
    ['the default', 'https://www.bitrix24.net/', 'https://www.bitrix24.net/'],
    ['a bare host', 'www.bitrix24.net', 'https://www.bitrix24.net/'],
    ['upper case and spaces', '  HTTPS://WWW.Bitrix24.NET ', 'https://www.bitrix24.net/'],
    ['a path, given its slash', 'https://network.example.com/b24net', 'https://network.example.com/b24net/'],
  ])('accepts %s', (_name, input, url) => {
    expect(parseNetworkUrl(input)).toEqual({ ok: true, url });
  });

  const refused = [
    ['nothing', '', 'empty'],
    ['plain http', 'http://www.bitrix24.net/', 'not_https'],
    ['javascript:', 'javascript:alert(1)', 'scheme'],
    ['file:', 'file:///etc/passwd', 'scheme'],
    ['credentials', 'https://me:secret@www.bitrix24.net/', 'credentials'],
    ['a query', 'https://www.bitrix24.net/?user_lang=en', 'query_or_fragment'],
    ['an empty query', 'https://www.bitrix24.net/?', 'query_or_fragment'],
    ['a fragment', 'https://www.bitrix24.net/#top', 'query_or_fragment'],
    ['a bare IP', 'https://10.0.0.5/', 'ip_address'],
    ['loopback without the test flag', 'http://127.0.0.1:4200/', 'loopback'],
    ['not a URL', 'https://www bitrix24 net', 'not_a_url'],
    ['a single-label host', 'https://network/', 'incomplete'],
    ['very long input', `https://www.bitrix24.net/${'x'.repeat(2100)}/`, 'too_long'],
  ] as const;

  it.each(refused)('refuses %s', (_name, input, reason) => {
    expect(parseNetworkUrl(input)).toEqual({ ok: false, reason });
  });

  it('gives every reason of its closed set for some input, and no other', () => {
    expect(new Set(refused.map(([, , reason]) => reason))).toEqual(new Set(NETWORK_URL_PROBLEMS));
  });

  it('takes plain http on loopback when tests allow it, and nowhere else', () => {
    expect(parseNetworkUrl('http://127.0.0.1:4200', { allowLoopback: true })).toEqual({ ok: true, url: 'http://127.0.0.1:4200/' });
    expect(parseNetworkUrl('http://[::1]:4200/net/', { allowLoopback: true })).toEqual({ ok: true, url: 'http://[::1]:4200/net/' });
    expect(parseNetworkUrl('http://www.bitrix24.net/', { allowLoopback: true })).toEqual({ ok: false, reason: 'not_https' });
  });
});

describe("the Network's origins", () => {
  const realOrigins = ['https://www.bitrix24.net', 'https://auth2.bitrix24.net', 'https://bitrix24.net'];

  it("are all three of the real Network's hosts, whichever one its address names", () => {
    expect(networkOriginsOf(DEFAULT_NETWORK_URL)).toEqual(realOrigins);
    expect(networkOriginsOf('https://bitrix24.net/')).toEqual(realOrigins);
    expect(networkOriginsOf('https://auth2.bitrix24.net')).toEqual(realOrigins);
  });

  it('are only its own origin for any other address', () => {
    expect(networkOriginsOf('http://127.0.0.1:4200/network/')).toEqual(['http://127.0.0.1:4200']);
    expect(networkOriginsOf('https://www.bitrix24.net:8443/')).toEqual(['https://www.bitrix24.net:8443']);
    expect(networkOriginsOf('http://www.bitrix24.net/')).toEqual(['http://www.bitrix24.net']);
    expect(networkOriginsOf('https://evil.bitrix24.net.example/')).toEqual(['https://evil.bitrix24.net.example']);
  });

  it('are none for an address that does not parse or has no origin', () => {
    expect(networkOriginsOf('not a url')).toEqual([]);
    expect(networkOriginsOf('data:text/html,hi')).toEqual([]);
  });
});
