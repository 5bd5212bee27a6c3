import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import { callbackPage } from './callback-pages.ts';

export const CALLBACK_PATH = '/callback';
export const DEFAULT_LISTENER_TIMEOUT_MS = 5 * 60 * 1000;

export type LoopbackOutcome = { kind: 'code'; code: string } | { kind: 'denied' } | { kind: 'timeout' } | { kind: 'cancelled' };

export interface LoopbackListener {
  redirectUri: string;
  /** Settles once: the first callback with the expected state, a timeout, or cancel(). */
  outcome: Promise<LoopbackOutcome>;
  cancel(): void;
  /** Whether the port is still open (for tests: it must close after use or timeout). */
  readonly listening: boolean;
}

const sameState = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * RFC 8252 §7.3: a one-shot HTTP listener on 127.0.0.1 (never another interface) for the OAuth
 * redirect. Requests without the expected `state` are answered and ignored; the first one with it
 * settles the outcome and closes the port; so does the timeout.
 */
export async function startLoopbackListener(options: {
  expectedState: string;
  timeoutMs?: number;
  language?: string;
}): Promise<LoopbackListener> {
  const language = options.language ?? 'en';
  let settle: (outcome: LoopbackOutcome) => void = () => {};
  const outcome = new Promise<LoopbackOutcome>((resolve) => {
    settle = resolve;
  });
  let open = true;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const state = url.searchParams.get('state') ?? '';
    if (request.method !== 'GET' || url.pathname !== CALLBACK_PATH || !sameState(state, options.expectedState)) {
      response.writeHead(400, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(callbackPage('foreign', language));
      return;
    }
    const code = url.searchParams.get('code');
    const page = code ? 'done' : 'denied';
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' });
    response.end(callbackPage(page, language));
    finish(code ? { kind: 'code', code } : { kind: 'denied' });
  });
  const finish = (result: LoopbackOutcome) => {
    if (!open) return;
    open = false;
    clearTimeout(timer);
    server.close();
    server.closeAllConnections();
    settle(result);
  };
  const timer = setTimeout(() => finish({ kind: 'timeout' }), options.timeoutMs ?? DEFAULT_LISTENER_TIMEOUT_MS);
  timer.unref();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    redirectUri: `http://127.0.0.1:${port}${CALLBACK_PATH}`,
    outcome,
    cancel: () => finish({ kind: 'cancelled' }),
    get listening() {
      return open;
    },
  };
}
