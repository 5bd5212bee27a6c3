import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { rendererFilePath } from './app-scheme.ts';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';

/**
 * The types of what the renderer build holds, written out so that a script is always served as
 * JavaScript (module scripts refuse anything else) whatever the operating system's own type table says.
 */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Anything else is served as opaque bytes, which nosniff keeps from running as a script or style. */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Every answer carries the window's CSP (and nosniff), a refusal as much as a file. */
function respond(status: number, body: Uint8Array<ArrayBuffer> | string, contentType: string): Response {
  return new Response(body, {
    status,
    headers: {
      'content-type': contentType,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    },
  });
}

/** The app:// scheme's answer to one request: a file of the renderer folder, or a refusal. */
export async function answerRendererRequest(rendererDir: string, request: { url: string; method: string }): Promise<Response> {
  if (request.method !== 'GET') return respond(405, 'Method not allowed', 'text/plain; charset=utf-8');
  const file = rendererFilePath(rendererDir, request.url);
  if (!file) return respond(404, 'Not found', 'text/plain; charset=utf-8');
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readFile(file);
  } catch {
    // Missing, a folder, unreadable: the page asked for something the build does not have.
    return respond(404, 'Not found', 'text/plain; charset=utf-8');
  }
  return respond(200, body, contentTypeOf(file));
}
