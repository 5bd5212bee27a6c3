/** A manual proxy's user name and password: kept in the OS keychain and main's memory only. */
export interface ProxyCredentials {
  username: string;
  password: string;
}

/**
 * How main's calls reach the network. `system`: the OS's settings (in Electron, Chromium's: system
 * proxy, PAC, WPAD; in plain Node, `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY`). `manual`: the proxy the
 * person typed on the Settings screen, for every call but those to this computer.
 */
export type ProxyConfig = { mode: 'system' } | { mode: 'manual'; url: string; credentials: ProxyCredentials | null };

export const systemProxy: ProxyConfig = { mode: 'system' };

/** The proxy address with its credentials in it, as Node's agents take it; never logged, never stored. */
export function proxyUrlWithCredentials(url: string, credentials: ProxyCredentials | null): string {
  const withCredentials = new URL(url);
  if (credentials) {
    withCredentials.username = encodeURIComponent(credentials.username);
    withCredentials.password = encodeURIComponent(credentials.password);
  }
  return withCredentials.toString();
}
