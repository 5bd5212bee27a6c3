import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { createPkcePair, newOAuthState } from '../../src-main/services/social/pkce.ts';
import { startLoopbackListener } from '../../src-main/services/social/loopback-listener.ts';

describe('PKCE', () => {
  it('makes a verifier of the allowed length and its S256 challenge', () => {
    const { verifier, challenge } = createPkcePair();
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(challenge).toBe(createHash('sha256').update(verifier).digest('base64url'));
    expect(createPkcePair().verifier).not.toBe(verifier);
    expect(newOAuthState()).not.toBe(newOAuthState());
  });
});

describe('the loopback listener', () => {
  it('binds 127.0.0.1 only and ignores a callback with the wrong state', async () => {
    const listener = await startLoopbackListener({ expectedState: 'the-state', timeoutMs: 5000 });
    expect(listener.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);

    const wrong = await fetch(`${listener.redirectUri}?code=abc&state=another-state`);
    expect(wrong.status).toBe(400);
    expect(listener.listening).toBe(true);

    // The browser's page waits for the app to say what came of the code.
    const right = fetch(`${listener.redirectUri}?code=abc&state=the-state`);
    expect(await listener.outcome).toEqual({ kind: 'code', code: 'abc' });
    expect(listener.listening).toBe(false);
    listener.answer({ kind: 'signed_in' });
    const page = await right;
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Go back to Bitrix ID Desktop');
    await expect(fetch(`${listener.redirectUri}?code=again&state=the-state`)).rejects.toThrow();
  });

  it('reports a denied consent', async () => {
    const listener = await startLoopbackListener({ expectedState: 's' });
    await fetch(`${listener.redirectUri}?error=access_denied&state=s`);
    expect(await listener.outcome).toEqual({ kind: 'denied' });
  });

  it('closes on time when nothing comes back', async () => {
    const listener = await startLoopbackListener({ expectedState: 's', timeoutMs: 50 });
    expect(await listener.outcome).toEqual({ kind: 'timeout' });
    expect(listener.listening).toBe(false);
    await expect(fetch(`${listener.redirectUri}?code=late&state=s`)).rejects.toThrow();
  });

  it('after the person cancels, tells a late browser so until the flow’s time is up, then closes', async () => {
    const listener = await startLoopbackListener({ expectedState: 's', timeoutMs: 2_000 });
    listener.cancel();
    expect(await listener.outcome).toEqual({ kind: 'cancelled' });
    const late = await fetch(`${listener.redirectUri}?code=late&state=s`);
    expect(late.status).toBe(200);
    expect(await late.text()).toContain('The sign-in was cancelled in Bitrix ID Desktop');
    await vi.waitFor(() => expect(listener.listening).toBe(false), { timeout: 10_000 });
    await expect(fetch(`${listener.redirectUri}?code=later&state=s`)).rejects.toThrow();
  });
});
