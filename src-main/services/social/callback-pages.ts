/**
 * The page the system browser shows at the end of a social sign-in, served by the loopback
 * listener once the app knows what came of it: a small self-contained page in the app's colours
 * (light and dark follow the OS), in main's language, with nothing secret in it.
 */
import { createHash } from 'node:crypto';
import type { Result } from '../../../src-preload/contract.ts';
import { browserResultStrings, type ResultText } from '../../i18n/browser-result-strings.ts';

export type BrowserResult =
  | { kind: 'signed_in' }
  | { kind: 'connected' | 'not_linked' | 'linked_elsewhere'; service: string | null }
  /**
   * denied: in the browser; cancelled: in the app; unfinished: the app did not answer in time;
   * secondStep: the account has two-step sign-in, and the app asks for the code.
   */
  | { kind: 'denied' | 'cancelled' | 'timeout' | 'unfinished' | 'failed' | 'foreign' | 'secondStep' };

/** The app's colours (src-renderer/src/styles.css), light and dark. */
const STYLE = `:root{color-scheme:light dark;--bg:#f4f6f8;--surface:#fff;--text:#1f2933;--muted:#5b6875;--border:#d5dbe1;--accent:#0b66c3;--danger:#9b1c1c}
@media (prefers-color-scheme:dark){:root{--bg:#15191e;--surface:#1e2329;--text:#e6e9ec;--muted:#9aa5b1;--border:#38414b;--accent:#4c9ee8;--danger:#ffb4b4}}
body{margin:0;min-height:100vh;display:grid;place-items:center;background:var(--bg);color:var(--text);font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}
main{max-width:28rem;margin:1.5rem;padding:1.75rem 2rem;background:var(--surface);border:1px solid var(--border);border-top:4px solid var(--accent);border-radius:8px}
main.refused{border-top-color:var(--danger)}
.brand{margin:0 0 .75rem;color:var(--muted);font-weight:600}
h1{margin:0 0 .5rem;font-size:1.35rem;line-height:1.3}
p{margin:.5rem 0 0}
.note{color:var(--muted)}`;

/**
 * Nothing may load or run: the one inline style is allowed by its hash, not by 'unsafe-inline'.
 * No form, no base, no framing.
 */
export const CALLBACK_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const CALLBACK_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': CALLBACK_PAGE_CSP,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
};

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);

const SUCCESSES: ReadonlySet<BrowserResult['kind']> = new Set(['signed_in', 'connected']);

export function callbackPage(result: BrowserResult, locale: string): string {
  const { language, strings } = browserResultStrings(locale);
  const text: ResultText = (() => {
    switch (result.kind) {
      case 'signed_in':
        return strings.signedIn;
      case 'connected':
        return strings.connected(result.service);
      case 'not_linked':
        return strings.notLinked(result.service);
      case 'linked_elsewhere':
        return strings.linkedElsewhere(result.service);
      default:
        return strings[result.kind];
    }
  })();
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${text.heading} · ${strings.title}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<main${SUCCESSES.has(result.kind) ? '' : ' class="refused"'}>
<p class="brand">${escapeHtml(strings.title)}</p>
<h1>${escapeHtml(text.heading)}</h1>
<p>${escapeHtml(text.detail)}</p>
<p class="note">${escapeHtml(strings.closeTab)}</p>
</main>
</body>
</html>
`;
}

/** What the browser's page says about the app's result of a sign-in or a connect. */
export function browserResultOf(mode: 'sign_in' | 'connect', result: Result<unknown>, service: string | null): BrowserResult {
  if (result.ok) return mode === 'sign_in' ? { kind: 'signed_in' } : { kind: 'connected', service };
  switch (result.error.code) {
    case 'social_not_linked':
      return { kind: 'not_linked', service };
    case 'social_taken':
      return { kind: 'linked_elsewhere', service };
    case 'cancelled':
      return { kind: 'cancelled' };
    case 'timeout':
      return { kind: 'timeout' };
    case 'two_factor_required':
      return { kind: 'secondStep' };
    default:
      return { kind: 'failed' };
  }
}
