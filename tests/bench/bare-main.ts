/**
 * The start-up bench's baseline: a main that only waits for Electron and makes a window, run under
 * the same recording stand-in for `electron` as the built main.
 */
import { app, BrowserWindow } from 'electron';

await app.whenReady();
new BrowserWindow({ width: 1100, height: 720, show: false });
