import { parseArgs } from 'node:util';
import { isAllowedServerUrl, normalisedServerUrl } from '../../src-preload/server-url.ts';
import { DEFAULT_NETWORK_URL, parseNetworkUrl } from '../bitrix24/network-pages.ts';

/** The embedded mock, a server at a URL that speaks the API, or Bitrix24 (web) mode on the Network at `networkUrl`. */
export type BackendTarget = { mode: 'mock' } | { mode: 'url'; url: string } | { mode: 'bitrix24'; networkUrl: string };

/** What this run was told on its command line or in its environment. */
export interface BackendChoice {
  /** The backend the command line or environment insists on; null leaves it to the saved setting or the default. */
  override: BackendTarget | null;
  /** The Network's address for Bitrix24 mode, however that mode is chosen (here, or on the Server screen). */
  networkUrl: string;
}

const BACKENDS = ['mock', 'url', 'bitrix24'] as const;
type BackendName = (typeof BACKENDS)[number];
const isBackendName = (value: string): value is BackendName => (BACKENDS as readonly string[]).includes(value);

/**
 * `--backend mock|bitrix24` / `BITRIX_ID_BACKEND`; `--api-url <url>` / `BITRIX_ID_API_URL` points the
 * app at a server that speaks the API; `--network-url <url>` / `BITRIX_ID_NETWORK_URL` sets the
 * Network's address. The command line wins over the environment; a contradiction is an error.
 */
export function resolveBackendChoice(argv: readonly string[], env: NodeJS.ProcessEnv): BackendChoice {
  const { values } = parseArgs({
    args: [...argv],
    options: { 'api-url': { type: 'string' }, backend: { type: 'string' }, 'network-url': { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  const given = (flag: string, variable: string): string | undefined => {
    const fromArgs = values[flag];
    return typeof fromArgs === 'string' ? fromArgs : env[variable] || undefined;
  };
  const networkUrl = normaliseNetworkUrl(given('network-url', 'BITRIX_ID_NETWORK_URL') ?? DEFAULT_NETWORK_URL);
  const apiUrl = given('api-url', 'BITRIX_ID_API_URL');
  const backendName = given('backend', 'BITRIX_ID_BACKEND')?.trim();
  if (backendName !== undefined && !isBackendName(backendName)) {
    throw new Error(`The backend must be one of ${BACKENDS.join(', ')}: ${backendName}`);
  }
  const name: BackendName | undefined = backendName ?? (apiUrl ? 'url' : undefined);
  if (name === undefined) return { override: null, networkUrl };
  if (apiUrl && name !== 'url') throw new Error(`--api-url names a server, so the backend cannot be ${name}.`);
  switch (name) {
    case 'mock':
      return { override: { mode: 'mock' }, networkUrl };
    case 'bitrix24':
      return { override: { mode: 'bitrix24', networkUrl }, networkUrl };
    case 'url':
      if (!apiUrl) throw new Error('The backend "url" needs --api-url <url> (or BITRIX_ID_API_URL).');
      return { override: { mode: 'url', url: normaliseApiUrl(apiUrl) }, networkUrl };
  }
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
  return normalisedServerUrl(trimmed);
}

/** https, or http on this computer (an emulated Network for tests); no query, no credentials. */
export function normaliseNetworkUrl(raw: string): string {
  const parsed = parseNetworkUrl(raw.trim(), { allowLoopback: true });
  if (!parsed.ok) {
    throw new Error(`The Network URL must be an https:// address (http:// only on this computer) without credentials or a query (${parsed.reason}): ${raw}`);
  }
  return parsed.url;
}
