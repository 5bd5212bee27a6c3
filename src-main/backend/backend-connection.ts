import { hostname } from 'node:os';
import { join } from 'node:path';
import type { AppInfo, BackendSource } from '../../src-preload/contract.ts';
import { ApiClient } from '../api/api-client.ts';
import { directTransport, type ApiTransport } from '../api/api-transport.ts';
import { isUnreachable } from '../api/api-errors.ts';
import { serverApi } from '../api/server-api.ts';
import { openBitrix24Connection, type Bitrix24Connection } from '../bitrix24/bitrix24-connection.ts';
import type { AppAttention, WebViewHost } from '../bitrix24/web-view-host.ts';
import type { BackendTarget } from '../config/backend-choice.ts';
import type { EmitEvent } from '../events/event-sink.ts';
import type { Logger } from '../logging/logger.ts';
import { SettingsLastLogins } from '../config/last-logins.ts';
import { SettingsStore } from '../config/settings-store.ts';
import { AccountService } from '../services/account-service.ts';
import { AppPasswordsService } from '../services/app-passwords-service.ts';
import { ProofHolder } from '../services/proof-holder.ts';
import { ProofService } from '../services/proof-service.ts';
import { ConnectivityMonitor } from '../services/connectivity-monitor.ts';
import { MockToolsService } from '../services/mock-tools-service.ts';
import type { PersonScope } from '../person/person-scope.ts';
import { PersonScopes } from '../person/person-scopes.ts';
import type { PortalViewHost } from '../portal-views/portal-view-host.ts';
import { PortalCreationService } from '../services/portals/portal-creation-service.ts';
import { ProfileService } from '../services/profile-service.ts';
import { QrSignInService } from '../services/qr-sign-in-service.ts';
import { RecoveryService } from '../services/recovery-service.ts';
import { SessionService } from '../services/session-service.ts';
import { SocialAuthService } from '../services/social/social-auth-service.ts';
import { TwoFactorService } from '../services/two-factor-service.ts';
import type { TokenVault } from '../vault/token-vault.ts';
import type { EmbeddedMock } from './embedded-mock.ts';
import { loadEmbeddedMock } from './load-embedded-mock.ts';
import { isLoopbackHostname } from '../security/urls.ts';

/** What a connection to a backend that speaks the API needs. */
export interface ApiConnectionDeps {
  vault: TokenVault;
  /** How calls to a server at a URL leave (Electron's network stack, or Node's agents with the proxy); the embedded mock's never leave. */
  transport: ApiTransport;
  emit: EmitEvent;
  log: Logger;
  /** Opens a URL in the system browser. */
  openExternal(url: string): Promise<void>;
  /** The language in effect now (Settings, else the OS's), for the pages the app shows in the browser. */
  language(): string;
  dataDir: string;
  mockAccessTokenTtlMs?: number;
  mockScenario?: string;
  /** Shows portal pages: Electron's views, or the browser harness's frames. */
  portalViewHost: PortalViewHost;
  maxLivePortalViews: number;
}

/** What any connection may need: Bitrix24 mode adds its views and the window's attention. */
export interface ConnectionDeps extends ApiConnectionDeps {
  /** Shows Bitrix24-mode pages: Electron's views, or the harness's proxied frames. */
  webViewHost: WebViewHost;
  /** The dock or taskbar badge, the window title, bringing the window to the front. */
  attention: AppAttention;
}

/**
 * Everything that talks to a backend that speaks the Bitrix ID API (the embedded mock, or a server
 * at a URL). What belongs to the signed-in person lives in their scope, which the session's person
 * signal opens and disposes; `portals` and `portalSwitch` answer from it.
 */
export interface ApiConnection {
  kind: 'api';
  backend: AppInfo['backend'];
  onPersonChanged: SessionService['onPersonChanged'];
  session: SessionService;
  profile: ProfileService;
  portals: PersonScopes['portals'];
  portalSwitch: PersonScopes['portalSwitch'];
  portalCreation: PortalCreationService;
  /** The signed-in person's scope, or null when nobody is signed in. */
  personScope(): PersonScope | null;
  account: AccountService;
  appPasswords: AppPasswordsService;
  proofs: ProofService;
  recovery: RecoveryService;
  mockTools: MockToolsService;
  social: SocialAuthService;
  twoFactor: TwoFactorService;
  qrSignIn: QrSignInService;
  connectivity: ConnectivityMonitor;
  /** A new cap on live views (the Settings screen): the person's views follow it now. */
  setMaxLiveViews(maxLiveViews: number): void;
  close(): void;
}

/** One backend in use. Switching servers closes one connection and opens another. */
export type BackendConnection = ApiConnection | Bitrix24Connection;

/** Async only to load the embedded mock (a dynamic import) when it is the backend. */
export async function openBackendConnection(target: BackendTarget, source: BackendSource, deps: ConnectionDeps): Promise<BackendConnection> {
  switch (target.mode) {
    case 'mock':
    case 'url':
      return openApiConnection(target, source, deps);
    case 'bitrix24':
      return openBitrix24Connection(target.networkUrl, source, {
        dataDir: deps.dataDir,
        emit: deps.emit,
        log: deps.log,
        webViewHost: deps.webViewHost,
        attention: deps.attention,
        maxLivePortalViews: deps.maxLivePortalViews,
      });
  }
}

/** The server's origin when it is plain http on this machine: a local mock server, which plays every portal. */
function localServerOrigin(baseUrl: string): string | null {
  const url = new URL(baseUrl);
  return url.protocol === 'http:' && isLoopbackHostname(url.hostname) ? url.origin : null;
}

export async function openApiConnection(
  target: Extract<BackendTarget, { mode: 'mock' | 'url' }>,
  source: BackendSource,
  deps: ApiConnectionDeps,
): Promise<ApiConnection> {
  const { log } = deps;
  let mock: EmbeddedMock | null = null;
  let baseUrl: string;
  let transport = deps.transport;
  if (target.mode === 'mock') {
    // msw answers in this process: no proxy, no network stack.
    transport = directTransport;
    mock = await loadEmbeddedMock({
      stateFile: join(deps.dataDir, 'mock-backend', 'state.json'),
      log,
      accessTokenTtlMs: deps.mockAccessTokenTtlMs,
      scenario: deps.mockScenario,
    });
    baseUrl = mock.baseUrl;
  } else {
    baseUrl = target.url;
  }

  // Probes go around the reachability hook, or an unanswered probe would count twice.
  const probeClient = new ApiClient({ baseUrl, log, transport, retry: { maxRetries: 0 }, timeoutMs: 5000 });
  const connectivity = new ConnectivityMonitor({
    probe: async () => {
      const health = await serverApi.health(probeClient);
      return health.ok || !isUnreachable(health.error);
    },
    onChange: (status) => deps.emit('backend.status', status),
  });
  const api = new ApiClient({ baseUrl, log, transport, onReachability: (reachable) => connectivity.report(reachable) });
  const deviceName = `Bitrix ID Desktop on ${hostname()}`;
  const lastLogins = new SettingsLastLogins(new SettingsStore(deps.dataDir));
  const session = new SessionService({ api, vault: deps.vault, emit: deps.emit, log, deviceName, lastLogins });
  api.useTokens(session);
  const scopes = new PersonScopes({
    api,
    dataDir: deps.dataDir,
    host: deps.portalViewHost,
    maxLiveViews: deps.maxLivePortalViews,
    mockPages: mock ? mock.portalPages : null,
    localServer: mock ? null : localServerOrigin(baseUrl),
    emit: deps.emit,
    log,
  });
  session.onPersonChanged((person) => scopes.follow(person));
  const twoFactor = new TwoFactorService(api);
  session.onPersonChanged(() => twoFactor.forget());
  const social = new SocialAuthService({
    api,
    session,
    openBrowserPages: async () => (mock ? mock.openBrowserFront() : { url: baseUrl, close: async () => {} }),
    openExternal: deps.openExternal,
    deviceName,
    language: deps.language,
    log,
  });
  const qrSignIn = new QrSignInService({ api, session, deviceName });
  // A proof belongs to the person who earned it: it goes when they do.
  const proofHolder = new ProofHolder();
  session.onPersonChanged(() => proofHolder.forget());

  return {
    kind: 'api',
    backend: { mode: target.mode, url: baseUrl, source },
    onPersonChanged: (listener) => session.onPersonChanged(listener),
    session,
    profile: new ProfileService(api),
    portals: scopes.portals,
    portalSwitch: scopes.portalSwitch,
    portalCreation: new PortalCreationService({ api, list: () => scopes.current?.portals ?? null }),
    personScope: () => scopes.current,
    account: new AccountService(api, session, proofHolder),
    appPasswords: new AppPasswordsService(api),
    proofs: new ProofService({ api, holder: proofHolder, reauth: (provider, redeem) => social.reauth(provider, redeem) }),
    recovery: new RecoveryService(api, session),
    mockTools: new MockToolsService(mock, session),
    social,
    twoFactor,
    qrSignIn,
    connectivity,
    setMaxLiveViews: (maxLiveViews) => scopes.setMaxLiveViews(maxLiveViews),
    close() {
      scopes.close();
      connectivity.stop();
      social.cancel();
      qrSignIn.cancel();
      mock?.close();
    },
  };
}
