import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import { FOREIGN_HOST_STATUS, FOREIGN_HOST_TEXT, hostWithPort, isAllowedHost, isOriginForm } from '../../security/loopback-host.ts';
import { CALLBACK_PAGE_HEADERS, callbackPage, type BrowserResult } from './callback-pages.ts';

export const CALLBACK_PATH = '/callback';
export const DEFAULT_LISTENER_TIMEOUT_MS = 5 * 60 * 1000;
/** How long the browser's page waits for the app's answer (the code exchange) before saying "go and look". */
export const DEFAULT_ANSWER_TIMEOUT_MS = 60 * 1000;

const LISTENER_HOST = '127.0.0.1';

export type LoopbackOutcome = { kind: 'code'; code: string } | { kind: 'denied' } | { kind: 'timeout' } | { kind: 'cancelled' };

export interface LoopbackListener {
  redirectUri: string;
  /** Settles once: the first callback with the expected state, a timeout, or cancel(). */
  outcome: Promise<LoopbackOutcome>;
  /**
   * After a code: answers the browser that brought it with what the app made of it, then closes.
   * Until then (at most `answerTimeoutMs`) the browser's page stays loading.
   */
  answer(result: BrowserResult): void;
  /**
   * The app stopped waiting: settles the outcome as cancelled. Until the flow's own time runs out,
   * the browser that finishes it anyway is told it was cancelled (not "refused to connect"); then
   * the port closes.
   */
  cancel(): void;
  /** Whether the port is still open (for tests: it must close after use, cancel's grace or timeout). */
  readonly listening: boolean;
}

const sameState = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

function sendPage(response: ServerResponse, status: number, result: BrowserResult, language: string): void {
  response.writeHead(status, { ...CALLBACK_PAGE_HEADERS, Connection: 'close' });
  response.end(callbackPage(result, language));
}

/**
 * RFC 8252 §7.3: a one-shot HTTP listener on 127.0.0.1 (never another interface) for the OAuth
 * redirect. It answers only requests addressed to 127.0.0.1 and its port (no DNS rebinding).
 * Requests without the expected `state` are answered and ignored; the first one with it settles
 * the outcome and stops the port taking more connections; so does the timeout. The browser that
 * brought a code waits for `answer()`, so its page says what really happened. After `cancel()` the
 * port stays open for the rest of the flow's time only to tell a late browser it was cancelled.
 */
export async function startLoopbackListener(options: {
  expectedState: string;
  timeoutMs?: number;
  answerTimeoutMs?: number;
  language?: string;
}): Promise<LoopbackListener> {
  const language = options.language ?? 'en';
  let settle: (outcome: LoopbackOutcome) => void = () => {};
  const outcome = new Promise<LoopbackOutcome>((resolve) => {
    settle = resolve;
  });
  let open = true;
  /** Cancelled in the app: the port answers the callback with "cancelled" until the flow's time is up. */
  let cancelled = false;
  let waiting: ServerResponse | undefined;
  let answerTimer: NodeJS.Timeout | undefined;
  let ownHost = '';

  const answer = (result: BrowserResult) => {
    clearTimeout(answerTimer);
    const response = waiting;
    waiting = undefined;
    // Every answer closes its connection (Connection: close), so nothing outlives the flow.
    if (response) sendPage(response, 200, result, language);
  };

  const server = createServer((request, response) => {
    if (!isAllowedHost(request.headers.host, [ownHost]) || !isOriginForm(request.url)) {
      response.writeHead(FOREIGN_HOST_STATUS, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' });
      response.end(FOREIGN_HOST_TEXT);
      return;
    }
    const url = new URL(request.url ?? '/', `http://${ownHost}`);
    const state = url.searchParams.get('state') ?? '';
    const isCallback = request.method === 'GET' && url.pathname === CALLBACK_PATH && sameState(state, options.expectedState);
    if (cancelled && isCallback) {
      sendPage(response, 200, { kind: 'cancelled' }, language);
      return;
    }
    if (!open || request.method !== 'GET' || url.pathname !== CALLBACK_PATH || !sameState(state, options.expectedState)) {
      sendPage(response, 400, { kind: 'foreign' }, language);
      return;
    }
    const code = url.searchParams.get('code');
    if (!code) {
      sendPage(response, 200, { kind: 'denied' }, language);
      finish({ kind: 'denied' });
      return;
    }
    waiting = response;
    answerTimer = setTimeout(() => answer({ kind: 'unfinished' }), options.answerTimeoutMs ?? DEFAULT_ANSWER_TIMEOUT_MS);
    answerTimer.unref();
    finish({ kind: 'code', code });
  });
  const close = () => {
    open = false;
    cancelled = false;
    clearTimeout(timer);
    // No new connections from here on, idle ones closed; a browser waiting for its page keeps its own.
    server.close();
  };
  const finish = (result: LoopbackOutcome) => {
    if (!open || cancelled) return;
    close();
    settle(result);
  };
  const cancel = () => {
    if (!open || cancelled) return;
    cancelled = true;
    // Kept open only to say "cancelled"; it must not keep the process alive for that.
    server.unref();
    settle({ kind: 'cancelled' });
  };
  const timer = setTimeout(() => (cancelled ? close() : finish({ kind: 'timeout' })), options.timeoutMs ?? DEFAULT_LISTENER_TIMEOUT_MS);
  timer.unref();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, LISTENER_HOST, () => resolve());
  });
  ownHost = hostWithPort(LISTENER_HOST, (server.address() as AddressInfo).port);
  return {
    redirectUri: `http://${ownHost}${CALLBACK_PATH}`,
    outcome,
    answer,
    cancel: () => {
      cancel();
      answer({ kind: 'cancelled' });
    },
    get listening() {
      return open;
    },
  };
}
