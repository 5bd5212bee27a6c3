import type {
  AppInfo,
  BackendSource,
  BackendStatus,
  ContentBounds,
  NetworkPage,
  Portal,
  PortalExport,
  PortalImportReport,
  PortalPrefs,
  PortalsSnapshot,
  PortalView,
  PortalViewsState,
  Result,
  SessionState,
  UnreadCounts,
  LinkedPortalsNotice,
  WebProfiles,
} from '../../src-preload/contract.ts';
import { ok } from '../../src-preload/contract.ts';
import { failWith } from '../api/public-error.ts';
import type { EmitEvent } from '../events/event-sink.ts';
import { Signal } from '../events/signal.ts';
import type { Logger } from '../logging/logger.ts';
import type { Person } from '../person/person.ts';
import { ProfileScope } from './profile-scope.ts';
import { activeProfile, type Profile } from './profiles.ts';
import { ProfilesFile } from './profiles-file.ts';
import { ProfilesService, toWebProfiles } from './profiles-service.ts';
import { isLoopbackHost } from './web-address.ts';
import { WebPortalList } from './web-portal-list.ts';
import type { AppAttention, WebViewHost } from './web-view-host.ts';

export interface Bitrix24ConnectionDeps {
  dataDir: string;
  emit: EmitEvent;
  log: Logger;
  webViewHost: WebViewHost;
  attention: AppAttention;
  maxLivePortalViews: number;
}

/**
 * Bitrix24 (web) mode: no Bitrix ID API and no token. The "person" is the profile shown: its
 * partition holds the Network's and the portals' cookies, its list the portals added here.
 */
export interface Bitrix24Connection {
  kind: 'bitrix24';
  backend: AppInfo['backend'];
  /** The profile shown, as the signed-in person (`user.id` is the profile's id, `user.name` its name). */
  session: { get(): Promise<Result<SessionState>> };
  /** Fires with the profile shown (at once on open, then on every switch), as a person. */
  onPersonChanged(listener: (person: Person | null) => void): () => void;
  portals: {
    list(): Promise<Result<PortalsSnapshot>>;
    reload(): Promise<Result<PortalsSnapshot>>;
    linkedNotice(): Promise<Result<LinkedPortalsNotice>>;
    setHidden(portalId: string, hidden: boolean): Promise<Result<PortalPrefs>>;
    add(address: string): Promise<Result<Portal>>;
    remove(portalId: string): Promise<Result<PortalsSnapshot>>;
    importAddresses(text: string): Promise<Result<PortalImportReport>>;
    exportAddresses(): Promise<Result<PortalExport>>;
    unread(): Promise<Result<UnreadCounts>>;
  };
  portalSwitch: {
    open(portalId: string): Promise<Result<PortalView>>;
    layout(bounds: ContentBounds | null): Promise<Result<{ shown: boolean }>>;
    signOut(portalId: string): Promise<Result<PortalViewsState>>;
  };
  network: { open(page: NetworkPage): Promise<Result<PortalView>> };
  profiles: {
    list(): Promise<Result<WebProfiles>>;
    add(name: string | undefined): Promise<Result<WebProfiles>>;
    rename(id: string, name: string): Promise<Result<WebProfiles>>;
    remove(id: string): Promise<Result<WebProfiles>>;
    switchTo(id: string): Promise<Result<WebProfiles>>;
    signOut(): Promise<Result<WebProfiles>>;
  };
  connectivity: { readonly status: BackendStatus };
  /** A new cap on live views (the Settings screen): the profile shown follows it now, the next one from the start. */
  setMaxLiveViews(maxLiveViews: number): void;
  close(): void;
}

/** The profile shown as the signed-in person: the Network's cookies are Electron's to encrypt, with a key in the keychain. */
export const profileSession = (profile: Profile): SessionState => ({
  status: 'signed_in',
  user: { id: profile.id, name: profile.name, lastName: '', email: null, phone: null },
  persistence: 'keychain',
});

/** Opens Bitrix24 mode on the Network at `networkUrl`: the profiles, and a scope for the one shown. */
export function openBitrix24Connection(networkUrl: string, source: BackendSource, deps: Bitrix24ConnectionDeps): Bitrix24Connection {
  const { emit, log } = deps;
  // Tests and the emulated Network run on loopback over http; the real Network never does.
  const allowLoopback = isLoopbackHost(new URL(networkUrl).hostname);
  const personOf = (profile: Profile): Person => ({ serverUrl: networkUrl, userId: profile.id });
  const personChanged = new Signal<Person | null>();
  let lastLoadId = 0;
  let maxLiveViews = deps.maxLivePortalViews;
  /** The window's content area outlives any one profile: a new profile's views go there too. */
  let bounds: ContentBounds | null = null;

  const openScope = (profile: Profile): ProfileScope => {
    const opened = new ProfileScope(profile, {
      dataDir: deps.dataDir,
      networkUrl,
      allowLoopback,
      host: deps.webViewHost,
      attention: deps.attention,
      maxLiveViews,
      emit,
      log,
      nextLoadId: () => ++lastLoadId,
    });
    if (bounds) opened.portalSwitch.layout(bounds).catch(() => undefined);
    return opened;
  };

  const profilesFile = new ProfilesFile(deps.dataDir);
  const loaded = profilesFile.load();
  if (loaded.damagedFileKeptAs !== undefined) {
    log.warn('A damaged profiles file was set aside; a first profile replaces it', { keptAside: loaded.damagedFileKeptAs !== null });
  }
  let scope: ProfileScope | null = openScope(activeProfile(loaded.state));

  const profiles = new ProfilesService({
    file: profilesFile,
    initial: loaded.state,
    host: deps.webViewHost,
    closeViews: (profileId) => {
      if (scope?.profile.id === profileId) scope.closeViews();
    },
    deleteFiles: (profileId) => WebPortalList.deleteFiles(deps.dataDir, profileId),
    changed: (state, previous) => {
      emit('profiles.changed', toWebProfiles(state));
      const shown = activeProfile(state);
      if (state.activeId !== previous.activeId) {
        scope?.dispose();
        scope = openScope(shown);
        personChanged.fire(personOf(shown));
      }
      if (state.activeId !== previous.activeId || shown.name !== activeProfile(previous).name) emit('session.changed', profileSession(shown));
    },
    log,
  });

  // The scope is null only once the connection has closed.
  const closed = <T>(): Promise<Result<T>> => Promise.resolve(failWith('unsupported'));

  return {
    kind: 'bitrix24',
    backend: { mode: 'bitrix24', url: networkUrl, source },
    session: { get: async () => ok(profileSession(profiles.active)) },
    onPersonChanged(listener) {
      const unsubscribe = personChanged.subscribe(listener);
      // Whoever listens hears of the profile shown now, as an API session's listeners hear of a restored person.
      if (scope) listener(personOf(scope.profile));
      return unsubscribe;
    },
    portals: {
      list: () => (scope ? scope.portals.list() : closed()),
      reload: () => (scope ? scope.portals.reload() : closed()),
      linkedNotice: () => (scope ? scope.portals.linkedNotice() : closed()),
      setHidden: (portalId, hidden) => (scope ? scope.portals.setHidden(portalId, hidden) : closed()),
      add: (address) => (scope ? scope.portals.add(address) : closed()),
      remove: (portalId) => (scope ? scope.portals.remove(portalId) : closed()),
      importAddresses: (text) => (scope ? scope.portals.importAddresses(text) : closed()),
      exportAddresses: () => (scope ? scope.portals.exportAddresses() : closed()),
      unread: () => (scope ? scope.portals.unread() : closed()),
    },
    portalSwitch: {
      open: (portalId) => (scope ? scope.portalSwitch.open(portalId) : closed()),
      layout: async (next) => {
        bounds = next;
        return scope ? scope.portalSwitch.layout(next) : ok({ shown: false });
      },
      signOut: (portalId) => (scope ? scope.portalSwitch.signOut(portalId) : closed()),
    },
    network: { open: async (page) => (scope ? ok(scope.openNetwork(page)) : closed()) },
    profiles: {
      list: () => profiles.list(),
      add: (name) => profiles.add(name),
      rename: (id, name) => profiles.rename(id, name),
      remove: (id) => profiles.remove(id),
      switchTo: (id) => profiles.switchTo(id),
      signOut: () => profiles.signOut(),
    },
    // The pages show their own offline errors; there is no API to probe.
    connectivity: { status: { reachable: true } },
    setMaxLiveViews(next) {
      maxLiveViews = next;
      scope?.setMaxLiveViews(next);
    },
    close() {
      scope?.dispose();
      scope = null;
    },
  };
}
