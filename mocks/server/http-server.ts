/**
 * Serves the mock API over real HTTP: each incoming request becomes a WHATWG Request, msw's
 * handlers answer it, and the Response is written back.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type HttpHandler } from 'msw';
import { MockBackend } from '../backend/mock-backend.ts';
import type { MockScenarioName } from '../backend/scenarios.ts';
import { createHandlers } from '../handlers/create-handlers.ts';

export interface MockHttpServerOptions {
  /** 0 picks any free port. */
  port: number;
  host?: string;
  backend?: MockBackend;
  /** The scenario at start and after a reset; used only to build the backend when none is given. */
  scenario?: MockScenarioName;
}

export interface RunningMockHttpServer {
  /** e.g. "http://127.0.0.1:4010", no trailing slash. */
  url: string;
  backend: MockBackend;
  close(): Promise<void>;
}

function jsonError(status: number, error: string, message: string): Response {
  return Response.json({ error, message }, { status });
}

async function readBody(incoming: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return undefined;
  // Copied into a plain ArrayBuffer: a Buffer may sit on a shared pool, which fetch bodies refuse.
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * The URL is rebuilt on the server's own origin, not the Host header, so "localhost:4010" and
 * "127.0.0.1:4010" both reach handlers mounted at the server's URL.
 */
async function toFetchRequest(incoming: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item));
    else if (value !== undefined) headers.set(name, value);
  }
  const method = incoming.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(incoming);
  return new Request(new URL(incoming.url ?? '/', origin), { method, headers, body: body ?? null });
}

async function respond(handlers: HttpHandler[], origin: string, incoming: IncomingMessage): Promise<Response> {
  try {
    const request = await toFetchRequest(incoming, origin);
    const response = await getResponse(handlers, request);
    return response ?? jsonError(404, 'not_found', `No such endpoint: ${request.method} ${new URL(request.url).pathname}`);
  } catch {
    return jsonError(500, 'server_error', 'The mock backend failed to handle this request.');
  }
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

function originOf(host: string, port: number): string {
  // IPv6 literals need brackets in a URL.
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

export async function startMockHttpServer(options: MockHttpServerOptions): Promise<RunningMockHttpServer> {
  const host = options.host ?? '127.0.0.1';
  const backend = options.backend ?? new MockBackend(options.scenario ? { scenario: options.scenario } : {});
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  // Mounted only now: the handlers live at the server's URL, which needs the bound port. No
  // request can arrive before this line, since connections are served on a later event-loop turn.
  const url = originOf(host, (server.address() as AddressInfo).port);
  const handlers = createHandlers(backend, url);
  server.on('request', (incoming: IncomingMessage, outgoing: ServerResponse) => {
    respond(handlers, url, incoming)
      .then((response) => writeResponse(response, outgoing))
      .catch(() => outgoing.destroy());
  });

  return {
    url,
    backend,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
