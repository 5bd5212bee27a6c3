import { BrowserWindow, nativeTheme } from 'electron';
import { join } from 'node:path';
import { lockDownContents } from './content-security.ts';

export interface MainWindowOptions {
  preloadPath: string;
  /** The dev server's URL under `electron-vite dev`, otherwise the built index.html is loaded. */
  devServerUrl: string | undefined;
  rendererDir: string;
  isAppUrl: (url: string) => boolean;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1100,
    height: 720,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Bitrix ID',
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
    },
  });
  lockDownContents(window.webContents, options.isAppUrl);
  window.once('ready-to-show', () => window.show());
  if (options.devServerUrl) void window.loadURL(options.devServerUrl);
  else void window.loadFile(join(options.rendererDir, 'index.html'));
  return window;
}
