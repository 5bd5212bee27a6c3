import {
  EVENTS_PATH,
  INVOKE_PATH_PREFIX,
  MAX_BODY_BYTES,
  SECRET_HEADER,
  SECRET_PARAM,
  SECRET_STORAGE_KEY,
  STALE_SECRET_STATUS,
} from '../../harness/protocol.ts';
import { expect, test, type App } from './fixtures.ts';
import { keychainAccounts } from './support/keychain.ts';
import { rawRequest } from './support/raw-http.ts';
import { alice, expectSignedIn, expectSignInScreen } from './support/screens.ts';

test.describe('The browser harness bridge', () => {
  test.skip(({ appKind }) => appKind !== 'web', 'Only the browser harness has a loopback HTTP bridge; Electron uses IPC.');

  const harnessOf = (app: App) => {
    if (!app.harness) throw new Error('The harness is not running.');
    return app.harness;
  };
  const json = { 'content-type': 'application/json' };
  const signInBody = JSON.stringify({ login: alice.email, password: alice.password });

  test('a tab left open across a restart of the harness says the app was restarted, once', async ({ app }) => {
    const page = await app.launch();
    await expectSignInScreen(page);
    // What a restart leaves behind: the page holds the secret of a run that is gone.
    await page.evaluate((key) => sessionStorage.setItem(key, 'a'.repeat(64)), SECRET_STORAGE_KEY);
    await page.reload();

    const notice = page.getByRole('alert').filter({ hasText: 'Open the address it printed' });
    await expect(notice).toHaveText(
      'The app was restarted, so this page can no longer reach it. Open the address it printed when it started again.',
    );
    await expect(page.getByText('You do not have permission to do that.')).toHaveCount(0);
  });

  test('a call without the secret gets 403, one with a wrong one 410 (an earlier run), and neither does anything', async ({ app }) => {
    const page = await app.launch();
    await expectSignInScreen(page);
    const { origin, secret } = harnessOf(app);
    const signInCall = (headers: Record<string, string>) =>
      rawRequest(origin, {
        method: 'POST',
        path: `${INVOKE_PATH_PREFIX}session.signIn`,
        headers: { ...json, ...headers },
        body: signInBody,
      });
    const oneCharOff = `${secret.slice(0, -1)}${secret.endsWith('0') ? '1' : '0'}`;

    const wrongSecrets: Array<[Record<string, string>, number]> = [
      [{}, 403],
      [{ [SECRET_HEADER]: oneCharOff }, STALE_SECRET_STATUS],
      [{ [SECRET_HEADER]: secret.slice(0, 32) }, STALE_SECRET_STATUS],
      [{ [SECRET_HEADER]: '' }, 403],
    ];
    for (const [headers, status] of wrongSecrets) {
      const refused = await signInCall(headers);
      expect(refused.status).toBe(status);
      expect(refused.body).not.toContain('signed_in');
    }

    // Nothing happened: main is still signed out, and the keychain holds nothing.
    const session = await rawRequest(origin, {
      method: 'POST',
      path: `${INVOKE_PATH_PREFIX}session.get`,
      headers: { ...json, [SECRET_HEADER]: secret },
    });
    expect(session.status).toBe(200);
    expect(JSON.parse(session.body)).toMatchObject({ ok: true, value: { status: 'signed_out' } });
    expect(await keychainAccounts(app.keychainService)).toEqual([]);
    await page.reload(); // the secret survives a reload (sessionStorage)
    await expectSignInScreen(page);

    // The same call with the secret does sign in, and the page hears of it over the event stream.
    const accepted = await signInCall({ [SECRET_HEADER]: secret });
    expect(accepted.status).toBe(200);
    expect(JSON.parse(accepted.body)).toMatchObject({ ok: true, value: { status: 'signed_in' } });
    await expectSignedIn(page, alice);
  });

  test('the event stream needs the secret too', async ({ app }) => {
    await app.launch();
    const { origin, secret } = harnessOf(app);
    const events = (value: string | null) =>
      rawRequest(origin, {
        path: value === null ? EVENTS_PATH : `${EVENTS_PATH}?${SECRET_PARAM}=${encodeURIComponent(value)}`,
        headersOnly: true,
      });

    expect((await events(null)).status).toBe(403);
    expect((await events('0'.repeat(64))).status).toBe(403);
    const open = await events(secret);
    expect(open.status).toBe(200);
    expect(open.headers['content-type']).toContain('text/event-stream');
  });

  test("the page comes with the app's Content-Security-Policy as a header too", async ({ app }) => {
    await app.launch();
    const page = await rawRequest(harnessOf(app).origin, { path: '/' });

    expect(page.status).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-');
  });

  test('requests from another site or host name, and malformed bodies, are refused', async ({ app }) => {
    await app.launch();
    const { origin, secret } = harnessOf(app);
    const invoke = (headers: Record<string, string>, body?: string, method = 'POST') =>
      rawRequest(origin, {
        method,
        path: `${INVOKE_PATH_PREFIX}session.get`,
        headers: { [SECRET_HEADER]: secret, ...headers },
        ...(body === undefined ? {} : { body }),
      });

    expect((await invoke({ ...json, origin })).status).toBe(200);
    expect((await invoke({ ...json, origin: 'http://evil.example' })).status).toBe(403);
    expect((await invoke({ ...json, origin: origin.replace('127.0.0.1', 'localhost') })).status).toBe(403);
    // DNS rebinding: a name that resolves to 127.0.0.1 is still not the harness's own host.
    expect((await invoke({ ...json, host: `evil.example:${new URL(origin).port}` })).status).toBe(403);
    expect((await rawRequest(origin, { path: '/', headers: { host: 'evil.example' } })).status).toBe(403);

    expect((await invoke({ 'content-type': 'text/plain' }, '{}')).status).toBe(415);
    expect((await invoke({})).status).toBe(415);
    expect((await invoke(json, '{"login":')).status).toBe(400);
    expect((await invoke(json, JSON.stringify({ padding: 'x'.repeat(MAX_BODY_BYTES) }))).status).toBe(413);
    expect((await invoke(json, undefined, 'GET')).status).toBe(405);
  });
});
