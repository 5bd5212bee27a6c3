import type { Page, Response } from '@playwright/test';
import { startMockHttpServer } from '../../mocks/server/http-server.ts';
import { INVOKE_PATH_PREFIX } from '../../harness/protocol.ts';
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
  responses: string[];
  events: string[];
}

interface BridgeRecorder {
  /**
   * Stops recording and resolves with everything recorded. Call it while the page lives: a body is
   * read from the page, and one left unread when the page closes would be lost to the search.
   */
  stop(): Promise<BridgeTraffic>;
}

/** Records what the page receives over the loopback bridge: invoke responses and event-stream messages. */
async function recordBridgeTraffic(page: Page): Promise<BridgeRecorder> {
  const bodies: Array<Promise<string>> = [];
  const events: string[] = [];
  const onResponse = (response: Response) => {
    if (new URL(response.url()).pathname.startsWith(INVOKE_PATH_PREFIX)) bodies.push(response.text());
  };
  page.on('response', onResponse);
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Network.eventSourceMessageReceived', (message) => events.push(message.data));
  await cdp.send('Network.enable');
  return {
    async stop() {
      page.off('response', onResponse);
      await cdp.detach();
      return { responses: await Promise.all(bodies), events };
    },
  };
}

test('no access or refresh token, and no one-time portal login, ever reaches the renderer', async ({ app }) => {
  const mock = await startMockHttpServer({ port: 0 });
  try {
    const bridge: { recorder?: BridgeRecorder } = {};
    const page = await app.launch({
      apiUrl: mock.url,
      beforeLoad: async (newPage) => {
        if (app.kind === 'web') bridge.recorder = await recordBridgeTraffic(newPage);
      },
    });
    // The sign-in screen's footer names the backend in use: this run talks to the standalone server.
    await expect(page.getByRole('contentinfo')).toContainText(mock.url);
    await signIn(page, alice.email, alice.password);
    await expectSignedIn(page, alice);
    // Opening a portal has main ask for a one-time login; openPortal returns once the portal's page
    // is shown, so after it was issued (the page itself cannot load here: its address resolves
    // nowhere, which does not matter to what the renderer holds).
    await openPortal(app, alice.portals[0] ?? { title: '', domain: '' });

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
      if (!bridge.recorder) throw new Error('The bridge traffic was not recorded.');
      const { responses, events } = await bridge.recorder.stop();
      // Both channels carried the signed-in session, so both were really recorded.
      expect(responses.some((body) => body.includes('"signed_in"'))).toBe(true);
      expect(events.some((data) => data.includes('"signed_in"'))).toBe(true);
      haystacks.push({ name: 'the bridge responses', text: responses.join('\n') });
      haystacks.push({ name: 'the bridge event stream', text: events.join('\n') });
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
