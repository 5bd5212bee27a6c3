import { isLoopbackHostname } from '../security/urls.ts';

/** The proxy variables of plain Node, as curl and Node's own `NODE_USE_ENV_PROXY` read them (lower case first). */
export interface ProxyEnvironment {
  HTTPS_PROXY?: string | undefined;
  https_proxy?: string | undefined;
  HTTP_PROXY?: string | undefined;
  http_proxy?: string | undefined;
  NO_PROXY?: string | undefined;
  no_proxy?: string | undefined;
}

const nonEmpty = (value: string | undefined): string | undefined => (value?.trim() ? value.trim() : undefined);

const defaultPort = (protocol: string): string => (protocol === 'https:' ? '443' : '80');

/** Whether one `NO_PROXY` entry (`*`, `host`, `.domain`, `*.domain`, with an optional `:port`) covers the URL. */
function bypassedBy(entry: string, url: URL): boolean {
  if (entry === '*') return true;
  const [host = '', port] = entry.replace(/^\*?\./, '.').split(/:(?=\d+$)/);
  if (port !== undefined && port !== (url.port || defaultPort(url.protocol))) return false;
  const hostname = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const wanted = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (wanted.startsWith('.')) return hostname.endsWith(wanted) || hostname === wanted.slice(1);
  return hostname === wanted || hostname.endsWith(`.${wanted}`);
}

/**
 * The proxy (with any credentials in its address) a call to `url` goes through under the
 * environment's variables, or null to go direct. This computer is never proxied, as in Chromium.
 */
export function proxyFromEnvironment(url: URL, env: ProxyEnvironment): string | null {
  if (isLoopbackHostname(url.hostname)) return null;
  const proxy =
    url.protocol === 'https:'
      ? (nonEmpty(env.https_proxy) ?? nonEmpty(env.HTTPS_PROXY))
      : (nonEmpty(env.http_proxy) ?? nonEmpty(env.HTTP_PROXY));
  if (!proxy) return null;
  const noProxy = nonEmpty(env.no_proxy) ?? nonEmpty(env.NO_PROXY) ?? '';
  const entries = noProxy.split(/[\s,]+/).filter((entry) => entry !== '');
  return entries.some((entry) => bypassedBy(entry, url)) ? null : proxy;
}
