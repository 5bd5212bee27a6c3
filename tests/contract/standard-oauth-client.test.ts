/**
 * A standard OAuth 2.0 client library, not the app's own code, against the mock: oauth4webapi
 * completes the authorization code grant with PKCE (through the consent page, as the system
 * browser would) and then a refresh. Any server built on a standard OAuth server must pass the
 * same; every answer is checked against openapi.yaml as in the contract tour.
 */
import * as oauth from 'oauth4webapi';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { continueAsLabel, seedSocialIdentities, seedUsers } from '../../mocks/index.ts';
import { CONTRACT_TRANSPORTS, type RunningTransport } from './contract-transports.ts';
import { loadOpenApiDocument } from './openapi-document.ts';
import { ResponseValidator } from './response-validator.ts';
import { callbackQuery, openPage, press, REDIRECT_URI } from './system-browser.ts';

const validator = new ResponseValidator(loadOpenApiDocument());
const { aliceGoogle } = seedSocialIdentities;
/** A public client (RFC 6749 §2.1): no secret; the server accepts the id without checking it. */
const client: oauth.Client = { client_id: 'bitrix-id-desktop', token_endpoint_auth_method: 'none' };

describe.each(CONTRACT_TRANSPORTS)('oauth4webapi against the mock over $name', (transport) => {
  let running: RunningTransport;
  let server: oauth.AuthorizationServer;
  // The standalone server is plain http on loopback; the embedded mock is https.
  const insecureLoopback = { [oauth.allowInsecureRequests]: true };

  beforeAll(async () => {
    running = await transport.start(() => Date.now());
    server = {
      issuer: running.baseUrl,
      authorization_endpoint: `${running.baseUrl}/oauth/authorize`,
      token_endpoint: `${running.baseUrl}/auth/token`,
      revocation_endpoint: `${running.baseUrl}/auth/revoke`,
    };
  });
  afterAll(async () => {
    await running.stop();
  });

  afterEach(async () => {
    const problems = (await running.tap.take()).flatMap((exchange) =>
      validator.check(exchange).problems.map((problem) => `${exchange.method} ${exchange.path} -> ${exchange.status}: ${problem}`),
    );
    expect(problems, 'responses that break mocks/openapi.yaml').toEqual([]);
  });

  it('completes the authorization code grant with PKCE, then refreshes the tokens', async () => {
    const codeVerifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const authorizationUrl = new URL(server.authorization_endpoint ?? '');
    for (const [name, value] of Object.entries({
      client_id: client.client_id,
      provider: 'google',
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
      code_challenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
    })) {
      authorizationUrl.searchParams.set(name, value);
    }

    // The browser's part: the consent page, then "Continue as" Alice's Google account.
    const consent = await openPage(authorizationUrl.toString());
    const callback = callbackQuery(await press(consent, continueAsLabel(aliceGoogle.displayName)));
    const parameters = oauth.validateAuthResponse(server, client, callback, state);

    const codeResponse = await oauth.authorizationCodeGrantRequest(
      server,
      client,
      oauth.None(),
      parameters,
      REDIRECT_URI,
      codeVerifier,
      insecureLoopback,
    );
    const tokens = await oauth.processAuthorizationCodeResponse(server, client, codeResponse);
    expect(tokens.token_type).toBe('bearer');
    expect(tokens['user_id']).toBe(seedUsers.alice.id);
    const firstRefreshToken = tokens.refresh_token;
    if (firstRefreshToken === undefined) throw new Error('no refresh token in the answer');

    const refreshResponse = await oauth.refreshTokenGrantRequest(server, client, oauth.None(), firstRefreshToken, insecureLoopback);
    const refreshed = await oauth.processRefreshTokenResponse(server, client, refreshResponse);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    expect(refreshed.refresh_token).not.toBe(firstRefreshToken);

    // A used refresh token: the library reads the RFC 6749 §5.2 error as such.
    const replay = await oauth.refreshTokenGrantRequest(server, client, oauth.None(), firstRefreshToken, insecureLoopback);
    const refused = await oauth.processRefreshTokenResponse(server, client, replay).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(oauth.ResponseBodyError);
    expect(refused).toMatchObject({ error: 'invalid_grant', status: 400 });
    expect((refused as oauth.ResponseBodyError).error_description).toMatch(/refresh token/);
  });
});
