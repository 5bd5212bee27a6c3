import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { readFileSync } from 'node:fs';
import { getCACertificates } from 'node:tls';
import type { AxiosRequestConfig } from 'axios';
import { proxyUrlWithCredentials, type ProxyConfig } from '../config/proxy-config.ts';
import { proxyFromEnvironment, type ProxyEnvironment } from './proxy-choice.ts';

/** How one call leaves: the axios options that send it, and whether it goes through a proxy. */
export interface TransportRoute {
  config: Pick<AxiosRequestConfig, 'adapter' | 'env' | 'httpAgent' | 'httpsAgent' | 'proxy'>;
  /** A connection failure then is the proxy's (`proxy_failed`), not the server's. */
  proxied: boolean;
}

/**
 * How the api client sends its requests. Asked for every call, so a proxy changed on the Settings
 * screen applies to the next call without rebuilding the clients.
 */
export interface ApiTransport {
  route(url: URL): TransportRoute;
}

/**
 * Node's http adapter, straight to the address: the embedded mock (msw intercepts in-process, so
 * nothing leaves), and tests. axios's own environment proxy is off, so nothing is proxied by surprise.
 */
export const directTransport: ApiTransport = {
  route: () => ({ config: { adapter: 'http', proxy: false }, proxied: false }),
};

/**
 * Electron's network stack (`net.fetch`, or a fetch over `net.request`): the system proxy, PAC and
 * the OS certificate store, as the portal pages have them. axios's fetch adapter sends
 * `redirect: 'manual'` (the client's `maxRedirects: 0`); Chromium names its failures `net::ERR_*`,
 * which `mapAxiosError` reads.
 */
export function fetchTransport(fetch: typeof globalThis.fetch): ApiTransport {
  const route: TransportRoute = { config: { adapter: 'fetch', env: { fetch } }, proxied: false };
  return { route: () => route };
}

export interface NodeTransportOptions {
  /** The proxy settings in effect (the Settings screen's), read for every call. */
  proxy(): ProxyConfig;
  /** Where `HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY` (any case) and `NODE_EXTRA_CA_CERTS` come from. */
  env?: ProxyEnvironment & { NODE_EXTRA_CA_CERTS?: string | undefined };
}

/** Node's bundled CAs, the OS's store, and `NODE_EXTRA_CA_CERTS` (read here too, so a test can name its own). */
function trustedCertificates(extraCaFile: string | undefined): string[] {
  const certificates = new Set([...getCACertificates('default'), ...getCACertificates('system')]);
  if (extraCaFile) {
    try {
      const pem = readFileSync(extraCaFile, 'utf8');
      for (const certificate of pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []) {
        certificates.add(`${certificate}\n`);
      }
    } catch {
      // Node itself only warns about an unreadable NODE_EXTRA_CA_CERTS; so does not trusting it.
    }
  }
  return [...certificates];
}

interface Agents {
  http: HttpAgent;
  https: HttpsAgent;
}

/**
 * Plain Node (the browser harness, tests): Node's http adapter with agents that tunnel through the
 * proxy in effect (Node 24's built-in proxy support: CONNECT for https, credentials from the
 * proxy's address), and trust the system's CAs beside Node's own.
 */
export function nodeTransport({ proxy, env = process.env }: NodeTransportOptions): ApiTransport {
  let ca: string[] | undefined;
  const certificates = () => (ca ??= trustedCertificates(env.NODE_EXTRA_CA_CERTS));
  // One pair of agents per proxy (null: direct); a changed setting makes new ones and ends the old.
  let agents: { key: string | null; value: Agents } | undefined;
  const agentsFor = (proxyUrl: string | null): Agents => {
    if (agents?.key === proxyUrl) return agents.value;
    if (agents) {
      agents.value.http.destroy();
      agents.value.https.destroy();
    }
    const proxyEnv = proxyUrl === null ? undefined : { HTTP_PROXY: proxyUrl, HTTPS_PROXY: proxyUrl };
    const value = { http: new HttpAgent({ proxyEnv }), https: new HttpsAgent({ proxyEnv, ca: certificates() }) };
    agents = { key: proxyUrl, value };
    return value;
  };
  return {
    route(url) {
      const config = proxy();
      const manual = config.mode === 'manual' ? proxyUrlWithCredentials(config.url, config.credentials) : null;
      // A manual proxy takes every call but those to this computer, as Chromium's fixed proxy does.
      const proxyUrl = proxyFromEnvironment(url, manual === null ? env : { HTTPS_PROXY: manual, HTTP_PROXY: manual });
      const { http, https } = agentsFor(proxyUrl);
      const agents = { adapter: 'http' as const, httpAgent: http, httpsAgent: https };
      // axios leaves an agent's own proxy (`proxyEnv`) alone unless told `proxy: false`, which it
      // takes to mean "direct" and strips it; direct, it must be told, or it reads the environment itself.
      return proxyUrl === null ? { config: { ...agents, proxy: false }, proxied: false } : { config: agents, proxied: true };
    },
  };
}
