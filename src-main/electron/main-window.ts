import { BrowserWindow, nativeTheme } from 'electron';
import { MIN_WINDOW_SIZE, type SavedPlacement } from '../desktop/window-placement.ts';
import { lockDownContents } from './content-security.ts';

/** The window's title; Bitrix24 mode puts the unread total before it ("(3) Bitrix ID"). */
export const APP_WINDOW_TITLE = 'Bitrix ID';

/** The page's own background (--bg in styles.css) in each theme, so nothing flashes before it paints. */
export const windowBackground = (dark: boolean): string => (dark ? '#15191e' : '#f4f6f8');

export interface MainWindowOptions {
  preloadPath: string;
  /** The dev server's URL under `electron-vite dev`, otherwise the built page at app://bitrix-id/index.html. */
  pageUrl: string;
  isAppUrl: (url: string) => boolean;
  /** Where it opens (window-memory.ts): where it was left, or centred on the primary display. */
  placement: SavedPlacement;
  /** False when the app started at login: the window is made but stays hidden, the tray is there. */
  showWhenReady: boolean;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...options.placement.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: APP_WINDOW_TITLE,
    backgroundColor: windowBackground(nativeTheme.shouldUseDarkColors),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      // A middle click would open a window; the open handler denies it anyway, so turn the event off.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  lockDownContents(window.webContents, options.isAppUrl);
  // The title is main's (it carries the unread total): the page's <title> must not reset it on a reload.
  window.on('page-title-updated', (event) => event.preventDefault());
  // maximize() also shows the window: a hidden one is maximized when it is first shown.
  if (options.placement.maximized) window.once('show', () => window.maximize());
  if (options.showWhenReady) window.once('ready-to-show', () => window.show());
  void window.loadURL(options.pageUrl);
  return window;
}
