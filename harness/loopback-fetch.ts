/**
 * One HTTP request to a site on this computer, addressed by its URL's own Host (`alpha.localhost:4020`)
 * but always connected to loopback. Node's resolver does not know `*.localhost` (browsers do), and
 * connecting to loopback whatever the name says is what keeps the harness from ever reaching a real
 * site. Redirects are never followed: the caller judges each hop.
 */
import { request } from 'node:http';
import { isLoopbackHost } from '../src-main/bitrix24/web-address.ts';

export interface LoopbackReply {
  status: number;
  /** Header values as received; `set-cookie` keeps every line. */
  headers: Readonly<Record<string, string | string[] | undefined>>;
  body: Buffer;
}

export interface LoopbackRequest {
  method?: string;
  headers?: Readonly<Record<string, string>>;
  body?: Buffer;
}

/** Far beyond any emulated page; a larger answer is cut off as an error rather than held. */
const MAX_REPLY_BYTES = 8 * 1024 * 1024;

/** Whether the harness may fetch this URL at all: plain http on a loopback name. */
export function isLoopbackHttpUrl(url: URL): boolean {
  return url.protocol === 'http:' && isLoopbackHost(url.hostname) && url.username === '' && url.password === '';
}

export function loopbackFetch(target: URL, options: LoopbackRequest = {}): Promise<LoopbackReply> {
  if (!isLoopbackHttpUrl(target)) return Promise.reject(new Error('Only plain http on this computer can be fetched.'));
  const connectTo = target.hostname === '[::1]' ? '::1' : '127.0.0.1';
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: connectTo,
        port: target.port === '' ? 80 : Number(target.port),
        method: options.method ?? 'GET',
        path: `${target.pathname}${target.search}`,
        headers: {
          ...options.headers,
          host: target.host,
          ...(options.body === undefined ? {} : { 'content-length': String(options.body.length) }),
        },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        let size = 0;
        incoming.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_REPLY_BYTES) {
            incoming.destroy(new Error('The answer is too large.'));
            return;
          }
          chunks.push(chunk);
        });
        incoming.once('error', reject);
        incoming.once('end', () => resolve({ status: incoming.statusCode ?? 502, headers: incoming.headers, body: Buffer.concat(chunks) }));
      },
    );
    outgoing.once('error', reject);
    outgoing.end(options.body);
  });
}
