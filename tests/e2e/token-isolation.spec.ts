import type { Page } from '@playwright/test';
import { startMockHttpServer } from '../../mocks/server/http-server.ts';
import { INVOKE_PATH_PREFIX } from '../harness/protocol.ts';
import { expect, test } from './fixtures.ts';
import { keychainSecrets } from './support/keychain.ts';
import { domText, filesText, takeHeapSnapshot, webStorageText } from './support/page-secrets.ts';
import { openPortal } from './support/portals.ts';
import { alice, expectSignedIn, signIn } from './support/screens.ts';

interface IssuedSecrets {
  accessTokens: string[];
  refreshTokens: string[];
  /** With no login change or recovery in this test, these are the one-time portal logins. */
  codes: string[];
}

interface BridgeTraffic {
  responses: Array<Promise<string>>;
  events: string[];
}

/** Records what the page receives over the loopback bridge: invoke responses and event-stream messages. */
async function recordBridgeTraffic(page: Page, traffic: BridgeTraffic): Promise<void> {
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith(INVOKE_PATH_PREFIX)) traffic.responses.push(response.text());
  });
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Network.eventSourceMessageReceived', (message) => traffic.events.push(message.data));
  await cdp.send('Network.enable');
}

test('no access or refresh token, and no one-time portal login, ever reaches the renderer', async ({ app }) => {
  const mock = await startMockHttpServer({ port: 0 });
  try {
    const bridgeTraffic: BridgeTraffic = { responses: [], events: [] };
    const page = await app.launch({
      apiUrl: mock.url,
      beforeLoad: (newPage) => (app.kind === 'web' ? recordBridgeTraffic(newPage, bridgeTraffic) : undefined),
    });
    // The sign-in screen's footer names the backend in use: this run talks to the standalone server.
    await expect(page.getByRole('contentinfo')).toContainText(mock.url);
    await signIn(page, alice.email, alice.password);
    await expectSignedIn(page, alice);
    // Opening a portal has main ask for a one-time login (the portal's own page cannot load here:
    // its address resolves nowhere, which does not matter to what the renderer holds).
    await openPortal(page, alice.portals[0] ?? { title: '', domain: '' });

    const issued = (await (await fetch(`${mock.url}/__mock/issued-secrets`)).json()) as IssuedSecrets;
    const tokens = [
      ...issued.accessTokens.map((token, index) => ({ name: `access token #${index + 1}`, token })),
      ...issued.refreshTokens.map((token, index) => ({ name: `refresh token #${index + 1}`, token })),
      ...issued.codes.map((token, index) => ({ name: `one-time portal login #${index + 1}`, token })),
    ];
    expect(issued.accessTokens.length).toBeGreaterThan(0);
    expect(issued.refreshTokens.length).toBeGreaterThan(0);
    expect(issued.codes.length).toBeGreaterThan(0);
    for (const { token } of tokens) expect(token.length).toBeGreaterThanOrEqual(16);
    // The needles are the real ones: main keeps the current refresh token in the OS keychain.
    const kept = await keychainSecrets(app.keychainService);
    expect(kept.some((secret) => issued.refreshTokens.includes(secret))).toBe(true);

    const heap = await takeHeapSnapshot(page);
    const haystacks: Array<{ name: string; text: string }> = [
      { name: 'the DOM', text: await domText(page) },
      { name: 'localStorage/sessionStorage', text: await webStorageText(page) },
      { name: 'the V8 heap snapshot', text: heap },
    ];
    if (app.kind === 'web') {
      const responses = await Promise.all(bridgeTraffic.responses);
      // Both channels carried the signed-in session, so both were really recorded.
      expect(responses.some((body) => body.includes('"signed_in"'))).toBe(true);
      expect(bridgeTraffic.events.some((data) => data.includes('"signed_in"'))).toBe(true);
      haystacks.push({ name: 'the bridge responses', text: responses.join('\n') });
      haystacks.push({ name: 'the bridge event stream', text: bridgeTraffic.events.join('\n') });
    }
    // Logs and files last, once the app has quit (and flushed, and released its locks).
    await app.close();
    haystacks.push({ name: "the app's log output", text: app.output() });
    for (const { file, text } of await filesText(app.dataDir)) haystacks.push({ name: `the file ${file}`, text });

    // The search can fail: the heap holds what main did send (the portals), so it would hold a token too.
    expect(heap.length).toBeGreaterThan(1_000_000);
    for (const portal of alice.portals) expect(heap).toContain(portal.domain);

    const leaks = haystacks.flatMap(({ name, text }) =>
      tokens.filter(({ token }) => text.includes(token)).map((leak) => `${leak.name} found in ${name}`),
    );
    expect(leaks).toEqual([]);
  } finally {
    await app.close();
    await mock.close();
  }
});
