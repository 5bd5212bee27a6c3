import { describe, expect, it } from 'vitest';
import { isPortalSignInUrl } from '../../src-main/services/portals/portal-sign-in-url.ts';

const domain = 'portal.bitrix24.com';
const ticket = 'bitrix-id/sso?ticket=t_abcdefghijklmnop';

describe("a portal's one-time sign-in link", () => {
  it("is loaded when it is https on the portal's own domain", () => {
    expect(isPortalSignInUrl(`https://portal.bitrix24.com/${ticket}`, domain)).toBe(true);
    expect(isPortalSignInUrl(`https://PORTAL.bitrix24.com:443/${ticket}`, domain)).toBe(true);
    expect(isPortalSignInUrl(`https://xn--e1afmkfd.xn--p1ai/${ticket}`, 'пример.рф')).toBe(true);
  });

  it.each([
    ['plain http on a real host', `http://portal.bitrix24.com/${ticket}`],
    ['another host', `https://evil.example/${ticket}`],
    ['a subdomain trick', `https://portal.bitrix24.com.evil.example/${ticket}`],
    ['a subdomain of the portal', `https://sso.portal.bitrix24.com/${ticket}`],
    ['the parent domain', `https://bitrix24.com/${ticket}`],
    ['another port', `https://portal.bitrix24.com:8443/${ticket}`],
    ['credentials', `https://user:pw@portal.bitrix24.com/${ticket}`],
    ['a user name that looks like the host', `https://portal.bitrix24.com@evil.example/${ticket}`],
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['file:', 'file:///etc/passwd'],
    ['not a URL', 'portal.bitrix24.com/bitrix-id/sso'],
  ])('is refused with %s', (_name, url) => {
    expect(isPortalSignInUrl(url, domain)).toBe(false);
  });

  it('may use plain http only when the portal is on this machine (a local mock)', () => {
    expect(isPortalSignInUrl(`http://127.0.0.1:8080/${ticket}`, '127.0.0.1:8080')).toBe(true);
    expect(isPortalSignInUrl(`http://localhost:8080/${ticket}`, 'localhost:8080')).toBe(true);
    expect(isPortalSignInUrl(`http://[::1]:8080/${ticket}`, '[::1]:8080')).toBe(true);
    expect(isPortalSignInUrl(`http://127.0.0.1:8080/${ticket}`, domain)).toBe(false);
    expect(isPortalSignInUrl(`http://127.0.0.1:9090/${ticket}`, '127.0.0.1:8080')).toBe(false);
  });

  it('is refused when the domain the list gives is not a bare host', () => {
    for (const odd of ['', 'evil.example/portal.bitrix24.com', 'portal.bitrix24.com@evil.example', 'a b.com']) {
      expect(isPortalSignInUrl(`https://evil.example/${ticket}`, odd), odd).toBe(false);
    }
  });
});
