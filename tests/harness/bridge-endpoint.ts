import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IpcRouter } from '../../src-main/ipc/router.ts';
import { MAX_BODY_BYTES } from './protocol.ts';
import { sendJson, sendStatus } from './responses.ts';

class BodyTooLarge extends Error {}

/**
 * `POST /__bridge/invoke/<channel>`, already authorised by the caller. The body must be JSON
 * (an empty body means "no request") of at most 64 KiB; the router validates it against the
 * contract and the `Result` goes back as the JSON response.
 */
export async function handleInvoke(
  req: IncomingMessage,
  res: ServerResponse,
  rawChannel: string,
  router: IpcRouter,
): Promise<void> {
  if (req.method !== 'POST') return sendStatus(res, 405, { allow: 'POST' });
  if (!isJsonContentType(req.headers['content-type'])) return sendStatus(res, 415);
  const declaredLength = Number(req.headers['content-length'] ?? 0);
  if (declaredLength > MAX_BODY_BYTES) return refuseTooLarge(req, res);

  let channel: string;
  try {
    channel = decodeURIComponent(rawChannel);
  } catch {
    return sendStatus(res, 400);
  }

  let body: string;
  try {
    body = await readBody(req, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge) return refuseTooLarge(req, res);
    throw error;
  }

  let request: unknown;
  if (body.trim() !== '') {
    try {
      request = JSON.parse(body);
    } catch {
      return sendStatus(res, 400);
    }
  }
  sendJson(res, 200, await router.dispatch(channel, request));
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
