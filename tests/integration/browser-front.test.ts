/**
 * The embedded mock's page for the system browser (issue 12): only the consent pages, only for
 * 127.0.0.1 and its port, and only while a social sign-in waits; and the listener's last page,
 * which says what the app made of the sign-in.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmbeddedMock } from '../../src-main/backend/embedded-mock.ts';
import { silentLogger } from '../../src-main/logging/logger.ts';
import { seedCredentials, seedSocialIdentities } from '../../mocks/index.ts';
import { rawRequest } from '../../mocks/tests/raw-http.ts';
import { authorizeUrl, openPage, pkcePair, press } from '../../mocks/tests/social-flow.ts';
import { startCoreWithBrowser, type SystemBrowser } from './core-with-browser.ts';

const FOREIGN_HOST = { status: 421, body: 'This server answers only requests addressed to its own loopback address.' };

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bitrix-id-front-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe("the embedded mock's browser front", () => {
  it('serves the consent pages and nothing else, to 127.0.0.1 and its port only', async () => {
    const mock = startEmbeddedMock({ stateFile: join(tempDir(), 'state.json'), log: silentLogger });
    cleanups.push(() => mock.close());
    const front = await mock.openBrowserFront();
    const { port } = new URL(front.url);
    expect(front.url).toBe(`http://127.0.0.1:${port}`);

    const consent = await openPage(authorizeUrl(front.url, pkcePair(), 'google'));
    expect(consent.status).toBe(200);
    expect(consent.body).toContain('Continue as Alice Demo (alice.demo@gmail.com)');

    for (const [method, path] of [
      ['GET', '/__mock/issued-secrets'],
      ['GET', '/__mock/inbox'],
      ['POST', '/__mock/reset'],
      ['GET', '/me'],
      ['POST', '/auth/token'],
      ['GET', '/social/providers'],
      ['GET', '/health'],
    ] as const) {
      const reply = await rawRequest(front.url, { method, path });
      expect({ status: reply.status, body: reply.body }, `${method} ${path}`).toEqual({ status: 404, body: 'Not found' });
    }

    for (const host of [`evil.example:${port}`, `localhost:${port}`, `[::1]:${port}`, `127.0.0.1:${Number(port) + 1}`]) {
      const reply = await rawRequest(front.url, { path: new URL(authorizeUrl(front.url, pkcePair(), 'google')).pathname, headers: { host } });
      expect({ status: reply.status, body: reply.body }, host).toEqual(FOREIGN_HOST);
    }

    await front.close();
    await expect(fetch(authorizeUrl(front.url, pkcePair(), 'google'))).rejects.toThrow();
  });

  it('is closed when the embedded mock closes', async () => {
    const mock = startEmbeddedMock({ stateFile: join(tempDir(), 'state.json'), log: silentLogger });
    const front = await mock.openBrowserFront();
    mock.close();
    await expect.poll(() => fetch(`${front.url}/oauth/authorize`).then(() => 'open', () => 'closed')).toBe('closed');
  });
});

/** The heading of the page the browser last showed, once the listener answers. */
function choosing(displayName: string, pages: string[]): SystemBrowser {
  return async (url) => {
    const consent = await openPage(url);
    const accounts = await press(consent, 'Sign in with another account');
    const redirect = await press(accounts, `Continue as ${displayName}`);
    const page = await fetch(redirect.location ?? '');
    pages.push(/<h1>([^<]*)<\/h1>/.exec(await page.text())?.[1] ?? '');
  };
}

describe('social sign-in on the embedded mock', () => {
  it("opens the consent pages for the sign-in only: refused to other hosts, then closed", async () => {
    const opened: string[] = [];
    let reachedBrowser: () => void = () => {};
    const inBrowser = new Promise<void>((resolve) => (reachedBrowser = resolve));
    const core = await startCoreWithBrowser({ current: async () => reachedBrowser() }, opened, cleanups);

    const pending = core.router.dispatch('social.signIn', { provider: 'google' });
    await inBrowser;
    const consentUrl = new URL(opened[0] ?? '');
    expect((await openPage(consentUrl.toString())).status).toBe(200);
    expect(await rawRequest(consentUrl.origin, { path: '/__mock/issued-secrets' })).toMatchObject({ status: 404 });
    expect(await rawRequest(consentUrl.origin, { path: `${consentUrl.pathname}${consentUrl.search}`, headers: { host: `evil.example:${consentUrl.port}` } })).toMatchObject(
      FOREIGN_HOST,
    );

    await core.router.dispatch('social.cancel', undefined);
    expect(await pending).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    await expect(fetch(consentUrl)).rejects.toThrow();
  });

  it('shows "You are signed in to Bitrix ID" after the app has signed Alice in, and closes the consent pages', async () => {
    const pages: string[] = [];
    const opened: string[] = [];
    const core = await startCoreWithBrowser({ current: choosing(seedSocialIdentities.aliceGoogle.displayName, pages) }, opened, cleanups);
    expect(await core.router.dispatch('social.signIn', { provider: 'google' })).toMatchObject({ ok: true });
    await expect.poll(() => pages).toEqual(['You are signed in to Bitrix ID']);
    await expect(fetch(opened[0] ?? '')).rejects.toThrow();
  });

  it('says the Google account is linked to no Bitrix ID when the app refuses it', async () => {
    const pages: string[] = [];
    const core = await startCoreWithBrowser({ current: choosing(seedSocialIdentities.carolGoogle.displayName, pages) }, [], cleanups);
    expect(await core.router.dispatch('social.signIn', { provider: 'google' })).toMatchObject({ ok: false });
    await expect.poll(() => pages).toEqual(['This Google account is not linked to any Bitrix ID']);
  });

  it('says Apple is connected, or that a Google account is already linked to someone else', async () => {
    const pages: string[] = [];
    const browser = { current: choosing(seedSocialIdentities.aliceApple.displayName, pages) };
    const core = await startCoreWithBrowser(browser, [], cleanups);
    await core.router.dispatch('session.signIn', { login: seedCredentials.bob.email, password: seedCredentials.bob.password });

    expect(await core.router.dispatch('social.connect', { provider: 'apple' })).toMatchObject({ ok: true });
    await expect.poll(() => pages).toEqual(['Apple is connected to your Bitrix ID']);

    browser.current = choosing(seedSocialIdentities.aliceGoogle.displayName, pages);
    expect(await core.router.dispatch('social.connect', { provider: 'google' })).toMatchObject({
      ok: false,
      error: { code: 'social_taken' },
    });
    await expect.poll(() => pages.at(-1)).toBe('This Google account is already linked to another Bitrix ID');
  });
});
