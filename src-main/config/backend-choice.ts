import { parseArgs } from 'node:util';

export type BackendChoice = { mode: 'mock' } | { mode: 'url'; url: string };

/**
 * The embedded mock by default; `--api-url <url>` or `BITRIX_ID_API_URL` points the app at a real
 * server. The command line wins over the environment.
 */
export function resolveBackendChoice(argv: readonly string[], env: NodeJS.ProcessEnv): BackendChoice {
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

/** Accepts only absolute http(s) URLs and drops a trailing slash so paths join cleanly. */
export function normaliseApiUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`The API URL is not a valid URL: ${raw}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`The API URL must use http or https: ${raw}`);
  }
  if (url.username || url.password) throw new Error('The API URL must not contain credentials.');
  return url.toString().replace(/\/+$/, '');
}
