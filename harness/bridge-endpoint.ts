import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IpcRouter } from '../src-main/ipc/router.ts';
import { MAX_BODY_BYTES } from './protocol.ts';
import { sendJson, sendStatus } from './responses.ts';

class BodyTooLarge extends Error {}

/**
 * `POST /__bridge/invoke/<channel>`, already authorised by the caller; the router validates the
 * request against the contract and the `Result` goes back as the JSON response.
 */
export async function handleInvoke(
  req: IncomingMessage,
  res: ServerResponse,
  rawChannel: string,
  router: IpcRouter,
): Promise<void> {
  let channel: string;
  try {
    channel = decodeURIComponent(rawChannel);
  } catch {
    return sendStatus(res, 400);
  }
  const body = await readJsonRequest(req, res);
  if (body.answered) return;
  sendJson(res, 200, await router.dispatch(channel, body.request));
}

/**
 * `POST /__bridge/open-link` `{ "link": "bitrixid://…" }`, already authorised by the caller: plays
 * the OS handing a link to the running app (a second launch), as Electron's 'second-instance' does.
 */
export async function handleOpenLink(req: IncomingMessage, res: ServerResponse, receive: (link: string) => boolean): Promise<void> {
  const body = await readJsonRequest(req, res);
  if (body.answered) return;
  const link = (body.request as { link?: unknown } | undefined)?.link;
  if (typeof link !== 'string') return sendStatus(res, 400);
  sendStatus(res, receive(link) ? 202 : 422);
}

/** A POSTed JSON body of at most 64 KiB (empty means "no request"), or the error answer already sent. */
async function readJsonRequest(
  req: IncomingMessage,
  res: ServerResponse,
): Promise<{ answered: true } | { answered: false; request: unknown }> {
  const answered = { answered: true } as const;
  if (req.method !== 'POST') return (sendStatus(res, 405, { allow: 'POST' }), answered);
  if (!isJsonContentType(req.headers['content-type'])) return (sendStatus(res, 415), answered);
  const declaredLength = Number(req.headers['content-length'] ?? 0);
  if (declaredLength > MAX_BODY_BYTES) return (refuseTooLarge(req, res), answered);

  let body: string;
  try {
    body = await readBody(req, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge) return (refuseTooLarge(req, res), answered);
    throw error;
  }
  if (body.trim() === '') return { answered: false, request: undefined };
  try {
    return { answered: false, request: JSON.parse(body) };
  } catch {
    return (sendStatus(res, 400), answered);
  }
}

function isJsonContentType(header: string | undefined): boolean {
  const mediaType = header?.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  sendStatus(res, 413, { connection: 'close' });
  req.resume();
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
