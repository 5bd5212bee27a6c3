import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_PAGE_URL, APP_SCHEME_PRIVILEGES, rendererFilePath } from '../../src-main/security/app-scheme.ts';
import { CONTENT_SECURITY_POLICY } from '../../src-main/security/content-security-policy.ts';
import { answerRendererRequest } from '../../src-main/security/renderer-responses.ts';

const rendererDir = join('/opt', 'Bitrix ID', 'resources', 'app.asar', 'out', 'renderer');

describe('the app:// scheme', () => {
  it('is registered as standard and secure only: no CORS, no CSP bypass, no fetch, no service workers', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true });
  });

  it('loads the page from one fixed host', () => {
    expect(APP_PAGE_URL).toBe('app://bitrix-id/index.html');
  });
});

describe('which file an app:// URL names', () => {
  it('maps the page and its assets to files inside the renderer folder, whatever the query or fragment', () => {
    expect(rendererFilePath(rendererDir, 'app://bitrix-id/index.html')).toBe(join(rendererDir, 'index.html'));
    expect(rendererFilePath(rendererDir, 'app://bitrix-id/index.html?lang=ru#/portals')).toBe(join(rendererDir, 'index.html'));
    expect(rendererFilePath(rendererDir, 'app://bitrix-id/assets/index-Ab3_x.js')).toBe(join(rendererDir, 'assets', 'index-Ab3_x.js'));
    expect(rendererFilePath(rendererDir, 'app://bitrix-id/assets/a%20b.css')).toBe(join(rendererDir, 'assets', 'a b.css'));
  });

  it('keeps a literal or dot-encoded ".." inside the folder: the URL parser resolves it against the host', () => {
    expect(rendererFilePath(rendererDir, 'app://bitrix-id/../../../etc/passwd')).toBe(join(rendererDir, 'etc', 'passwd'));
    expect(rendererFilePath(rendererDir, 'app://bitrix-id/%2e%2e/%2E%2E/etc/passwd')).toBe(join(rendererDir, 'etc', 'passwd'));
    expect(rendererFilePath(rendererDir, 'app://bitrix-id/assets/../index.html')).toBe(join(rendererDir, 'index.html'));
  });

  it('decodes once, so a doubly encoded ".." is a folder literally named "%2e%2e", inside the folder', () => {
    expect(rendererFilePath(rendererDir, 'app://bitrix-id/%252e%252e/secret.txt')).toBe(join(rendererDir, '%2e%2e', 'secret.txt'));
  });

  it.each([
    ['an encoded "../" in one segment', 'app://bitrix-id/..%2f..%2f..%2fetc%2fpasswd'],
    ['an encoded "..\\" in one segment', 'app://bitrix-id/assets/..%5c..%5c..%5csecret.txt'],
    ['a literal backslash traversal', 'app://bitrix-id/..\\..\\secret.txt'],
    ['an absolute path in an encoded segment', 'app://bitrix-id/%2Fetc%2Fpasswd'],
    ['an empty segment (a second slash)', 'app://bitrix-id//etc/passwd'],
    ['a Windows drive', 'app://bitrix-id/C:%5CWindows%5Cwin.ini'],
    ['a Windows alternate data stream', 'app://bitrix-id/index.html::$DATA'],
    ['a NUL byte', 'app://bitrix-id/index.html%00.png'],
    ['a malformed escape', 'app://bitrix-id/%E0%A4%A'],
    ['a hidden file', 'app://bitrix-id/.env'],
    ['the bare host, which is a folder', 'app://bitrix-id/'],
    ['a folder', 'app://bitrix-id/assets/'],
    ['another host', 'app://evil.example/index.html'],
    ['a port', 'app://bitrix-id:8080/index.html'],
    ['credentials', 'app://user:pw@bitrix-id/index.html'],
    ['another scheme', 'file:///opt/Bitrix%20ID/resources/app.asar/out/renderer/index.html'],
    ['https on the same host name', 'https://bitrix-id/index.html'],
    ['no URL at all', 'index.html'],
  ])('refuses %s', (_what, url) => {
    expect(rendererFilePath(rendererDir, url)).toBeNull();
  });
});

describe("the app:// scheme's answers", () => {
  const root = mkdtempSync(join(tmpdir(), 'bitrix-id-app-scheme-'));
  const dir = join(root, 'renderer');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Bitrix ID</title>');
  writeFileSync(join(dir, 'assets', 'index.js'), 'export {};');
  writeFileSync(join(dir, 'assets', 'index.css'), 'body{}');
  writeFileSync(join(dir, 'assets', 'logo.svg'), '<svg/>');
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer folder');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const get = (url: string) => answerRendererRequest(dir, { url, method: 'GET' });

  it.each([
    ['app://bitrix-id/index.html', 'text/html; charset=utf-8', '<!doctype html><title>Bitrix ID</title>'],
    ['app://bitrix-id/assets/index.js', 'text/javascript; charset=utf-8', 'export {};'],
    ['app://bitrix-id/assets/index.css', 'text/css; charset=utf-8', 'body{}'],
    ['app://bitrix-id/assets/logo.svg', 'image/svg+xml', '<svg/>'],
  ])('serves %s as %s, with the CSP', async (url, type, body) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(body);
  });

  it.each([
    ['a missing file', 'app://bitrix-id/assets/missing.js'],
    ['a folder', 'app://bitrix-id/assets'],
    ['a file beside the folder, through an encoded traversal', 'app://bitrix-id/..%2fsecret.txt'],
    ['another host', 'app://elsewhere/index.html'],
  ])('answers 404, with the CSP, for %s', async (_what, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).not.toContain('outside the renderer folder');
  });

  it('answers only GET', async () => {
    const response = await answerRendererRequest(dir, { url: 'app://bitrix-id/index.html', method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
