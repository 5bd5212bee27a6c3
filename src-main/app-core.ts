import type { AppInfo, BackendSource } from '../src-preload/contract.ts';
import type { MockBackend } from '../mocks/index.ts';
import { openBackendConnection, type BackendConnection } from './backend/backend-connection.ts';
import { importEmbeddedMock } from './backend/load-embedded-mock.ts';
import type { AppAttention, WebViewHost } from './bitrix24/web-view-host.ts';
import type { BackendChoice, BackendTarget } from './config/backend-choice.ts';
import { plainDesktopHost, type DesktopHost } from './config/desktop-host.ts';
import { SettingsStore, type Settings } from './config/settings-store.ts';
import type { EmitEvent } from './events/event-sink.ts';
import { createChannelHandlers } from './ipc/handlers.ts';
import { createRouter, type IpcRouter } from './ipc/router.ts';
import { failWith } from './api/public-error.ts';
import { LinkInbox } from './links/link-inbox.ts';
import type { Logger } from './logging/logger.ts';
import type { PortalViewHost } from './portal-views/portal-view-host.ts';
import type { ApiTransport } from './api/api-transport.ts';
import { ProxyService, type ProxyHost } from './services/proxy-service.ts';
import { ServerService } from './services/server-service.ts';
import { SettingsService } from './services/settings-service.ts';
import { UpdateService, type Updater } from './updates/update-service.ts';
import type { SecretStore } from './vault/secret-store.ts';
import { TokenVault } from './vault/token-vault.ts';

export interface AppCoreOptions {
  version: string;
  /** What the command line or environment chose (`resolveBackendChoice`). */
  backend: BackendChoice;
  /** An installed build: with no backend chosen yet, it starts in Bitrix24 mode (a person who installs it wants their real Bitrix24). */
  packaged?: boolean;
  /** The OS keychain, or null when it cannot be loaded. */
  secretStore: SecretStore | null;
  keychainService: string;
  /** The app's own data folder (settings, and the embedded mock's state). */
  dataDir: string;
  emit: EmitEvent;
  log: Logger;
  /** Opens a URL in the system browser: Electron's shell, or the harness's hand-over to its tests. */
  openExternal(url: string): Promise<void>;
  /** The OS locale: the app's language until the person chooses one in Settings. */
  language: string;
  /** The tray and login items where there are some (Electron); the harness has none. */
  desktop?: DesktopHost;
  /** Shortens the embedded mock's access-token lifetime, for tests. */
  mockAccessTokenTtlMs?: number;
  /** The embedded mock's scenario at start (`BITRIX_ID_MOCK_SCENARIO`). */
  mockScenario?: string;
  /** Shows portal pages: Electron's WebContentsViews, the browser harness's frames, or a test's fake. */
  portalViewHost: PortalViewHost;
  /** Shows Bitrix24-mode pages: Electron's views, the harness's proxied frames, or a test's fake. */
  webViewHost: WebViewHost;
  /** The dock or taskbar badge, the window title, bringing the window to the front. */
  attention: AppAttention;
  /** `BITRIX_ID_MAX_LIVE_PORTALS` for this run; else the saved setting. */
  maxLivePortalViews?: number;
  /** The app's updater; null or left out when updates are off (development, no feed, the browser harness). */
  updater?: Updater | null;
  /**
   * Electron's network stack for main's API calls, and its sessions' proxy. Left out in plain Node
   * (the harness, tests), where Node's agents follow the proxy setting and `HTTPS_PROXY`/`NO_PROXY`.
   */
  network?: { transport: ApiTransport; proxyHost: ProxyHost };
}

export interface AppCore {
  router: IpcRouter;
  /** Where `bitrixid://` links from the OS go (command line, second launch, macOS open-url). */
  links: LinkInbox;
  /** The embedded mock's state when it is the backend (tester tools read it), else null. */
  readonly mockBackend: MockBackend | null;
  /** The app's own updates (the menu's "Check for updates…" asks them too). */
  updates: UpdateService;
  /** The Settings screen's choices; the Electron glue follows their changes (menu, theme, tray). */
  settings: SettingsService;
  dispose(): Promise<void>;
}

/**
 * The command line or environment wins; then the backend the person chose; else Bitrix24 mode in an
 * installed build, the embedded mock in development and tests.
 */
function initialBackend(
  choice: BackendChoice,
  saved: Settings,
  packaged: boolean,
): { target: BackendTarget; source: BackendSource } {
  if (choice.override) return { target: choice.override, source: 'override' };
  const bitrix24: BackendTarget = { mode: 'bitrix24', networkUrl: choice.networkUrl };
  // Files from before the choice was saved name only the server's address.
  const chosen = saved.backend ?? (saved.apiUrl ? 'url' : undefined);
  switch (chosen) {
    case 'bitrix24':
      return { target: bitrix24, source: 'settings' };
    case 'url':
      if (saved.apiUrl) return { target: { mode: 'url', url: saved.apiUrl }, source: 'settings' };
      return { target: { mode: 'mock' }, source: 'default' };
    case 'mock':
      return { target: { mode: 'mock' }, source: 'default' };
    case undefined:
      return packaged ? { target: bitrix24, source: 'default' } : { target: { mode: 'mock' }, source: 'default' };
  }
}

/**
 * Wires services to the router. Electron's main entry and the browser harness both call this, so
 * everything behind the bridge behaves the same in both.
 */
export async function createAppCore(options: AppCoreOptions): Promise<AppCore> {
  const { log, emit } = options;
  const settings = new SettingsStore(options.dataDir);
  const saved = settings.read();
  const desktopSettings = new SettingsService({
    store: settings,
    desktop: options.desktop ?? plainDesktopHost,
    osLocale: options.language,
    maxLivePortalViewsOverride: options.maxLivePortalViews,
    log,
  });
  const proxy = new ProxyService({
    store: settings,
    secrets: options.secretStore,
    keychainService: options.keychainService,
    host: options.network?.proxyHost,
    transport: options.network?.transport,
    log,
  });
  // Before the first call leaves: the saved proxy, applied.
  await proxy.load();
  const deps = {
    transport: proxy.transport,
    vault: new TokenVault(options.secretStore, options.keychainService, log),
    emit,
    log,
    openExternal: options.openExternal,
    language: () => desktopSettings.current().resolvedLanguage,
    dataDir: options.dataDir,
    portalViewHost: options.portalViewHost,
    webViewHost: options.webViewHost,
    attention: options.attention,
    maxLivePortalViews: desktopSettings.current().maxLivePortalViews,
    mockAccessTokenTtlMs: options.mockAccessTokenTtlMs,
    mockScenario: options.mockScenario,
  };
  const initial = initialBackend(options.backend, saved, options.packaged ?? false);
  let connection: BackendConnection = await openBackendConnection(initial.target, initial.source, deps);

  // Links act on the connection in use when they arrive; a server switch replaces it.
  // Links confirm and recover through the Bitrix ID API; Bitrix24 mode has none to answer them.
  const links = new LinkInbox({
    isSignedIn: () => connection.kind === 'api' && connection.session.state().status === 'signed_in',
    profile: async () => (connection.kind === 'api' ? connection.profile.get() : failWith('unsupported')),
    confirmLogin: async (token) => (connection.kind === 'api' ? connection.account.confirmLoginChange(token) : failWith('unsupported')),
    completeRecovery: async (request) => (connection.kind === 'api' ? connection.recovery.complete(request) : failWith('unsupported')),
    announce: (link) => emit('link.opened', link),
    log,
  });
  // A confirmation link waiting for a sign-in goes ahead when someone signs in, on whichever server.
  const followSignIns = (opened: BackendConnection) =>
    opened.onPersonChanged((person) => {
      if (person) links.signedIn();
    });
  let stopFollowing = followSignIns(connection);

  desktopSettings.onChanged.subscribe((changed) => {
    // The cap applies at once to the open connection's views, and to any connection opened later.
    if (changed.maxLivePortalViews !== deps.maxLivePortalViews) {
      deps.maxLivePortalViews = changed.maxLivePortalViews;
      connection.setMaxLiveViews(changed.maxLivePortalViews);
    }
    emit('settings.changed', changed);
  });

  const appInfo = (): AppInfo => ({
    version: options.version,
    backend: connection.backend,
    mockTools: connection.kind === 'api' && connection.mockTools.available,
  });

  // Sign out of the old server (revoke, forget its token) before a single call goes to the new one.
  const switchTo = async (target: BackendTarget): Promise<AppInfo> => {
    // The mock's code loads before the old connection closes, so no call falls between the two.
    if (target.mode === 'mock') await importEmbeddedMock();
    // A Bitrix24 profile has no token to revoke: its cookies stay in its partition for the next visit.
    if (connection.kind === 'api') await connection.session.signOut();
    stopFollowing();
    connection.close();
    connection = await openBackendConnection(target, target.mode === 'mock' ? 'default' : 'settings', deps);
    stopFollowing = followSignIns(connection);
    emit('app.changed', appInfo());
    emit('backend.status', connection.connectivity.status);
    return appInfo();
  };

  const updates = new UpdateService({ updater: options.updater ?? null, emit, log });
  updates.start();

  const router = createRouter(
    createChannelHandlers({
      appInfo,
      connection: () => connection,
      server: new ServerService({ settings, switchTo, networkUrl: options.backend.networkUrl, transport: proxy.transport, log }),
      proxy,
      links,
      updates,
      settings: desktopSettings,
    }),
    log,
  );
  return {
    router,
    links,
    get mockBackend() {
      return connection.kind === 'api' ? connection.mockTools.backend : null;
    },
    updates,
    settings: desktopSettings,
    async dispose() {
      updates.stop();
      connection.close();
    },
  };
}
