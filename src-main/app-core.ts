import { hostname } from 'node:os';
import { join } from 'node:path';
import type { AppInfo } from '../src-preload/contract.ts';
import type { MockBackend } from '../mocks/index.ts';
import { ApiClient } from './api/api-client.ts';
import { startEmbeddedMock, type EmbeddedMock } from './backend/embedded-mock.ts';
import type { BackendChoice } from './config/backend-choice.ts';
import type { EmitEvent } from './events/event-sink.ts';
import { createHandlers } from './ipc/handlers.ts';
import { createRouter, type IpcRouter } from './ipc/router.ts';
import type { Logger } from './logging/logger.ts';
import { AccountService } from './services/account-service.ts';
import { MockToolsService } from './services/mock-tools-service.ts';
import { PortalsService } from './services/portals-service.ts';
import { ProfileService } from './services/profile-service.ts';
import { RecoveryService } from './services/recovery-service.ts';
import { SessionService } from './services/session-service.ts';
import type { SecretStore } from './vault/secret-store.ts';
import { TokenVault } from './vault/token-vault.ts';

export interface AppCoreOptions {
  version: string;
  backend: BackendChoice;
  /** The OS keychain, or null when it cannot be loaded. */
  secretStore: SecretStore | null;
  keychainService: string;
  /** The app's own data folder (the embedded mock keeps its state here). */
  dataDir: string;
  emit: EmitEvent;
  log: Logger;
  /** Shortens the embedded mock's access-token lifetime, for tests. */
  mockAccessTokenTtlMs?: number;
}

export interface AppCore {
  router: IpcRouter;
  /** The embedded mock's state when it is the backend (tester tools read it), else null. */
  mockBackend: MockBackend | null;
  dispose(): Promise<void>;
}

/**
 * Wires services to the router. Electron's main entry and the browser harness both call this, so
 * everything behind the bridge behaves the same in both.
 */
export async function createAppCore(options: AppCoreOptions): Promise<AppCore> {
  const { log } = options;
  let mock: EmbeddedMock | null = null;
  let baseUrl: string;
  if (options.backend.mode === 'mock') {
    mock = startEmbeddedMock({
      stateFile: join(options.dataDir, 'mock-backend', 'state.json'),
      log,
      ...(options.mockAccessTokenTtlMs ? { accessTokenTtlMs: options.mockAccessTokenTtlMs } : {}),
    });
    baseUrl = mock.baseUrl;
  } else {
    baseUrl = options.backend.url;
  }
  const mockTools = new MockToolsService(mock?.backend ?? null);
  const appInfo: AppInfo = {
    version: options.version,
    backend: { mode: options.backend.mode, url: baseUrl },
    mockTools: mockTools.available,
  };

  const api = new ApiClient({ baseUrl, log });
  const vault = new TokenVault(options.secretStore, options.keychainService, log);
  const session = new SessionService({
    api,
    vault,
    emit: options.emit,
    log,
    deviceName: `Bitrix ID Desktop on ${hostname()}`,
  });
  api.useTokens(session);
  const router = createRouter(
    createHandlers({
      appInfo,
      session,
      profile: new ProfileService(api),
      portals: new PortalsService(api),
      account: new AccountService(api, session),
      recovery: new RecoveryService(api, session),
      mockTools,
    }),
    log,
  );
  return {
    router,
    mockBackend: mock?.backend ?? null,
    async dispose() {
      mock?.close();
    },
  };
}
