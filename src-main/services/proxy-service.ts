import { z } from 'zod';
import { fail, ok, type AppInfo, type ParsedRequestOf, type ProxySettings, type Result } from '../../src-preload/contract.ts';
import { normalisedProxyUrl } from '../../src-preload/proxy-url.ts';
import { ApiClient } from '../api/api-client.ts';
import { nodeTransport, type ApiTransport } from '../api/api-transport.ts';
import { failWith, publicError } from '../api/public-error.ts';
import { systemProxy, type ProxyConfig, type ProxyCredentials } from '../config/proxy-config.ts';
import type { SettingsStore } from '../config/settings-store.ts';
import { errorName, type Logger } from '../logging/logger.ts';
import type { SecretStore } from '../vault/secret-store.ts';

/** The keychain entry of the manual proxy's user name and password (beside the vault's refresh tokens). */
export const PROXY_CREDENTIALS_ACCOUNT = 'proxy-credentials';

const storedCredentials = z.object({ username: z.string(), password: z.string() });

/** Applies proxy settings to the network stack in use: Electron's sessions; nothing in plain Node, whose agents read them per call. */
export interface ProxyHost {
  apply(config: ProxyConfig): Promise<void>;
}

/** What "Test connection" tries: the server in use (its health endpoint, or the Network's page). */
export interface ProxyTestTarget {
  baseUrl: string;
  path: string;
}

/** The server in use as "Test connection" tries it; null for the embedded mock. */
export function proxyTestTarget(backend: AppInfo['backend']): ProxyTestTarget | null {
  switch (backend.mode) {
    case 'mock':
      return null;
    case 'url':
      return { baseUrl: backend.url, path: '/health' };
    case 'bitrix24':
      return { baseUrl: new URL(backend.url).origin, path: '/' };
  }
}

export interface ProxyServiceOptions {
  store: SettingsStore;
  /** The OS keychain, or null when it cannot be loaded (then no credentials can be saved). */
  secrets: SecretStore | null;
  keychainService: string;
  /** Electron's sessions; left out in plain Node. */
  host?: ProxyHost;
  /**
   * How main's API calls leave: Electron's network stack. Left out in plain Node, where Node's
   * agents follow these settings (and the environment's proxy variables with the system's).
   */
  transport?: ApiTransport;
  log: Logger;
}

const TEST_TIMEOUT_MS = 10_000;

/**
 * The Settings screen's proxy: the address in settings.json, the user name and password only in
 * the OS keychain and main's memory. A change is saved and applied whole or not at all.
 */
export class ProxyService {
  /** The transport every API client of the app uses. */
  readonly transport: ApiTransport;
  private readonly options: ProxyServiceOptions;
  private config: ProxyConfig = systemProxy;

  constructor(options: ProxyServiceOptions) {
    this.options = options;
    this.transport = options.transport ?? nodeTransport({ proxy: () => this.config });
  }

  /** The settings in effect; the node transport reads them for every call. */
  current(): ProxyConfig {
    return this.config;
  }

  /** Reads the saved settings and applies them: before the first call leaves. */
  async load(): Promise<void> {
    const url = this.options.store.read().proxyUrl;
    this.config = url ? { mode: 'manual', url, credentials: await this.readCredentials() } : systemProxy;
    await this.options.host?.apply(this.config);
  }

  get(): ProxySettings {
    const { config } = this;
    return config.mode === 'manual'
      ? { mode: 'manual', url: config.url, hasCredentials: config.credentials !== null }
      : { mode: 'system', url: null, hasCredentials: false };
  }

  async set(request: ParsedRequestOf<'proxy.set'>): Promise<Result<ProxySettings>> {
    const previous = this.config;
    const kept = previous.mode === 'manual' ? previous.credentials : null;
    // The system's settings take no credentials: saved ones go with the manual proxy.
    const credentials = request.mode === 'system' ? null : request.credentials === undefined ? kept : request.credentials;
    if (credentials !== kept && !(await this.writeCredentials(credentials))) return failWith('keychain_unavailable');
    const next: ProxyConfig = request.mode === 'system' ? systemProxy : { mode: 'manual', url: normalisedProxyUrl(request.url), credentials };
    this.options.store.write({ proxyUrl: next.mode === 'manual' ? next.url : undefined });
    this.config = next;
    await this.options.host?.apply(next);
    this.options.log.info('Proxy settings changed', { mode: next.mode, credentials: next.mode === 'manual' && next.credentials !== null });
    return ok(this.get());
  }

  /**
   * Tries the server in use (null: the embedded mock, which no call leaves for) through the settings
   * in effect: any HTTP answer from it means the way is open.
   */
  async test(target: ProxyTestTarget | null): Promise<Result<null>> {
    if (!target) return failWith('unsupported');
    const client = new ApiClient({ baseUrl: target.baseUrl, transport: this.transport, timeoutMs: TEST_TIMEOUT_MS, retry: { maxRetries: 0 } });
    const answer = await client.call({ method: 'GET', path: target.path, authenticated: false, response: z.unknown() });
    if (answer.ok) return ok(null);
    const { error } = answer;
    const answeredByServer = error.status !== undefined && error.code !== 'proxy_auth_required';
    return answeredByServer ? ok(null) : fail(publicError(error));
  }

  private async readCredentials(): Promise<ProxyCredentials | null> {
    const { secrets, keychainService, log } = this.options;
    if (!secrets) return null;
    try {
      const stored = await secrets.getPassword(keychainService, PROXY_CREDENTIALS_ACCOUNT);
      if (stored === null) return null;
      const parsed = storedCredentials.safeParse(JSON.parse(stored));
      return parsed.success ? parsed.data : null;
    } catch (error) {
      log.warn('The proxy credentials could not be read from the OS keychain', { error: errorName(error) });
      return null;
    }
  }

  /** Keeps (or with null removes) the credentials in the keychain; false when it refused. */
  private async writeCredentials(credentials: ProxyCredentials | null): Promise<boolean> {
    const { secrets, keychainService, log } = this.options;
    if (!secrets) return credentials === null;
    try {
      if (credentials) await secrets.setPassword(keychainService, PROXY_CREDENTIALS_ACCOUNT, JSON.stringify(credentials));
      else await secrets.deletePassword(keychainService, PROXY_CREDENTIALS_ACCOUNT);
      return true;
    } catch (error) {
      // Keychain messages can echo what was being stored.
      log.warn('The OS keychain refused the proxy credentials; nothing was changed', { error: errorName(error) });
      return false;
    }
  }
}
