/**
 * The emulated Bitrix24 over real sockets, driven as a browser would: each host's cookies kept by
 * hand, redirects followed one hop at a time.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loopbackFetch } from '../../harness/loopback-fetch.ts';
import { unreadFromTitle } from '../../src-main/bitrix24/unread-count.ts';
import {
  AUTHORIZE_PATH,
  EMULATED_ACCOUNT,
  NETWORK_SESSION_COOKIE,
  PORTAL_CALLBACK_PATH,
  startEmulatedBitrix24,
  type EmulatedBitrix24,
} from '../bitrix24-web/emulated-bitrix24.ts';

interface Page {
  url: string;
  status: number;
  body: string;
  /** Every address passed through, the first request's included. */
  hops: string[];
  setCookies: string[];
}

/** A browser's cookie jar, one host at a time (ports do not separate cookies, as in browsers). */
class Browser {
  readonly jar = new Map<string, Map<string, string>>();

  private cookieHeader(url: URL): string {
    return [...(this.jar.get(url.hostname) ?? new Map<string, string>())].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private keep(url: URL, lines: string[]): void {
    const cookies = this.jar.get(url.hostname) ?? new Map<string, string>();
    this.jar.set(url.hostname, cookies);
    for (const line of lines) {
      const [pair = ''] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator);
      if (/max-age=0/i.test(line)) cookies.delete(name);
      else cookies.set(name, pair.slice(separator + 1));
    }
  }

  /** One request, then each redirect as a GET, as a browser follows 302 and 303. */
  async go(address: string, form?: Record<string, string>): Promise<Page> {
    let url = new URL(address);
    let method = form === undefined ? 'GET' : 'POST';
    let body = form === undefined ? undefined : Buffer.from(new URLSearchParams(form).toString());
    const hops: string[] = [];
    const setCookies: string[] = [];
    for (;;) {
      hops.push(url.href);
      const cookie = this.cookieHeader(url);
      const reply = await loopbackFetch(url, {
        method,
        headers: { ...(cookie === '' ? {} : { cookie }), ...(body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }) },
        ...(body === undefined ? {} : { body }),
      });
      const lines = [reply.headers['set-cookie'] ?? []].flat();
      setCookies.push(...lines);
      this.keep(url, lines);
      const location = reply.headers['location'];
      if (reply.status >= 300 && reply.status < 400 && typeof location === 'string') {
        url = new URL(location, url);
        method = 'GET';
        body = undefined;
        continue;
      }
      return { url: url.href, status: reply.status, body: reply.body.toString('utf8'), hops, setCookies };
    }
  }
}

function titleOf(page: Page): string {
  return /<title>([^<]*)<\/title>/.exec(page.body)?.[1] ?? '';
}

function hiddenContinue(page: Page): string {
  return (/name="continue" value="([^"]*)"/.exec(page.body)?.[1] ?? '').replaceAll('&amp;', '&');
}

const credentials = { login: EMULATED_ACCOUNT.login, password: EMULATED_ACCOUNT.password };

describe('the emulated Bitrix24', () => {
  let site: EmulatedBitrix24;
  let browser: Browser;
  let signInUrl: string;

  beforeEach(async () => {
    site = await startEmulatedBitrix24();
    browser = new Browser();
    signInUrl = `${site.networkUrl}passport/view/`;
  });
  afterEach(async () => {
    await site.close();
  });

  it('sends a visitor of a portal to the Network and, once signed in there, back to the portal', async () => {
    const first = await browser.go(site.portalUrl('alpha'));
    expect(new URL(first.url).pathname).toBe(AUTHORIZE_PATH);
    expect(new URL(first.url).searchParams.get('redirect_uri')).toBe(`${site.portalOrigin('alpha')}${PORTAL_CALLBACK_PATH}`);
    expect(first.body).toContain('<h1>Sign in to Bitrix24</h1>');

    const signedIn = await browser.go(signInUrl, { ...credentials, continue: hiddenContinue(first) });
    expect(signedIn.url).toBe(site.portalUrl('alpha'));
    expect(signedIn.body).toContain('<h1>Alpha</h1>');
    expect(signedIn.hops.some((hop) => hop.startsWith(`${site.portalOrigin('alpha')}${PORTAL_CALLBACK_PATH}?code=`))).toBe(true);
    expect(signedIn.setCookies.find((line) => line.startsWith(`${NETWORK_SESSION_COOKIE}=`))).toMatch(/; Path=\/; HttpOnly; SameSite=Lax$/);

    // Another portal: through the Network and back, with no sign-in page.
    const beta = await browser.go(site.portalUrl('beta'));
    expect(beta.url).toBe(site.portalUrl('beta'));
    expect(beta.body).toContain('<h1>Beta</h1>');
    expect(beta.hops.some((hop) => hop.startsWith(`${site.networkUrl}oauth/authorize/`))).toBe(true);
  });

  it('refuses a wrong password and keeps the continuation', async () => {
    const first = await browser.go(site.portalUrl('alpha'));
    const wrong = await browser.go(signInUrl, { login: EMULATED_ACCOUNT.login, password: 'not-it', continue: hiddenContinue(first) });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toContain('Wrong login or password.');
    const again = await browser.go(signInUrl, { ...credentials, continue: hiddenContinue(wrong) });
    expect(again.url).toBe(site.portalUrl('alpha'));
  });

  it('signed in on the Network, shows the person, their portals as links, Create Bitrix24 and the profile actions', async () => {
    const profile = await browser.go(signInUrl, credentials);
    expect(profile.url).toBe(signInUrl);
    expect(profile.body).toContain(`<h1>${EMULATED_ACCOUNT.name}</h1>`);
    for (const name of ['alpha', 'beta', 'gamma']) expect(profile.body).toContain(`href="${site.portalUrl(name)}"`);
    expect(profile.body).toContain('>Create Bitrix24</a>');
    expect(profile.body).toContain('>Change password</a>');
    const create = await browser.go(`${site.networkUrl}create/`);
    expect(create.body).toContain('<h1>Create Bitrix24</h1>');
  });

  it('puts the unread count in the title, "Mark all as read" clears it, a test message adds one', async () => {
    await browser.go(signInUrl, credentials);
    site.setUnread('alpha', 3);
    const page = await browser.go(site.portalUrl('alpha'));
    expect(titleOf(page)).toBe('(3) Alpha');
    // Exactly what the app reads a portal's count from.
    expect(unreadFromTitle(titleOf(page))).toBe(3);
    const read = await browser.go(`${site.portalOrigin('alpha')}/mark-read/`, {});
    expect(read.url).toBe(site.portalUrl('alpha'));
    expect(titleOf(read)).toBe('Alpha');
    expect(unreadFromTitle(titleOf(read))).toBeNull();
    expect(site.unread('alpha')).toBe(0);
    const written = await browser.go(`${site.portalOrigin('alpha')}/new-message/`, {});
    expect(titleOf(written)).toBe('(1) Alpha');
  });

  it('signs out of the Network: portals already open keep their session, a new one asks again', async () => {
    await browser.go(signInUrl, credentials);
    await browser.go(site.portalUrl('alpha'));
    const signedOut = await browser.go(`${site.networkUrl}passport/sign-out/`, {});
    expect(signedOut.body).toContain('<h1>Sign in to Bitrix24</h1>');
    expect((await browser.go(site.portalUrl('alpha'))).body).toContain('<h1>Alpha</h1>');
    expect((await browser.go(site.portalUrl('beta'))).body).toContain('<h1>Sign in to Bitrix24</h1>');
  });

  it('refuses to send a code to any address but one of its portals’ callbacks', async () => {
    await browser.go(signInUrl, credentials);
    const port = new URL(site.networkUrl).port;
    for (const redirectUri of [
      `http://evil.localhost:${port}${PORTAL_CALLBACK_PATH}`,
      `http://127.0.0.1:${port}${PORTAL_CALLBACK_PATH}`,
      `https://alpha.localhost:${port}${PORTAL_CALLBACK_PATH}`,
      `http://alpha.localhost:${port}/elsewhere/`,
      'https://example.com/',
    ]) {
      const page = await browser.go(`${site.networkUrl}oauth/authorize/?redirect_uri=${encodeURIComponent(redirectUri)}&state=x`);
      expect(page.status, redirectUri).toBe(400);
      expect(page.hops, redirectUri).toHaveLength(1);
    }
  });

  it('accepts a code once, only with the state the portal set', async () => {
    const first = await browser.go(site.portalUrl('alpha'));
    const continueTo = hiddenContinue(first);
    const signIn = await loopbackFetch(new URL(signInUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: Buffer.from(new URLSearchParams({ ...credentials, continue: continueTo }).toString()),
    });
    const session = [signIn.headers['set-cookie'] ?? []].flat()[0]?.split(';')[0] ?? '';
    const authorize = await loopbackFetch(new URL(continueTo, site.networkUrl), { headers: { cookie: session } });
    const callback = new URL(String(authorize.headers['location']));
    // Without the portal's state cookie (another browser): refused.
    expect((await new Browser().go(callback.href)).status).toBe(400);
    // Used once already: refused even with the state.
    expect((await browser.go(callback.href)).status).toBe(400);
  });

  it('answers only its own hosts', async () => {
    const port = new URL(site.networkUrl).port;
    for (const host of [`localhost:${port}`, `delta.localhost:${port}`]) {
      const reply = await loopbackFetch(new URL(`http://${host}/`));
      expect(reply.status, host).toBe(421);
    }
  });
});
