import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fail, ok, type ErrorCode } from '../../src-preload/contract.ts';
import { browserResultOf, CALLBACK_PAGE_CSP, callbackPage, type BrowserResult } from '../../src-main/services/social/callback-pages.ts';

const headingOf = (html: string) => /<h1>([^<]*)<\/h1>/.exec(html)?.[1];
const failure = (code: ErrorCode) => fail({ code });

describe("the browser's page after a social sign-in", () => {
  it('says what really happened, in English', () => {
    const headings = (
      [
        { kind: 'signed_in' },
        { kind: 'connected', service: 'Apple' },
        { kind: 'not_linked', service: 'Google' },
        { kind: 'linked_elsewhere', service: 'Google' },
        { kind: 'denied' },
        { kind: 'cancelled' },
        { kind: 'timeout' },
        { kind: 'failed' },
      ] satisfies BrowserResult[]
    ).map((result) => headingOf(callbackPage(result, 'en-US')));
    expect(headings).toEqual([
      'You are signed in to Bitrix ID',
      'Apple is connected to your Bitrix ID',
      'This Google account is not linked to any Bitrix ID',
      'This Google account is already linked to another Bitrix ID',
      'Cancelled in the browser',
      'The sign-in was cancelled in Bitrix ID Desktop',
      'This took too long',
      'Something went wrong',
    ]);
  });

  it('speaks Russian on a Russian system', () => {
    const page = callbackPage({ kind: 'linked_elsewhere', service: 'Google' }, 'ru-RU');
    expect(page).toContain('<html lang="ru">');
    expect(headingOf(page)).toBe('Эта учётная запись Google уже привязана к другому Bitrix ID');
    expect(headingOf(callbackPage({ kind: 'connected', service: 'Apple' }, 'ru'))).toBe('Сервис Apple подключён к вашему Bitrix ID');
  });

  it('does without the service name when the server list was not at hand', () => {
    expect(headingOf(callbackPage({ kind: 'not_linked', service: null }, 'en'))).toBe('This account is not linked to any Bitrix ID');
  });

  it('writes a service name from the server as text, never markup', () => {
    const page = callbackPage({ kind: 'connected', service: '<img src=x onerror=alert(1)>' }, 'en');
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt; is connected');
  });

  it('is styled inline, in light and dark, allowed by its hash under a policy that lets nothing else in', () => {
    const page = callbackPage({ kind: 'signed_in' }, 'en');
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';
    expect(style).toContain('prefers-color-scheme:dark');
    expect(CALLBACK_PAGE_CSP).toContain(`style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(CALLBACK_PAGE_CSP).toMatch(/^default-src 'none';/);
    expect(CALLBACK_PAGE_CSP).not.toContain('unsafe');
    expect(page).not.toMatch(/<script|<link|<img|<form|style="/);
  });

  it("reads the app's result: signed in, connected, or refused and why", () => {
    expect(browserResultOf('sign_in', ok({}), 'Google')).toEqual({ kind: 'signed_in' });
    expect(browserResultOf('connect', ok({}), 'Apple')).toEqual({ kind: 'connected', service: 'Apple' });
    expect(browserResultOf('sign_in', failure('social_not_linked'), 'Google')).toEqual({ kind: 'not_linked', service: 'Google' });
    expect(browserResultOf('connect', failure('social_taken'), 'Google')).toEqual({ kind: 'linked_elsewhere', service: 'Google' });
    expect(browserResultOf('sign_in', failure('cancelled'), null)).toEqual({ kind: 'cancelled' });
    expect(browserResultOf('sign_in', failure('timeout'), null)).toEqual({ kind: 'timeout' });
    expect(browserResultOf('connect', failure('internal'), null)).toEqual({ kind: 'failed' });
    expect(browserResultOf('sign_in', failure('two_factor_required'), 'Google')).toEqual({ kind: 'secondStep' });
  });
});
