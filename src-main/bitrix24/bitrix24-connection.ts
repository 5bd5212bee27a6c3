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
import { failWith } from '../api/public-error.ts';
import type { EmitEvent } from '../events/event-sink.ts';
import type { Logger } from '../logging/logger.ts';
import type { Person } from '../person/person.ts';
import type { AppAttention, WebViewHost } from './web-view-host.ts';

export interface Bitrix24ConnectionDeps {
  dataDir: string;
  emit: EmitEvent;
  log: Logger;
  webViewHost: WebViewHost;
  attention: AppAttention;
  /** Opens a URL in the system browser (through the one gate for it). */
  openExternal(url: string): Promise<void>;
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
  close(): void;
}

const unsupported = <T>(): Promise<Result<T>> => Promise.resolve(failWith('unsupported'));

/** Opens Bitrix24 mode on the Network at `networkUrl`. */
export function openBitrix24Connection(networkUrl: string, source: BackendSource, deps: Bitrix24ConnectionDeps): Bitrix24Connection {
  void deps;
  return {
    kind: 'bitrix24',
    backend: { mode: 'bitrix24', url: networkUrl, source },
    session: { get: unsupported },
    onPersonChanged: () => () => {},
    portals: {
      list: unsupported,
      reload: unsupported,
      linkedNotice: unsupported,
      setHidden: unsupported,
      add: unsupported,
      remove: unsupported,
      importAddresses: unsupported,
      exportAddresses: unsupported,
      unread: unsupported,
    },
    portalSwitch: { open: unsupported, layout: unsupported, signOut: unsupported },
    network: { open: unsupported },
    profiles: { list: unsupported, add: unsupported, rename: unsupported, remove: unsupported, switchTo: unsupported, signOut: unsupported },
    connectivity: { status: { reachable: true } },
    close() {},
  };
}
