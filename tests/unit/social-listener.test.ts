import { describe, expect, it } from 'vitest';
import { startLoopbackListener } from '../../src-main/services/social/loopback-listener.ts';
import { rawRequest } from '../../mocks/tests/raw-http.ts';

const FOREIGN_HOST = { status: 421, body: 'This server answers only requests addressed to its own loopback address.' };

const headingOf = (html: string) => /<h1>([^<]*)<\/h1>/.exec(html)?.[1];

describe("the social listener's Host rule", () => {
  it('takes the callback only when addressed to 127.0.0.1 and its port', async () => {
    const listener = await startLoopbackListener({ expectedState: 's' });
    const { port } = new URL(listener.redirectUri);
    const path = '/callback?code=abc&state=s';
    for (const host of [`evil.example:${port}`, `localhost:${port}`, `[::1]:${port}`, `127.0.0.1:${Number(port) + 1}`, '127.0.0.1']) {
      const reply = await rawRequest(listener.redirectUri, { path, headers: { host } });
      expect({ status: reply.status, body: reply.body }, host).toEqual(FOREIGN_HOST);
    }
    expect(await rawRequest(listener.redirectUri, { path: `http://evil.example${path}` })).toMatchObject(FOREIGN_HOST);
    // None of them was taken for the browser's answer: the listener still waits.
    expect(listener.listening).toBe(true);

    const page = rawRequest(listener.redirectUri, { path, headers: { host: `127.0.0.1:${port}` } });
    expect(await listener.outcome).toEqual({ kind: 'code', code: 'abc' });
    listener.answer({ kind: 'signed_in' });
    expect((await page).status).toBe(200);
  });
});

describe("the listener's page after a code", () => {
  it('waits for the app, then says what the app made of it, and closes', async () => {
    const listener = await startLoopbackListener({ expectedState: 's' });
    let answered = false;
    const page = fetch(`${listener.redirectUri}?code=abc&state=s`).then(async (response) => {
      answered = true;
      return { status: response.status, headers: response.headers, html: await response.text() };
    });
    await listener.outcome;
    expect(answered).toBe(false);
    listener.answer({ kind: 'not_linked', service: 'Google' });
    const { status, headers, html } = await page;
    expect(status).toBe(200);
    expect(headingOf(html)).toBe('This Google account is not linked to any Bitrix ID');
    expect(headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-/);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(html).not.toContain('abc');
    await expect(fetch(`${listener.redirectUri}?code=again&state=s`)).rejects.toThrow();
  });

  it('says the app has not finished when it does not answer in time', async () => {
    const listener = await startLoopbackListener({ expectedState: 's', answerTimeoutMs: 50 });
    const page = await fetch(`${listener.redirectUri}?code=abc&state=s`);
    expect(headingOf(await page.text())).toBe('Bitrix ID Desktop has not finished yet');
  });

  it('says so at once when the person cancelled on the consent page', async () => {
    const listener = await startLoopbackListener({ expectedState: 's', language: 'ru-RU' });
    const page = await fetch(`${listener.redirectUri}?error=access_denied&state=s`);
    expect(headingOf(await page.text())).toBe('Отменено в браузере');
    expect(await listener.outcome).toEqual({ kind: 'denied' });
  });
});

describe('the listener after Cancel in the app', () => {
  it("tells the browser that finishes later that the sign-in was cancelled, in the person's language, then closes", async () => {
    const listener = await startLoopbackListener({ expectedState: 's', language: 'ru-RU', timeoutMs: 2_000 });
    listener.cancel();
    expect(await listener.outcome).toEqual({ kind: 'cancelled' });

    const late = await fetch(`${listener.redirectUri}?code=abc&state=s`);
    expect(late.status).toBe(200);
    expect(headingOf(await late.text())).toBe('Вход отменён в Bitrix ID Desktop');
    // Only the flow's own callback is told so; anything else is still not ours.
    const foreign = await fetch(`${listener.redirectUri}?code=abc&state=other`);
    expect(foreign.status).toBe(400);
    const { port } = new URL(listener.redirectUri);
    expect(await rawRequest(listener.redirectUri, { path: '/callback?code=abc&state=s', headers: { host: `localhost:${port}` } })).toMatchObject(
      FOREIGN_HOST,
    );

    // The flow's time runs out: the port closes.
    await expect.poll(() => listener.listening, { timeout: 5_000 }).toBe(false);
    await expect(fetch(`${listener.redirectUri}?code=abc&state=s`)).rejects.toThrow();
  });

  it('answers a browser already waiting for its page with the same', async () => {
    const listener = await startLoopbackListener({ expectedState: 's' });
    const page = fetch(`${listener.redirectUri}?code=abc&state=s`);
    await listener.outcome;
    listener.cancel();
    expect(headingOf(await (await page).text())).toBe('The sign-in was cancelled in Bitrix ID Desktop');
  });
});
