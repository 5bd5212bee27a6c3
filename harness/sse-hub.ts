import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmitEvent } from '../src-main/events/event-sink.ts';

/** Fans main's events out to every open `EventSource` of the page(s). */
export interface SseHub {
  readonly emit: EmitEvent;
  /** Takes over an already authorised request and keeps it open as an event stream. */
  attach(req: IncomingMessage, res: ServerResponse): void;
  /** Ends every stream; later emits are dropped. */
  close(): void;
}

const HEARTBEAT_MS = 15_000;

export function createSseHub(): SseHub {
  const clients = new Set<ServerResponse>();
  let closed = false;
  const heartbeat = setInterval(() => {
    for (const res of clients) res.write(': keep-alive\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    emit(event, payload) {
      if (closed) return;
      // JSON.stringify emits no raw newline, so the payload is always a single `data:` line.
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const res of clients) res.write(frame);
    },
    attach(req, res) {
      if (closed) {
        res.writeHead(503).end();
        return;
      }
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
    },
    close() {
      closed = true;
      clearInterval(heartbeat);
      for (const res of clients) res.end();
      clients.clear();
    },
  };
}
