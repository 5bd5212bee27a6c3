/** The harness's proxied frame addresses: a target in the path, and nothing else taken for one. */
import { describe, expect, it } from 'vitest';
import { parseWebFramePath, webFramePath } from '../../harness/web-frame-address.ts';

const ID = 'a'.repeat(64);

function parse(path: string) {
  const url = new URL(path, 'http://127.0.0.1:5174');
  return parseWebFramePath(url.pathname, url.search);
}

describe('web frame addresses', () => {
  it('carry the target’s scheme, host and port, path, query and fragment, and read back to the same target', () => {
    const target = new URL('http://alpha.localhost:4020/crm/deal/?id=1&x=%20y#top');
    const path = webFramePath(ID, target);
    expect(path).toBe(`/web-frame/${ID}/http/alpha.localhost:4020/crm/deal/?id=1&x=%20y#top`);
    const parsed = parse(path ?? '');
    expect(parsed?.frameId).toBe(ID);
    // The fragment never reaches a server.
    expect(parsed?.target.href).toBe('http://alpha.localhost:4020/crm/deal/?id=1&x=%20y');
    expect(parse(webFramePath(ID, new URL('https://example.com')) ?? '')?.target.href).toBe('https://example.com/');
  });

  it('are made for http(s) only, without credentials', () => {
    for (const target of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'mailto:a@example.com', 'http://user:pw@alpha.localhost/']) {
      expect(webFramePath(ID, new URL(target)), target).toBeNull();
    }
  });

  it('refuse a path that names no frame, no web scheme, no host, or more than a host', () => {
    for (const path of [
      '/web-frame/',
      `/web-frame/${ID}`,
      `/web-frame/${ID}/`,
      `/web-frame/${ID}/ftp/alpha.localhost/`,
      `/web-frame/${ID}/javascript/alert(1)/`,
      `/web-frame/${ID}/http/`,
      `/web-frame/${ID}/http/user@alpha.localhost/`,
      `/web-frame/${ID}/http/alpha.localhost:99999/`,
      `/web-frame/${ID}/http/alpha.localhost%2Fevil/`,
      '/portal-frame/x/http/alpha.localhost/',
    ]) {
      expect(parse(path), path).toBeNull();
    }
  });
});
