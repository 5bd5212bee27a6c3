/**
 * msw handlers served over real HTTP on a loopback address: each incoming request becomes a WHATWG
 * Request, the handlers answer it, and the Response is written back. Every server built on this
 * refuses a request addressed to another host (src-main/security/loopback-host.ts) and a body over the size limit,
 * before any handler sees it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type HttpHandler } from 'msw';
import { BODY_TOO_LARGE_MESSAGE, MAX_REQUEST_BODY_BYTES } from '../handlers/body-limit-layer.ts';
import { FOREIGN_HOST_STATUS, FOREIGN_HOST_TEXT, hostWithPort, isAllowedHost, isOriginForm } from '../../src-main/security/loopback-host.ts';

export const BODY_TOO_LARGE_STATUS = 413;

export interface LoopbackHttpOptions {
  /** 0 picks any free port. */
  port: number;
  host: string;
  /** The Host headers the server answers to, once its port is known ("name:port"). */
  allowedHosts(port: number): string[];
  /** A request other hosts may make too (a portal's page, which the standalone server plays for any name). */
  openToAnyHost?(method: string, path: string): boolean;
  /** The handlers, mounted at the server's URL once its port is known. */
  handlers(url: string): HttpHandler[];
  /** The answer to a request no handler takes. */
  notFound(request: Request): Response;
}

export interface RunningLoopbackHttp {
  /** e.g. "http://127.0.0.1:4010", no trailing slash. */
  url: string;
  close(): Promise<void>;
}

type BodyRead = { ok: true; body: Uint8Array<ArrayBuffer> | undefined } | { ok: false };

/**
 * Reads the body up to the limit and stops at the first byte over it, so a 100 MB body is never
 * held: what follows is left unread, and the answer closes the connection.
 */
function readLimitedBody(incoming: IncomingMessage): Promise<BodyRead> {
  const declared = Number(incoming.headers['content-length'] ?? 0);
  if (declared > MAX_REQUEST_BODY_BYTES) return Promise.resolve({ ok: false });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BODY_BYTES) {
        incoming.off('data', onData).off('end', onEnd).off('error', reject);
        incoming.pause();
        resolve({ ok: false });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () =>
      // Copied into a plain ArrayBuffer: a Buffer may sit on a shared pool, which fetch bodies refuse.
      resolve({ ok: true, body: chunks.length === 0 ? undefined : new Uint8Array(Buffer.concat(chunks)) });
    incoming.on('data', onData).once('end', onEnd).once('error', reject);
  });
}

/** The URL is rebuilt on the server's own origin, never from the Host header. */
function toFetchRequest(incoming: IncomingMessage, origin: string, body: Uint8Array<ArrayBuffer> | undefined): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item));
    else if (value !== undefined) headers.set(name, value);
  }
  return new Request(new URL(incoming.url ?? '/', origin), { method: incoming.method ?? 'GET', headers, body: body ?? null });
}

function plainText(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

function tooLarge(): Response {
  return Response.json(
    { error: 'invalid_request', message: BODY_TOO_LARGE_MESSAGE },
    // The rest of the body is never read: the connection cannot carry another request.
    { status: BODY_TOO_LARGE_STATUS, headers: { Connection: 'close' } },
  );
}

async function writeResponse(response: Response, outgoing: ServerResponse): Promise<void> {
  // A network error (the `offline` scenario): no HTTP answer at all, the connection just drops,
  // as when nothing listens or a proxy cuts it. The client's fetch rejects.
  if (response.type === 'error') {
    outgoing.destroy();
    return;
  }
  outgoing.statusCode = response.status;
  response.headers.forEach((value, name) => outgoing.setHeader(name, value));
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}

export async function startLoopbackHttp(options: LoopbackHttpOptions): Promise<RunningLoopbackHttp> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  // Mounted only now: the handlers live at the server's URL, which needs the bound port. No
  // request can arrive before this line, since connections are served on a later event-loop turn.
  const { port } = server.address() as AddressInfo;
  const url = `http://${hostWithPort(options.host, port)}`;
  const allowedHosts = options.allowedHosts(port);
  const handlers = options.handlers(url);

  const respond = async (incoming: IncomingMessage): Promise<Response> => {
    const method = incoming.method ?? 'GET';
    const path = new URL(incoming.url ?? '/', url).pathname;
    const ownHost = isAllowedHost(incoming.headers.host, allowedHosts) || options.openToAnyHost?.(method, path) === true;
    if (!ownHost || !isOriginForm(incoming.url)) return plainText(FOREIGN_HOST_STATUS, FOREIGN_HOST_TEXT);
    const read = method === 'GET' || method === 'HEAD' ? { ok: true as const, body: undefined } : await readLimitedBody(incoming);
    if (!read.ok) return tooLarge();
    try {
      const request = toFetchRequest(incoming, url, read.body);
      return (await getResponse(handlers, request)) ?? options.notFound(request);
    } catch {
      return Response.json({ error: 'server_error', message: 'The mock backend failed to handle this request.' }, { status: 500 });
    }
  };

  server.on('request', (incoming: IncomingMessage, outgoing: ServerResponse) => {
    respond(incoming)
      .then((response) => writeResponse(response, outgoing))
      .catch(() => outgoing.destroy());
  });

  return {
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
