import { app, net, session, type Session } from 'electron';
import { fetchTransport, type ApiTransport } from '../api/api-transport.ts';
import { systemProxy, type ProxyConfig } from '../config/proxy-config.ts';
import type { Logger } from '../logging/logger.ts';
import { errorName } from '../logging/logger.ts';
import type { ProxyHost } from '../services/proxy-service.ts';
import { netRequestFetch } from './net-request-fetch.ts';

/** How often one page may be given the proxy credentials under one setting: a proxy that refuses them is not asked forever. */
const MAX_PROXY_LOGINS_PER_PAGE = 2;

/**
 * Main's API calls through Chromium's network stack, and the proxy setting applied to every session:
 * the default one (main's calls, the app's window) and each portal's and profile's partition, as
 * they are created. Proxy credentials go to whoever asks for them (`app`'s `login` for pages, the
 * request's own for main's calls), only when the proxy asks.
 */
export function createElectronNetwork(log: Logger): { transport: ApiTransport; proxyHost: ProxyHost } {
  let config: ProxyConfig = systemProxy;
  let loginsByPage = new Map<number, number>();
  const sessions = new Set<Session>([session.defaultSession]);

  const applyTo = async (target: Session): Promise<void> => {
    await target.setProxy(config.mode === 'manual' ? { mode: 'fixed_servers', proxyRules: config.url } : { mode: 'system' });
    // Pooled connections would keep using the old proxy.
    await target.closeAllConnections();
  };

  app.on('session-created', (created) => {
    sessions.add(created);
    applyTo(created).catch((error: unknown) => log.warn('A session did not take the proxy setting', { error: errorName(error) }));
  });
  app.on('login', (event, webContents, _details, authInfo, callback) => {
    if (!authInfo.isProxy || config.mode !== 'manual' || config.credentials === null) return;
    const page = webContents?.id ?? -1;
    const logins = loginsByPage.get(page) ?? 0;
    if (logins >= MAX_PROXY_LOGINS_PER_PAGE) return;
    loginsByPage.set(page, logins + 1);
    event.preventDefault();
    callback(config.credentials.username, config.credentials.password);
  });

  const proxyHost: ProxyHost = {
    async apply(next) {
      config = next;
      loginsByPage = new Map();
      await Promise.all([...sessions].map(applyTo));
    },
  };
  const transport = fetchTransport(
    netRequestFetch({
      request: (options) => net.request(options),
      proxyCredentials: () => (config.mode === 'manual' ? config.credentials : null),
    }),
  );
  return { transport, proxyHost };
}
