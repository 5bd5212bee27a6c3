import { screen, type BrowserWindow } from 'electron';
import type { WindowMemoryFile } from '../desktop/window-memory-file.ts';
import { placeWindow, rememberPlacement, type Rect, type SavedPlacement } from '../desktop/window-placement.ts';
import { errorName, type Logger } from '../logging/logger.ts';

/** Moving or resizing sends a stream of events: the file is written once the window has been still this long. */
const SAVE_AFTER_MS = 500;

/** Where the window opens: where it was left, if that still shows on a display; else centred on the primary one. */
export const restoredPlacement = (file: WindowMemoryFile): SavedPlacement =>
  placeWindow(file.load(), screen.getAllDisplays(), screen.getPrimaryDisplay());

const whole = (rect: Rect): Rect => ({
  x: Math.round(rect.x),
  y: Math.round(rect.y),
  width: Math.round(rect.width),
  height: Math.round(rect.height),
});

/** Keeps the window's placement on the display it is on: when moved, resized, maximized and at close. */
export function rememberWindowPlacement(window: BrowserWindow, file: WindowMemoryFile, log: Logger): void {
  let memory = file.load();
  let pending: NodeJS.Timeout | null = null;
  const save = () => {
    if (pending) clearTimeout(pending);
    pending = null;
    if (window.isDestroyed() || window.isMinimized()) return;
    const bounds = whole(window.getNormalBounds());
    memory = rememberPlacement(memory, screen.getDisplayMatching(bounds), { bounds, maximized: window.isMaximized() });
    try {
      file.save(memory);
    } catch (error) {
      log.warn('Could not remember where the window is', { error: errorName(error) });
    }
  };
  const saveSoon = () => {
    if (pending) clearTimeout(pending);
    pending = setTimeout(save, SAVE_AFTER_MS);
  };
  window.on('move', saveSoon);
  window.on('resize', saveSoon);
  window.on('maximize', save);
  window.on('unmaximize', save);
  window.on('close', save);
}
