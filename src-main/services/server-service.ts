import { ok, type AppInfo, type Result, type ServerHealth } from '../../src-preload/contract.ts';
import { ApiClient } from '../api/api-client.ts';
import { bridgeResult } from '../api/public-error.ts';
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
  log: Logger;
}

/** The "Server" settings: try a server's health endpoint, and switch to it (remembered). */
export class ServerService {
  private readonly options: ServerServiceOptions;

  constructor(options: ServerServiceOptions) {
    this.options = options;
  }

  async test(url: string): Promise<Result<ServerHealth>> {
    const client = new ApiClient({ baseUrl: normaliseApiUrl(url), timeoutMs: HEALTH_TIMEOUT_MS, retry: { maxRetries: 0 } });
    return bridgeResult(await serverApi.health(client), toServerHealth);
  }

  async set(url: string | null): Promise<Result<AppInfo>> {
    const apiUrl = url === null ? null : normaliseApiUrl(url);
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
}
