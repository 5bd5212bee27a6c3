import { describe, expect, it } from 'vitest';
import { MockBackend, seedSocialIdentities } from '../index.ts';
import type { ProfileBody, TokenBody } from './api-client.ts';
import { authorizeUrl, buttonsOf, openPage, pkcePair, press, redirectQuery, socialGrant, titleOf } from './social-flow.ts';
import { useStandaloneServer } from './standalone-harness.ts';

const { aliceGoogle, aliceApple } = seedSocialIdentities;

/**
 * The app serves the embedded mock to the system browser through this server, at whatever port
 * it got, so the consent pages must work from the server's own root over real HTTP.
 */
describe('social sign-in through the standalone server', () => {
  const servers = useStandaloneServer();

  it('serves the consent page with its headers and completes a sign-in and a connection', async () => {
    const { url, api } = await servers.start();

    const page = await openPage(authorizeUrl(url, pkcePair(), 'google'));
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
      await socialGrant(url, { provider: 'google', mode: 'sign_in', displayName: aliceGoogle.displayName }),
    );
    expect(signIn.status).toBe(200);
    const tokens = signIn.body as TokenBody;

    const connectGrant = await socialGrant(url, { provider: 'apple', mode: 'connect', displayName: aliceApple.displayName });
    const connected = await api.connectSocial(tokens.access_token, connectGrant);
    expect((connected.body as ProfileBody).social_accounts.map((account) => account.provider)).toEqual(['google', 'apple']);
    const disconnected = await api.disconnectSocial(tokens.access_token, 'apple');
    expect((disconnected.body as ProfileBody).social_accounts.map((account) => account.provider)).toEqual(['google']);
  });

  it('redirects over real HTTP with Location intact, and cancels with access_denied', async () => {
    const { url } = await servers.start({ backend: new MockBackend() });
    const page = await openPage(authorizeUrl(url, pkcePair(), 'microsoft', { state: 's 1' }));
    const cancelled = await press(page, 'Cancel');
    expect(cancelled.status).toBe(302);
    expect(cancelled.location).toBe('http://127.0.0.1:49152/callback?error=access_denied&state=s+1');
    expect(Object.fromEntries(redirectQuery(cancelled))).toEqual({ error: 'access_denied', state: 's 1' });
  });

  it('drops the connection for the consent page when offline', async () => {
    const { url } = await servers.start({ scenario: 'offline' });
    await expect(openPage(authorizeUrl(url, pkcePair(), 'google'))).rejects.toThrow();
  });
});
