import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IpcRouter } from '../src-main/ipc/router.ts';
import { errorName, type Logger } from '../src-main/logging/logger.ts';
import { handleInvoke, handleOpenLink } from './bridge-endpoint.ts';
import { PORTAL_FRAME_PATH_PREFIX, type PortalFrames } from './portal-frames.ts';
import {
  BRIDGE_PATH_PREFIX,
  EVENTS_PATH,
  INVOKE_PATH_PREFIX,
  OPEN_LINK_PATH,
  SECRET_HEADER,
  SECRET_PARAM,
  STALE_SECRET_STATUS,
} from './protocol.ts';
import { isOwnFrameRequest, isOwnRequest, secretMatches } from './request-guard.ts';
import { sendStatus } from './responses.ts';
import type { SseHub } from './sse-hub.ts';
import type { StaticSite } from './static-site.ts';
import { WEB_FRAME_PATH_PREFIX, type WebFrames } from './web-frames.ts';

export interface HarnessServerOptions {
  /** 0 picks any free port. */
  port: number;
  secret: string;
  router: IpcRouter;
  hub: SseHub;
  site: StaticSite;
  frames: PortalFrames;
  /** Bitrix24 mode's views: the proxied pages of the emulated Bitrix24. */
  webFrames: WebFrames;
  /** Takes a `bitrixid://` link as the OS would hand it over; false when it is refused. */
  openLink(link: string): boolean;
  log: Logger;
}

export interface HarnessServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

/**
 * Loopback only: the renderer's files for anyone on this machine, the bridge only with the secret,
 * portal and web frames only at the addresses main handed out.
 */
export async function startHarnessServer(options: HarnessServerOptions): Promise<HarnessServer> {
  const { secret, router, hub, site, frames, webFrames, openLink, log } = options;
  let origin = '';

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', origin);
    // A web frame's form posts from its sandbox's opaque origin ("null"); the frame id is the capability.
    if (url.pathname.startsWith(WEB_FRAME_PATH_PREFIX)) {
      return isOwnFrameRequest(req, origin) ? webFrames.serve(req, res, url) : sendStatus(res, 403);
    }
    if (!isOwnRequest(req, origin)) return sendStatus(res, 403);
    if (url.pathname.startsWith(INVOKE_PATH_PREFIX)) {
      const given = req.headers[SECRET_HEADER];
      if (!secretMatches(secret, given)) return sendStatus(res, given ? STALE_SECRET_STATUS : 403);
      return handleInvoke(req, res, url.pathname.slice(INVOKE_PATH_PREFIX.length), router);
    }
    if (url.pathname === OPEN_LINK_PATH) {
      if (!secretMatches(secret, req.headers[SECRET_HEADER])) return sendStatus(res, 403);
      return handleOpenLink(req, res, openLink);
    }
    if (url.pathname === EVENTS_PATH) {
      if (!secretMatches(secret, url.searchParams.get(SECRET_PARAM))) return sendStatus(res, 403);
      if (req.method !== 'GET') return sendStatus(res, 405, { allow: 'GET' });
      return hub.attach(req, res);
    }
    if (url.pathname.startsWith(BRIDGE_PATH_PREFIX)) return sendStatus(res, 404);
    // No secret: an iframe cannot send one. The address itself is the unguessable capability.
    if (url.pathname.startsWith(PORTAL_FRAME_PATH_PREFIX)) return frames.serve(req, res, url.pathname);
    return site.serve(req, res, url.pathname);
  };

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      log.error('The web harness failed to answer a request', { error: errorName(error) });
      if (!res.headersSent) sendStatus(res, 500);
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  origin = `http://${HOST}:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        hub.close();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
