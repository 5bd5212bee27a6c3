/**
 * A main for the stand-in tests of Bitrix24 mode's Electron glue: it makes the app's window, the
 * WebContentsView host and the window attention exactly as electron-app-core.ts does, and lets the
 * test call them through ipcMain channels of its own (host-driver-wire.ts). Run by startMain({ entry }).
 */
import { app, BrowserWindow, ipcMain } from 'electron';
import type { ContentBounds } from '../../../src-preload/contract.ts';
import { silentLogger } from '../../../src-main/logging/logger.ts';
import { createWebContentsWebViews } from '../../../src-main/electron/web-contents-web-views.ts';
import { createWindowAttention } from '../../../src-main/electron/window-attention.ts';
import { DRIVER, DRIVER_PLATFORM_ENV, type DriverViewEvent, type DriverViewSpec } from './host-driver-wire.ts';

await app.whenReady();
const window = new BrowserWindow({ show: false });
const events: DriverViewEvent[] = [];
const host = createWebContentsWebViews({ window: () => window, emit: () => {}, log: silentLogger });
const platform = (process.env[DRIVER_PLATFORM_ENV] ?? process.platform) as NodeJS.Platform;
const attention = createWindowAttention({ window: () => window, platform, language: () => 'en-US' });

const handle = <T>(channel: string, run: (request: T) => unknown) => ipcMain.handle(channel, (_event, request: T) => run(request));

handle<DriverViewSpec>(DRIVER.create, ({ rules, ...spec }) =>
  host.create({
    ...spec,
    rules: { ...rules, knownPortalOrigins: () => rules.knownPortalOrigins },
    events: {
      openPortal: (url) => events.push({ viewId: spec.viewId, event: 'openPortal', args: [url] }),
      titleChanged: (title, pageUrl) => events.push({ viewId: spec.viewId, event: 'titleChanged', args: [title, pageUrl] }),
    },
  }),
);
handle<{ viewId: string; url: string }>(DRIVER.load, ({ viewId, url }) => host.load(viewId, url));
handle<{ viewId: string }>(DRIVER.destroy, ({ viewId }) => host.destroy(viewId));
handle<{ partition: string; origin: string }>(DRIVER.clearOrigin, ({ partition, origin }) => host.clearOrigin(partition, origin));
handle<{ partition: string }>(DRIVER.clearPartition, ({ partition }) => host.clearPartition(partition));
handle<{ viewId: string; bounds: ContentBounds }>(DRIVER.show, ({ viewId, bounds }) => host.show(viewId, bounds));
handle<undefined>(DRIVER.hideAll, () => host.hideAll());
handle<undefined>(DRIVER.events, () => events);
handle<{ total: number }>(DRIVER.showUnread, ({ total }) => attention.showUnread({ total, portals: [] }));
