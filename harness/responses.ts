import { STATUS_CODES, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';

/** Headers every harness response carries. */
export const baseHeaders: OutgoingHttpHeaders = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};

/** A bare status with its standard reason as plain text: no details, nothing echoed back. */
export function sendStatus(res: ServerResponse, status: number, headers: OutgoingHttpHeaders = {}): void {
  const body = `${STATUS_CODES[status] ?? 'Error'}\n`;
  res.writeHead(status, { ...baseHeaders, 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { ...baseHeaders, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(value));
}
