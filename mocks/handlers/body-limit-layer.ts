/**
 * The request-body limit, applied in front of every route (the test routes too): a body over
 * 65536 bytes answers 413 before any handler reads it. The standalone server refuses such a body
 * itself while it streams in; this layer gives the embedded mock the same rule and the same answer.
 */
import { http, type HttpHandler } from 'msw';
import { apiError } from './api-responses.ts';

/** 64 KiB: the largest request the API has (a form, a profile) is a few hundred bytes. */
export const MAX_REQUEST_BODY_BYTES = 65536;
export const BODY_TOO_LARGE_MESSAGE = `The request body is larger than ${MAX_REQUEST_BODY_BYTES} bytes.`;

/** Counts the bytes as they come and stops at the first one over the limit. */
async function bodyExceedsLimit(request: Request): Promise<boolean> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_REQUEST_BODY_BYTES) return true;
  const body = request.clone().body;
  if (!body) return false;
  const reader = body.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return false;
    size += value.byteLength;
    if (size > MAX_REQUEST_BODY_BYTES) {
      await reader.cancel();
      return true;
    }
  }
}

/** Must come before every other handler: msw tries them in order. */
export function bodyLimitLayer(baseUrl: string): HttpHandler {
  return http.all(`${baseUrl}/*`, async ({ request }) =>
    (await bodyExceedsLimit(request)) ? apiError(413, 'invalid_request', BODY_TOO_LARGE_MESSAGE) : undefined,
  );
}
