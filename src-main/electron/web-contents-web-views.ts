import {
  session as sessions,
  WebContentsView,
  type BrowserWindow,
  type BrowserWindowConstructorOptions,
  type Event as ElectronEvent,
  type Session,
  type WebContents,
  type WebContentsWillNavigateEventParams,
} from 'electron';
import { decideNavigation, type NavigationDecision } from '../bitrix24/view-navigation.ts';
import type { WebViewHost, WebViewSpec } from '../bitrix24/web-view-host.ts';
import type { EmitEvent } from '../events/event-sink.ts';
import type { Logger } from '../logging/logger.ts';
import { externalOpenGate, type ExternalOpenGate } from './external-open-gate.ts';
import { forwardAppShortcuts } from './forward-app-shortcuts.ts';
import { REMOTE_PAGE_PREFERENCES } from './remote-page-preferences.ts';

export interface WebContentsWebViewsOptions {
  window(): BrowserWindow | null;
  emit: EmitEvent;
  log: Logger;
}

/** One Bitrix24-mode view and the in-app pop-ups its pages opened (a social sign-in's, say). */
interface LiveView {
  spec: WebViewSpec;
  view: WebContentsView;
  popups: Set<BrowserWindow>;
}

/** What "Sign out of this portal" deletes for the portal's origin: everything a page can store. */
const ORIGIN_STORAGES = ['cookies', 'filesystem', 'indexdb', 'localstorage', 'serviceworkers', 'cachestorage'] as const;


function originOf(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * Bitrix24 (web) mode's pages as WebContentsViews over the main window's content area, each in its
 * profile's persistent partition, sandboxed, with no preload and no Node. Every navigation, redirect
 * and pop-up is judged by `decideNavigation` (src-main/bitrix24/view-navigation.ts); a pop-up it keeps
 * opens as a child window of the app's window, in the opener's partition, under the same rules.
 */
export function createWebContentsWebViews(options: WebContentsWebViewsOptions): WebViewHost {
  const views = new Map<string, LiveView>();
  /** A view's own web contents (not its pop-ups'): what a permission request is checked against. */
  const viewOfContents = new Map<WebContents, LiveView>();
  const lockedDown = new WeakSet<Session>();

  /** Notifications only, only for a portal view's own top page on the portal's own origin; nothing else. */
  const permitted = (contents: WebContents | null, permission: string, requestingUrl: string | undefined) => {
    if (permission !== 'notifications' || contents === null) return false;
    const live = viewOfContents.get(contents);
    if (live?.spec.kind !== 'portal') return false;
    const viewOrigin = originOf(live.spec.rules.viewOrigin);
    return viewOrigin !== null && originOf(requestingUrl) === viewOrigin;
  };

  // A partition holds every view of one profile: its handlers are installed once and find the view by its contents.
  const lockDown = (partitionSession: Session) => {
    if (lockedDown.has(partitionSession)) return;
    lockedDown.add(partitionSession);
    partitionSession.setPermissionRequestHandler((contents, permission, callback, details) =>
      callback(permitted(contents, permission, details.requestingUrl)),
    );
    partitionSession.setPermissionCheckHandler((contents, permission, requestingOrigin) => permitted(contents, permission, requestingOrigin));
    partitionSession.setDevicePermissionHandler(() => false);
  };

  const decide = (live: LiveView, contents: WebContents, target: string, isPopup: boolean): NavigationDecision => {
    const { kind, rules } = live.spec;
    const fromUrl = contents.getURL();
    return decideNavigation({
      view: kind,
      viewOrigin: rules.viewOrigin,
      networkOrigin: rules.networkUrl,
      target,
      isPopup,
      ...(fromUrl === '' ? {} : { fromUrl }),
      knownPortalOrigins: rules.knownPortalOrigins(),
      allowLoopback: rules.allowLoopback,
    });
  };

  /** What a refused navigation or pop-up turns into instead: a portal opened by the app, the browser, or nothing. */
  const redirectElsewhere = (live: LiveView, decision: NavigationDecision, url: string, externalOpens: ExternalOpenGate) => {
    switch (decision) {
      case 'open-portal':
        live.spec.events.openPortal(url);
        return;
      case 'system-browser':
        externalOpens.offer(url);
        return;
      case 'refuse':
      case 'stay':
      case 'popup-in-app':
        return;
    }
  };

  const popupOptions = (partition: string): BrowserWindowConstructorOptions => {
    const parent = options.window();
    return {
      ...(parent ? { parent } : {}),
      autoHideMenuBar: true,
      // Chromium opens a pop-up in its opener's session whatever is asked; the partition is named so that is stated.
      webPreferences: { ...REMOTE_PAGE_PREFERENCES, partition },
    };
  };

  /** The view's rules on one web contents: the view's own, or one of its pop-ups' (judged as the view). */
  const followRules = (live: LiveView, contents: WebContents) => {
    const externalOpens = externalOpenGate(contents);
    const onNavigation = (event: ElectronEvent<WebContentsWillNavigateEventParams>) => {
      // Frames inside the page load what the page embeds, under its own CSP; only the page itself moves.
      if (!event.isMainFrame) return;
      const decision = decide(live, contents, event.url, false);
      if (decision === 'stay') return;
      event.preventDefault();
      redirectElsewhere(live, decision, event.url, externalOpens);
    };
    contents.on('will-navigate', onNavigation);
    contents.on('will-redirect', onNavigation);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const decision = decide(live, contents, url, true);
      if (decision === 'popup-in-app') return { action: 'allow', overrideBrowserWindowOptions: popupOptions(live.spec.partition) };
      redirectElsewhere(live, decision, url, externalOpens);
      return { action: 'deny' };
    });
    contents.on('did-create-window', (popup) => adoptPopup(live, popup));
  };

  const adoptPopup = (live: LiveView, popup: BrowserWindow) => {
    live.popups.add(popup);
    popup.on('closed', () => live.popups.delete(popup));
    followRules(live, popup.webContents);
  };

  const load = (live: LiveView, url: string) => {
    // Never log the error itself: its message carries the URL.
    live.view.webContents.loadURL(url).catch((error: unknown) => {
      const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
      if (code !== 'ERR_ABORTED') options.log.warn('A Bitrix24 page did not load', { kind: live.spec.kind, code });
    });
  };

  const destroy = (viewId: string) => {
    const live = views.get(viewId);
    if (!live) return;
    views.delete(viewId);
    viewOfContents.delete(live.view.webContents);
    for (const popup of live.popups) if (!popup.isDestroyed()) popup.destroy();
    live.popups.clear();
    options.window()?.contentView.removeChildView(live.view);
    live.view.webContents.close();
  };

  return {
    create(spec) {
      const window = options.window();
      if (!window) throw new Error('There is no window to show the page in.');
      destroy(spec.viewId);
      const partitionSession = sessions.fromPartition(spec.partition);
      lockDown(partitionSession);
      const view = new WebContentsView({ webPreferences: { ...REMOTE_PAGE_PREFERENCES, session: partitionSession } });
      const live: LiveView = { spec, view, popups: new Set() };
      const contents = view.webContents;
      followRules(live, contents);
      forwardAppShortcuts(contents, options.emit);
      contents.on('page-title-updated', (_event, title) => spec.events.titleChanged(title, contents.getURL()));
      view.setVisible(false);
      window.contentView.addChildView(view);
      views.set(spec.viewId, live);
      viewOfContents.set(contents, live);
      load(live, spec.url);
      return { frameUrl: null };
    },
    load(viewId, url) {
      const live = views.get(viewId);
      if (live) load(live, url);
      return { frameUrl: null };
    },
    destroy,
    async clearOrigin(partition, origin) {
      await sessions.fromPartition(partition).clearStorageData({ origin, storages: [...ORIGIN_STORAGES] });
    },
    async clearPartition(partition) {
      const partitionSession = sessions.fromPartition(partition);
      await partitionSession.clearStorageData();
      await partitionSession.clearCache();
    },
    show(viewId, bounds) {
      for (const [id, live] of views) {
        if (id === viewId) {
          live.view.setBounds({
            x: Math.round(bounds.x),
            y: Math.round(bounds.y),
            width: Math.round(bounds.width),
            height: Math.round(bounds.height),
          });
        }
        live.view.setVisible(id === viewId);
      }
    },
    hideAll() {
      for (const live of views.values()) live.view.setVisible(false);
    },
  };
}
