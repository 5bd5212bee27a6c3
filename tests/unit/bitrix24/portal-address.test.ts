import { describe, expect, it } from 'vitest';
import { CLOUD_PORTAL_ZONES, isCloudPortalOrigin, parsePortalAddress, PORTAL_ADDRESS_PROBLEMS } from '../../../src-main/bitrix24/portal-address.ts';
import { MAX_ADDRESS_LENGTH } from '../../../src-main/bitrix24/web-address.ts';

describe('a portal address a person types', () => {
  it.each([
    ['a bare cloud host', 'acme.bitrix24.com', 'https://acme.bitrix24.com', 'acme.bitrix24.com', 'cloud'],
    ['upper case and spaces around', '  X.Bitrix24.DE ', 'https://x.bitrix24.de', 'x.bitrix24.de', 'cloud'],
    ['a trailing slash', 'https://acme.bitrix24.eu/', 'https://acme.bitrix24.eu', 'acme.bitrix24.eu', 'cloud'],
    ['a page of the portal (path and query dropped)', 'x.bitrix24.com/crm/?a=1', 'https://x.bitrix24.com', 'x.bitrix24.com', 'cloud'],
    ['a fragment', 'https://acme.bitrix24.es/#/tasks', 'https://acme.bitrix24.es', 'acme.bitrix24.es', 'cloud'],
    ['a two-part zone', 'shop.bitrix24.com.br', 'https://shop.bitrix24.com.br', 'shop.bitrix24.com.br', 'cloud'],
    ['the Turkish zone', 'https://firma.bitrix24.com.tr', 'https://firma.bitrix24.com.tr', 'firma.bitrix24.com.tr', 'cloud'],
    ['a b24- name in Poland', 'b24-x1y2z3.bitrix24.pl', 'https://b24-x1y2z3.bitrix24.pl', 'b24-x1y2z3.bitrix24.pl', 'cloud'],
    ['the default port written out', 'https://acme.bitrix24.com:443', 'https://acme.bitrix24.com', 'acme.bitrix24.com', 'cloud'],
    ['a trailing dot', 'acme.bitrix24.kz.', 'https://acme.bitrix24.kz', 'acme.bitrix24.kz', 'cloud'],
    ['full-width dots', 'acme．bitrix24．com', 'https://acme.bitrix24.com', 'acme.bitrix24.com', 'cloud'],
    ['a scheme-relative address', '//acme.bitrix24.uk', 'https://acme.bitrix24.uk', 'acme.bitrix24.uk', 'cloud'],
    ['a self-hosted host', 'portal.example.com', 'https://portal.example.com', 'portal.example.com', 'self-hosted'],
    ['a self-hosted host on its own port', 'portal.example.com:8443/stream/', 'https://portal.example.com:8443', 'portal.example.com:8443', 'self-hosted'],
    ['a self-hosted international name, kept in punycode', 'https://портал.рф', 'https://xn--80awhdgm.xn--p1ai', 'xn--80awhdgm.xn--p1ai', 'self-hosted'],
    ['an already punycode name', 'xn--80awhdgm.xn--p1ai', 'https://xn--80awhdgm.xn--p1ai', 'xn--80awhdgm.xn--p1ai', 'self-hosted'],
    ['a cloud-looking host in a zone Bitrix24 does not run', 'acme.bitrix24.cz', 'https://acme.bitrix24.cz', 'acme.bitrix24.cz', 'self-hosted'],
    ['a look-alike of the vendor domain', 'acme.bitrix24.com.evil.example', 'https://acme.bitrix24.com.evil.example', 'acme.bitrix24.com.evil.example', 'self-hosted'],
  ] as const)('accepts %s', (_name, input, origin, host, kind) => {
    expect(parsePortalAddress(input)).toEqual({ ok: true, origin, host, kind });
  });

  const refused = [
    ['nothing', '', 'empty'],
    ['only spaces', '   \t ', 'empty'],
    ['javascript:', 'javascript:alert(1)', 'scheme'],
    ['javascript: in capitals with a tab inside', 'JAVA\tSCRIPT:alert(1)', 'scheme'],
    ['javascript: that looks like a host and port', 'javascript:1', 'scheme'],
    ['file:', 'file:///etc/passwd', 'scheme'],
    ['data:', 'data:text/html,<script>alert(1)</script>', 'scheme'],
    ['ftp:', 'ftp://acme.bitrix24.com', 'scheme'],
    ['mailto:', 'mailto:admin@acme.bitrix24.com', 'scheme'],
    ['the app scheme', 'app://bitrix-id/index.html', 'scheme'],
    ['plain http', 'http://x.bitrix24.com', 'not_https'],
    ['plain http on a self-hosted host', 'http://portal.example.com', 'not_https'],
    ['credentials', 'https://user:pw@x.bitrix24.com', 'credentials'],
    ['a user name only', 'admin@acme.bitrix24.com', 'credentials'],
    ['a user name that looks like the portal', 'https://acme.bitrix24.com@evil.example', 'credentials'],
    ['a bare IP address', '192.168.1.10', 'ip_address'],
    ['a bare IP address over https', 'https://8.8.8.8/', 'ip_address'],
    ['an IPv6 address', 'https://[2001:db8::1]/', 'ip_address'],
    ['localhost', 'localhost:3000', 'loopback'],
    ['a loopback IP written as a number', 'https://2130706433/', 'loopback'],
    ['a name under localhost', 'https://acme.localhost', 'loopback'],
    ['loopback over http without the test flag', 'http://127.0.0.1:8080', 'loopback'],
    ['a portal name alone', 'acme', 'incomplete'],
    ['a space inside the host', 'ac me.bitrix24.com', 'not_a_url'],
    ['an empty label', 'acme..bitrix24.com', 'not_a_url'],
    ['an underscore', 'ac_me.example.com', 'not_a_url'],
    ['a label starting with a hyphen', '-acme.example.com', 'not_a_url'],
    ['no host at all', 'https://', 'not_a_url'],
    ['very long input', `acme.bitrix24.com/${'a'.repeat(MAX_ADDRESS_LENGTH)}`, 'too_long'],
    ['a label longer than DNS allows', `${'a'.repeat(64)}.example.com`, 'too_long'],
    ['a host longer than DNS allows', `${'abcdefghi.'.repeat(26)}com`, 'too_long'],
    ["the vendor's site", 'https://bitrix24.com', 'not_a_portal'],
    ["the vendor's www site", 'www.bitrix24.de', 'not_a_portal'],
    ['the helpdesk', 'https://helpdesk.bitrix24.com/open/17225514/', 'not_a_portal'],
    ['the Network', 'https://www.bitrix24.net/', 'not_a_portal'],
    ["the Network's sign-in host", 'auth2.bitrix24.net', 'not_a_portal'],
    ['a Bitrix24 Sites page', 'shop.bitrix24.site', 'not_a_portal'],
    ['two labels under a zone', 'a.b.bitrix24.com', 'not_a_portal'],
    ['a look-alike international name under a zone', 'https://аcme.bitrix24.com', 'not_a_portal'],
    ['a cloud portal on another port', 'acme.bitrix24.com:8443', 'not_a_portal'],
  ] as const;

  it.each(refused)('refuses %s', (_name, input, reason) => {
    expect(parsePortalAddress(input)).toEqual({ ok: false, reason });
  });

  it('gives every reason of its closed set for some input, and no other', () => {
    expect(new Set(refused.map(([, , reason]) => reason))).toEqual(new Set(PORTAL_ADDRESS_PROBLEMS));
  });

  it('takes a loopback portal over plain http only when tests allow it', () => {
    expect(parsePortalAddress('http://127.0.0.1:4100/', { allowLoopback: true })).toEqual({
      ok: true,
      origin: 'http://127.0.0.1:4100',
      host: '127.0.0.1:4100',
      kind: 'self-hosted',
    });
    expect(parsePortalAddress('localhost:4100', { allowLoopback: true })).toMatchObject({ ok: true, origin: 'https://localhost:4100' });
    expect(parsePortalAddress('http://acme.bitrix24.com', { allowLoopback: true })).toEqual({ ok: false, reason: 'not_https' });
    expect(parsePortalAddress('http://192.168.1.10', { allowLoopback: true })).toEqual({ ok: false, reason: 'not_https' });
  });

  it('knows every cloud zone as cloud, and the Network is none of them', () => {
    for (const zone of CLOUD_PORTAL_ZONES) {
      expect(parsePortalAddress(`acme.bitrix24.${zone}`), zone).toMatchObject({ ok: true, kind: 'cloud' });
    }
    expect(CLOUD_PORTAL_ZONES).not.toContain('net');
  });
});

describe('whether an origin is a cloud portal', () => {
  it('is true only for the exact https origin of a cloud portal', () => {
    expect(isCloudPortalOrigin('https://acme.bitrix24.com')).toBe(true);
    expect(isCloudPortalOrigin('https://acme.bitrix24.com.br')).toBe(true);
    for (const origin of [
      'http://acme.bitrix24.com',
      'https://acme.bitrix24.com/',
      'https://acme.bitrix24.com:8443',
      'https://www.bitrix24.com',
      'https://auth2.bitrix24.net',
      'https://portal.example.com',
      'https://acme.bitrix24.com.evil.example',
      'not an origin',
    ]) {
      expect(isCloudPortalOrigin(origin), origin).toBe(false);
    }
  });
});
