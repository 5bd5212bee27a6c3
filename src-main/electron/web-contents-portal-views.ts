import { session as sessions, WebContentsView, type BrowserWindow, type Session, type WebContents } from 'electron';
import type { EmitEvent } from '../events/event-sink.ts';
import type { Logger } from '../logging/logger.ts';
import { MockPageMemory } from '../portal-views/mock-page-memory.ts';
import type { MockPortalPages, PortalViewHost } from '../portal-views/portal-view-host.ts';
import { MOCK_PORTAL_PAGE_CSP } from '../security/content-security-policy.ts';
import { hasOrigin } from '../security/urls.ts';
import { externalOpenGate } from './external-open-gate.ts';
import { forwardAppShortcuts } from './forward-app-shortcuts.ts';
import { REMOTE_PAGE_PREFERENCES } from './remote-page-preferences.ts';

export interface WebContentsPortalViewsOptions {
  window(): BrowserWindow | null;
  emit: EmitEvent;
  log: Logger;
}

/**
 * Portal pages as WebContentsViews over the main window's content area: each in its own persistent
 * partition, sandboxed, with no preload and no Node, kept on the portal's own origin.
 */
export function createWebContentsPortalViews(options: WebContentsPortalViewsOptions): PortalViewHost {
  const views = new Map<string, WebContentsView>();
  const lockedDown = new WeakSet<Session>();

  // No permission (camera for a video call, say) is granted to portal content yet.
  const lockDown = (partitionSession: Session) => {
    if (lockedDown.has(partitionSession)) return;
    lockedDown.add(partitionSession);
    partitionSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    partitionSession.setPermissionCheckHandler(() => false);
    partitionSession.setDevicePermissionHandler(() => false);
  };

  // A partition is the embedded mock's for good (its name hashes the mock's address), but the mock
  // behind it is new with each connection: intercept once, answer from the latest.
  const mockPagesOf = new WeakMap<Session, MockPageMemory>();
  const serveMockPages = (partitionSession: Session, mockPages: MockPortalPages | null) => {
    if (!mockPages) return;
    const served = mockPagesOf.get(partitionSession);
    if (served) {
      served.use(mockPages);
      return;
    }
    const memory = new MockPageMemory(mockPages);
    mockPagesOf.set(partitionSession, memory);
    partitionSession.protocol.handle('https', (request) => {
      const page = memory.page(request.url);
      return new Response(page.html, {
        status: page.status,
        headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': MOCK_PORTAL_PAGE_CSP },
      });
    });
  };

  // Off-origin links go to the system browser only as the external-open policy allows (one per click).
  const keepOnOrigin = (contents: WebContents, origin: string) => {
    const externalOpens = externalOpenGate(contents);
    contents.on('will-navigate', (event, url) => {
      if (hasOrigin(url, origin)) return;
      event.preventDefault();
      externalOpens.offer(url);
    });
    contents.on('will-redirect', (event, url) => {
      if (!hasOrigin(url, origin)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (hasOrigin(url, origin)) void contents.loadURL(url);
      else externalOpens.offer(url);
      return { action: 'deny' };
    });
  };

  return {
    create(spec) {
      const window = options.window();
      if (!window) throw new Error('There is no window to show the portal in.');
      const partitionSession = sessions.fromPartition(spec.partition);
      lockDown(partitionSession);
      serveMockPages(partitionSession, spec.mockPages);
      const view = new WebContentsView({
        webPreferences: { ...REMOTE_PAGE_PREFERENCES, session: partitionSession },
      });
      keepOnOrigin(view.webContents, new URL(spec.loginUrl).origin);
      forwardAppShortcuts(view.webContents, options.emit);
      view.setVisible(false);
      window.contentView.addChildView(view);
      views.set(spec.portalId, view);
      // Never log the error itself: its message carries the URL, and so the one-time login.
      view.webContents.loadURL(spec.loginUrl).catch((error: unknown) => {
        const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
        if (code !== 'ERR_ABORTED') options.log.warn('A portal page did not load', { portalId: spec.portalId, code });
      });
      return { frameUrl: null };
    },
    destroy(portalId) {
      const view = views.get(portalId);
      if (!view) return;
      views.delete(portalId);
      options.window()?.contentView.removeChildView(view);
      view.webContents.close();
    },
    async clear(_portalId, partition) {
      const partitionSession = sessions.fromPartition(partition);
      mockPagesOf.get(partitionSession)?.forget();
      await partitionSession.clearStorageData();
      await partitionSession.clearCache();
    },
    show(portalId, bounds) {
      for (const [id, view] of views) {
        if (id === portalId) {
          view.setBounds({
            x: Math.round(bounds.x),
            y: Math.round(bounds.y),
            width: Math.round(bounds.width),
            height: Math.round(bounds.height),
          });
        }
        view.setVisible(id === portalId);
      }
    },
    hideAll() {
      for (const view of views.values()) view.setVisible(false);
    },
  };
}
