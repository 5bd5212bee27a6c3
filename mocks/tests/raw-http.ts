/**
 * Requests to a loopback server over node:http, which, unlike fetch, sends whatever Host header it
 * is given (as a DNS-rebinding page's browser, or a hosts-file entry, would) and can stream a body.
 */
import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http';

export interface RawReply {
  status: number | undefined;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RawRequest {
  method?: string;
  path: string;
  /** Host and the rest; without one, node:http sends the server's "127.0.0.1:<port>". */
  headers?: OutgoingHttpHeaders;
  /** No Host header at all (HTTP/1.0 style). */
  omitHost?: boolean;
  /** Streamed in chunks, with no Content-Length unless `headers` sets one. */
  bodyBytes?: number;
}

const CHUNK = Buffer.alloc(16 * 1024, 'a');

/**
 * Sends the request; for a body, writes chunks until all `bodyBytes` are sent or the server has
 * answered, whichever comes first (a server that refuses a body answers before reading it all).
 */
export function rawRequest(serverUrl: string, options: RawRequest): Promise<RawReply> {
  const { hostname, port } = new URL(serverUrl);
  return new Promise((resolve, reject) => {
    let answered = false;
    const outgoing = httpRequest(
      {
        host: hostname,
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers ?? {},
        setHost: options.omitHost !== true,
      },
      (incoming) => {
        answered = true;
        let body = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => (body += chunk));
        incoming.on('end', () => resolve({ status: incoming.statusCode, headers: incoming.headers, body }));
        incoming.on('error', reject);
      },
    );
    // Once answered, a write cut short by the server's closing is expected, not a failure.
    outgoing.on('error', (error) => {
      if (!answered) reject(error);
    });
    let left = options.bodyBytes ?? 0;
    const pump = () => {
      while (left > 0 && !answered) {
        const chunk = left >= CHUNK.length ? CHUNK : CHUNK.subarray(0, left);
        left -= chunk.length;
        if (!outgoing.write(chunk)) {
          outgoing.once('drain', pump);
          return;
        }
      }
      if (!answered) outgoing.end();
    };
    pump();
  });
}
