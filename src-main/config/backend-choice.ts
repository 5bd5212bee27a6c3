import { parseArgs } from 'node:util';
import { isAllowedServerUrl } from '../../src-preload/server-url.ts';

/** The embedded mock, or a server at a URL. */
export type BackendTarget = { mode: 'mock' } | { mode: 'url'; url: string };

/**
 * The embedded mock by default; `--api-url <url>` or `BITRIX_ID_API_URL` points the app at a real
 * server. The command line wins over the environment.
 */
export function resolveBackendChoice(argv: readonly string[], env: NodeJS.ProcessEnv): BackendTarget {
  const { values } = parseArgs({
    args: [...argv],
    options: { 'api-url': { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  const fromArgs = typeof values['api-url'] === 'string' ? values['api-url'] : undefined;
  const raw = fromArgs ?? env['BITRIX_ID_API_URL'];
  if (!raw) return { mode: 'mock' };
  return { mode: 'url', url: normaliseApiUrl(raw) };
}

/**
 * The same rule as the Server settings screen (https, or http on this computer only), so tokens
 * never travel in the clear however the server was chosen; drops a trailing slash so paths join.
 */
export function normaliseApiUrl(raw: string): string {
  const trimmed = raw.trim();
  if (!isAllowedServerUrl(trimmed)) {
    throw new Error(`The API URL must be an https:// address (http:// only on this computer), without credentials: ${raw}`);
  }
  return new URL(trimmed).toString().replace(/\/+$/, '');
}
