import { ok, type AppInfo, type Result, type ServerHealth } from '../../src-preload/contract.ts';
import { ApiClient, type ApiResult } from '../api/api-client.ts';
import type { ApiFailure } from '../api/api-errors.ts';
import type { ApiTransport } from '../api/api-transport.ts';
import { bridgeResult, failWith } from '../api/public-error.ts';
import { serverApi, toServerHealth } from '../api/server-api.ts';
import { normaliseApiUrl, type BackendTarget } from '../config/backend-choice.ts';
import type { SettingsStore } from '../config/settings-store.ts';
import type { Logger } from '../logging/logger.ts';

const HEALTH_TIMEOUT_MS = 10_000;

export interface ServerServiceOptions {
  settings: SettingsStore;
  /** Signs out of the current backend cleanly and connects to the new one. */
  switchTo(target: BackendTarget): Promise<AppInfo>;
  /** The Network's address for Bitrix24 mode (`--network-url`, or the real Network). */
  networkUrl: string;
  /** How the health check leaves: through the proxy in effect, as the app's calls do. */
  transport: ApiTransport;
  log: Logger;
}

/**
 * Whether a failed health check means the address answered, but not as Bitrix ID: any answer but a
 * server's own trouble (5xx) or "too many requests", including a 200 of another shape. A Bitrix ID
 * server answers its health endpoint to anyone, so 401, 403 and 404 mean another kind of server.
 */
const answeredAsAnotherServer = (error: ApiFailure): boolean =>
  error.status !== undefined && error.status < 500 && error.code !== 'rate_limited';

/** The "Server" settings: try a server's health endpoint, and switch to it (remembered). */
export class ServerService {
  private readonly options: ServerServiceOptions;

  constructor(options: ServerServiceOptions) {
    this.options = options;
  }

  async test(url: string): Promise<Result<ServerHealth>> {
    const health = await this.probe(normaliseApiUrl(url));
    if (!health.ok && answeredAsAnotherServer(health.error)) return failWith('not_bitrix_id_server');
    return bridgeResult(health, toServerHealth);
  }

  /**
   * Switches to a server (null: the embedded mock). An address that answers as another kind of
   * server is refused before anything changes; one that does not answer now is still taken, as it
   * may be down for a moment and the app says so once switched.
   */
  async set(url: string | null): Promise<Result<AppInfo>> {
    const apiUrl = url === null ? null : normaliseApiUrl(url);
    if (apiUrl !== null) {
      const health = await this.probe(apiUrl);
      if (!health.ok && answeredAsAnotherServer(health.error)) return failWith('not_bitrix_id_server');
    }
    this.options.settings.write({ backend: apiUrl ? 'url' : 'mock', apiUrl });
    this.options.log.info('Switching servers', { mode: apiUrl ? 'url' : 'mock' });
    return ok(await this.options.switchTo(apiUrl ? { mode: 'url', url: apiUrl } : { mode: 'mock' }));
  }

  /** "Use my Bitrix24 account": Bitrix24 (web) mode, remembered; the saved server address is kept for a switch back. */
  async useBitrix24(): Promise<Result<AppInfo>> {
    this.options.settings.write({ backend: 'bitrix24' });
    this.options.log.info('Switching servers', { mode: 'bitrix24' });
    return ok(await this.options.switchTo({ mode: 'bitrix24', networkUrl: this.options.networkUrl }));
  }

  private probe(apiUrl: string): Promise<ApiResult<ServerHealth>> {
    const client = new ApiClient({
      baseUrl: apiUrl,
      transport: this.options.transport,
      timeoutMs: HEALTH_TIMEOUT_MS,
      retry: { maxRetries: 0 },
    });
    return serverApi.health(client);
  }
}
