import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAppUrlCheck, hasOrigin, isExternalHttps } from '../../src-main/security/urls.ts';

describe('URL checks of the navigation and IPC guards', () => {
  it('tells whether a URL is on an origin, scheme and port included', () => {
    expect(hasOrigin('https://acme.bitrix24.com/crm/?x=1', 'https://acme.bitrix24.com')).toBe(true);
    expect(hasOrigin('http://acme.bitrix24.com/', 'https://acme.bitrix24.com')).toBe(false);
    expect(hasOrigin('https://acme.bitrix24.com:8443/', 'https://acme.bitrix24.com')).toBe(false);
    expect(hasOrigin('https://acme.bitrix24.com.evil.example/', 'https://acme.bitrix24.com')).toBe(false);
    expect(hasOrigin('not a url', 'https://acme.bitrix24.com')).toBe(false);
  });

  it('lets only https links go to the system browser', () => {
    expect(isExternalHttps('https://example.com/help')).toBe(true);
    for (const url of ['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'bitrixid://recover', 'not a url']) {
      expect(isExternalHttps(url), url).toBe(false);
    }
  });

  it("recognises the app's page on the dev server by its origin", () => {
    const isAppUrl = createAppUrlCheck('http://localhost:5173/');
    expect(isAppUrl('http://localhost:5173/#/account')).toBe(true);
    expect(isAppUrl('http://localhost:5174/')).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/')).toBe(false);
    expect(isAppUrl('garbage')).toBe(false);
  });

  it("recognises the app's built page as exactly app://bitrix-id/index.html, whatever the query or fragment", () => {
    const isAppUrl = createAppUrlCheck(undefined);
    expect(isAppUrl('app://bitrix-id/index.html')).toBe(true);
    expect(isAppUrl('app://bitrix-id/index.html?lang=ru#/portals')).toBe(true);
    for (const url of [
      'app://bitrix-id/other.html',
      'app://bitrix-id/',
      'app://bitrix-id/assets/index.html',
      'app://evil.example/index.html',
      'app://bitrix-id:8080/index.html',
      'app://user@bitrix-id/index.html',
      'https://bitrix-id/index.html',
      'https://evil.example/index.html',
      'garbage',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('no longer takes a file:// page for the app, not even the built index.html itself', () => {
    const isAppUrl = createAppUrlCheck(undefined);
    const builtIndex = pathToFileURL(join('/opt', 'Bitrix ID', 'resources', 'app.asar', 'out', 'renderer', 'index.html')).href;
    expect(isAppUrl(builtIndex)).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
  });
});
