import { hostname } from 'node:os';
import { join } from 'node:path';
import type { AppInfo, BackendSource } from '../../src-preload/contract.ts';
import { ApiClient } from '../api/api-client.ts';
import { serverApi } from '../api/endpoints.ts';
import type { EmitEvent } from '../events/event-sink.ts';
import type { Logger } from '../logging/logger.ts';
import { AccountService } from '../services/account-service.ts';
import { ConnectivityMonitor } from '../services/connectivity-monitor.ts';
import { MockToolsService } from '../services/mock-tools-service.ts';
import { PortalsService } from '../services/portals-service.ts';
import { ProfileService } from '../services/profile-service.ts';
import { RecoveryService } from '../services/recovery-service.ts';
import { SessionService } from '../services/session-service.ts';
import { SocialAuthService } from '../services/social/social-auth-service.ts';
import type { TokenVault } from '../vault/token-vault.ts';
import { startEmbeddedMock, type EmbeddedMock } from './embedded-mock.ts';

/** The embedded mock, or a server at a URL. */
export type BackendTarget = { mode: 'mock' } | { mode: 'url'; url: string };

export interface ConnectionDeps {
  vault: TokenVault;
  emit: EmitEvent;
  log: Logger;
  /** Opens a URL in the system browser. */
  openExternal(url: string): Promise<void>;
  /** The OS language, for the pages the app shows in the browser. */
  language: string;
  dataDir: string;
  mockAccessTokenTtlMs?: number;
  mockScenario?: string;
}

/** Everything that talks to one backend. Switching servers closes one connection and opens another. */
export interface BackendConnection {
  backend: AppInfo['backend'];
  session: SessionService;
  profile: ProfileService;
  portals: PortalsService;
  account: AccountService;
  recovery: RecoveryService;
  mockTools: MockToolsService;
  social: SocialAuthService;
  connectivity: ConnectivityMonitor;
  close(): void;
}

export function openBackendConnection(target: BackendTarget, source: BackendSource, deps: ConnectionDeps): BackendConnection {
  const { log } = deps;
  let mock: EmbeddedMock | null = null;
  let baseUrl: string;
  if (target.mode === 'mock') {
    mock = startEmbeddedMock({
      stateFile: join(deps.dataDir, 'mock-backend', 'state.json'),
      log,
      ...(deps.mockAccessTokenTtlMs ? { accessTokenTtlMs: deps.mockAccessTokenTtlMs } : {}),
      ...(deps.mockScenario ? { scenario: deps.mockScenario } : {}),
    });
    baseUrl = mock.baseUrl;
  } else {
    baseUrl = target.url;
  }

  const connectivity: ConnectivityMonitor = new ConnectivityMonitor({
    probe: async () => {
      const health = await serverApi.health(probeClient);
      return health.ok || (health.error.code !== 'network' && health.error.code !== 'timeout');
    },
    onChange: (status) => deps.emit('backend.status', status),
  });
  const api = new ApiClient({ baseUrl, log, onReachability: (reachable) => connectivity.report(reachable) });
  // Probes go around the reachability hook, or an unanswered probe would count twice.
  const probeClient = new ApiClient({ baseUrl, log, retry: { maxRetries: 0 }, timeoutMs: 5000 });
  const deviceName = `Bitrix ID Desktop on ${hostname()}`;
  const session = new SessionService({ api, vault: deps.vault, emit: deps.emit, log, deviceName });
  api.useTokens(session);
  const social = new SocialAuthService({
    api,
    session,
    browserBaseUrl: async () => (mock ? mock.browserFrontUrl() : baseUrl),
    openExternal: deps.openExternal,
    deviceName,
    language: deps.language,
    log,
  });

  return {
    backend: { mode: target.mode, url: baseUrl, source },
    session,
    profile: new ProfileService(api),
    portals: new PortalsService(api),
    account: new AccountService(api, session),
    recovery: new RecoveryService(api, session),
    mockTools: new MockToolsService(mock?.backend ?? null, session),
    social,
    connectivity,
    close() {
      connectivity.stop();
      social.cancel();
      mock?.close();
    },
  };
}
