import { afterEach, describe, expect, it } from 'vitest';
import { MockBackend, seedSocialIdentities, startMockHttpServer, type RunningMockHttpServer } from '../index.ts';
import { createApiClient, type ProfileBody, type TokenBody } from './api-client.ts';
import { authorizeUrl, buttonsOf, openPage, pkcePair, press, redirectQuery, socialGrant, titleOf } from './social-flow.ts';

const { aliceGoogle, aliceApple } = seedSocialIdentities;

/**
 * The app serves the embedded mock to the system browser through this server, at whatever port
 * it got, so the consent pages must work from the server's own root over real HTTP.
 */
describe('social sign-in through the standalone server', () => {
  let running: RunningMockHttpServer | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });

  it('serves the consent page with its headers and completes a sign-in and a connection', async () => {
    running = await startMockHttpServer({ port: 0 });
    const api = createApiClient(running.url);

    const page = await openPage(authorizeUrl(running.url, pkcePair(), 'google'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http://127.0.0.1:*",
    );
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(titleOf(page)).toBe('Sign in with Google');
    expect(buttonsOf(page)).toContain('Sign in with another account');
    // Path-absolute targets: the browser stays on the origin it reached the page by.
    expect(page.body).toContain('action="/oauth/authorize/choose"');

    const signIn = await api.socialSignIn(
      await socialGrant(running.url, { provider: 'google', mode: 'sign_in', displayName: aliceGoogle.displayName }),
    );
    expect(signIn.status).toBe(200);
    const tokens = signIn.body as TokenBody;

    const connectGrant = await socialGrant(running.url, { provider: 'apple', mode: 'connect', displayName: aliceApple.displayName });
    const connected = await api.connectSocial(tokens.access_token, connectGrant);
    expect((connected.body as ProfileBody).social_accounts.map((account) => account.provider)).toEqual(['google', 'apple']);
    const disconnected = await api.disconnectSocial(tokens.access_token, 'apple');
    expect((disconnected.body as ProfileBody).social_accounts.map((account) => account.provider)).toEqual(['google']);
  });

  it('redirects over real HTTP with Location intact, and cancels with access_denied', async () => {
    running = await startMockHttpServer({ port: 0, backend: new MockBackend() });
    const page = await openPage(authorizeUrl(running.url, pkcePair(), 'microsoft', { state: 's 1' }));
    const cancelled = await press(page, 'Cancel');
    expect(cancelled.status).toBe(302);
    expect(cancelled.location).toBe('http://127.0.0.1:49152/callback?error=access_denied&state=s+1');
    expect(Object.fromEntries(redirectQuery(cancelled))).toEqual({ error: 'access_denied', state: 's 1' });
  });

  it('drops the connection for the consent page when offline', async () => {
    running = await startMockHttpServer({ port: 0, scenario: 'offline' });
    await expect(openPage(authorizeUrl(running.url, pkcePair(), 'google'))).rejects.toThrow();
  });
});
