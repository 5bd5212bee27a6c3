import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Resolve once the status line and headers arrive, then drop the connection (event streams). */
  headersOnly?: boolean;
}

/** A plain HTTP request with full control of Host, Origin and the body, as an attacker would send. */
export function rawRequest(origin: string, options: RawRequest): Promise<RawResponse> {
  const url = new URL(options.path, origin);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: options.method ?? 'GET', headers: options.headers ?? {}, agent: false },
      (res) => {
        const head = { status: res.statusCode ?? 0, headers: res.headers };
        if (options.headersOnly) {
          resolve({ ...head, body: '' });
          res.destroy();
          return;
        }
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ ...head, body }));
        res.on('error', reject);
      },
    );
    req.setTimeout(15_000, () => req.destroy(new Error(`No answer from ${url.pathname} within 15 s.`)));
    req.on('error', reject);
    req.end(options.body);
  });
}
