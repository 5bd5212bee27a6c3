import { BrowserWindow, nativeTheme } from 'electron';
import { lockDownContents } from './content-security.ts';

/** The window's title; Bitrix24 mode puts the unread total before it ("(3) Bitrix ID"). */
export const APP_WINDOW_TITLE = 'Bitrix ID';

export interface MainWindowOptions {
  preloadPath: string;
  /** The dev server's URL under `electron-vite dev`, otherwise the built page at app://bitrix-id/index.html. */
  pageUrl: string;
  isAppUrl: (url: string) => boolean;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1100,
    height: 720,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: APP_WINDOW_TITLE,
    // The page's own background (--bg in styles.css) for the OS theme, so nothing flashes before it paints.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#15191e' : '#f4f6f8',
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
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.pageUrl);
  return window;
}
