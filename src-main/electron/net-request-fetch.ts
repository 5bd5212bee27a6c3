import type { ClientRequest, ClientRequestConstructorOptions, IncomingMessage } from 'electron';
import type { ProxyCredentials } from '../config/proxy-config.ts';

export interface NetRequestFetchOptions {
  /** `net.request` (the default session: the system proxy, PAC and the OS certificate store). */
  request(options: ClientRequestConstructorOptions): ClientRequest;
  /** The manual proxy's credentials, or null. */
  proxyCredentials(): ProxyCredentials | null;
}

/** Statuses whose answer has no body (a `Response` refuses one). */
const bodilessStatuses: ReadonlySet<number> = new Set([204, 205, 304]);

function headersOf(message: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  return headers;
}

/**
 * A fetch over Electron's `net.request`, for the api client's fetch adapter. Not `net.fetch`: its
 * requests never ask for proxy credentials (no `login` event reaches the app), so a proxy that wants
 * them would always refuse. Redirects are never followed: a 3xx comes back as the answer, which the
 * client treats as a server failure.
 */
export function netRequestFetch({ request, proxyCredentials }: NetRequestFetchOptions): typeof globalThis.fetch {
  return async (input, init) => {
    const outgoing = new Request(input, init);
    const body = outgoing.body ? Buffer.from(await outgoing.arrayBuffer()) : null;
    const { signal } = outgoing;
    signal.throwIfAborted();
    return new Promise<Response>((resolve, reject) => {
      const client = request({ method: outgoing.method, url: outgoing.url, redirect: 'manual' });
      for (const [name, value] of outgoing.headers) client.setHeader(name, value);
      // Credentials are offered once: a proxy that refuses them gets no second try, and the 407 comes back.
      let offered = false;
      client.on('login', (authInfo, callback) => {
        const credentials = authInfo.isProxy && !offered ? proxyCredentials() : null;
        offered = true;
        if (credentials) callback(credentials.username, credentials.password);
        else callback();
      });
      client.on('redirect', (statusCode) => {
        resolve(new Response(null, { status: statusCode }));
        client.abort();
      });
      client.on('response', (message) => {
        const chunks: Buffer[] = [];
        message.on('data', (chunk) => chunks.push(chunk));
        message.on('error', reject);
        message.on('end', () => {
          const status = message.statusCode;
          const content = bodilessStatuses.has(status) ? null : Buffer.concat(chunks);
          resolve(new Response(content, { status, statusText: message.statusMessage, headers: headersOf(message) }));
        });
      });
      // Chromium's failures arrive as `net::ERR_*` errors, which the api client maps to closed codes.
      client.on('error', reject);
      signal.addEventListener(
        'abort',
        () => {
          client.abort();
          reject(signal.reason);
        },
        { once: true },
      );
      if (body) client.write(body);
      client.end();
    });
  };
}
