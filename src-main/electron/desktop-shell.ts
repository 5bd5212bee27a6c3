import { app, nativeTheme, powerMonitor, type BrowserWindow } from 'electron';
import type { DesktopSettings } from '../../src-preload/contract.ts';
import type { AppCore } from '../app-core.ts';
import type { AppAttention, UnreadSummary } from '../bitrix24/web-view-host.ts';
import type { EmitEvent } from '../events/event-sink.ts';
import { installAppMenu } from './app-menu.ts';
import { AppTray } from './app-tray.ts';
import { windowBackground } from './main-window.ts';
import { createWindowAttention } from './window-attention.ts';

export interface DesktopShellOptions {
  window(): BrowserWindow | null;
  /** Sends an event to the window's page. */
  emit: EmitEvent;
  platform: NodeJS.Platform;
  /** The app started at login: its window stays hidden while the tray is there to open it. */
  startedHidden: boolean;
}

/** Brings the window to the front: out of the tray, the dock or a minimized state. */
export function showWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/**
 * The app as the desktop sees it beyond its window's page: the unread total on the dock, taskbar,
 * title and tray; the tray; closing into the tray; the app menu's language and the theme. It
 * follows the settings from the moment the app core has them.
 */
export class DesktopShell {
  /** What Bitrix24 mode tells of unread items; given to the app core. */
  readonly attention: AppAttention;
  private readonly options: DesktopShellOptions;
  private readonly tray: AppTray;
  private readonly windowAttention: AppAttention;
  /** The OS's until the settings are read. */
  private language = app.getLocale();
  private unread: UnreadSummary = { total: 0, portals: [] };
  private closeToTray = false;
  /** Set once a quit began (a menu, the tray, Cmd+Q, the OS shutting down, an update's restart): closing then closes. */
  private quitting = false;

  constructor(options: DesktopShellOptions) {
    this.options = options;
    this.windowAttention = createWindowAttention({ window: options.window, platform: options.platform, language: () => this.language });
    this.tray = new AppTray({
      platform: options.platform,
      openApp: () => this.showWindow(),
      openPortal: (portal) => {
        this.showWindow();
        options.emit('portals.activate', { portal });
      },
      quit: () => app.quit(),
    });
    this.attention = {
      showUnread: (unread) => {
        this.unread = unread;
        this.windowAttention.showUnread(unread);
        this.tray.showUnread(unread);
      },
    };
    app.on('before-quit', () => this.allowQuit());
    // Linux and macOS shutting down: Electron's quit may come after the windows are asked to close.
    powerMonitor.on('shutdown', () => this.allowQuit());
    // With the theme left to the OS, the OS switching between light and dark.
    nativeTheme.on('updated', () => this.paintBackground());
  }

  /** The main window: closing it hides it in the tray when the person chose so, unless the app is quitting. */
  manage(window: BrowserWindow): void {
    window.on('close', (event) => {
      if (this.quitting || !this.closeToTray) return;
      event.preventDefault();
      window.hide();
    });
    // Windows ends the session: the window closes for good, and the app with it.
    window.on('session-end', () => this.allowQuit());
  }

  showWindow(): void {
    showWindow(this.options.window());
  }

  /** The next close is a real one: an update's restart closes the windows before `before-quit` on macOS. */
  allowQuit(): void {
    this.quitting = true;
  }

  /** The window's own background in the theme now, so nothing flashes in the other one while the page repaints. */
  private paintBackground(): void {
    const window = this.options.window();
    if (window && !window.isDestroyed()) window.setBackgroundColor(windowBackground(nativeTheme.shouldUseDarkColors));
  }

  /** Applies the settings now and after every change. */
  follow(core: Pick<AppCore, 'settings' | 'updates'>): void {
    const apply = (settings: DesktopSettings) => {
      const language = settings.resolvedLanguage;
      if (language !== this.language) {
        this.language = language;
        // The taskbar overlay's description is in the language too.
        this.windowAttention.showUnread(this.unread);
      }
      installAppMenu(core.updates, this.options.emit, language, () => showWindow(this.options.window()));
      this.tray.setLanguage(language);
      this.closeToTray = settings.closeToTray;
      // Started at login, the app lives in the tray: it is there as long as either choice needs it.
      this.tray.setShown(settings.closeToTray || settings.startAtLogin);
      nativeTheme.themeSource = settings.theme;
      this.paintBackground();
    };
    const settings = core.settings.current();
    apply(settings);
    core.settings.onChanged.subscribe(apply);
    // Started with the login flag but with no tray to open it from (the setting was turned off since): show it.
    if (this.options.startedHidden && !(settings.closeToTray || settings.startAtLogin)) this.showWindow();
  }
}
