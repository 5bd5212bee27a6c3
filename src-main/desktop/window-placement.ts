/**
 * Where the main window opens: where it was left on the display it was on, if that display is still
 * there and the rectangle can still be seen on it; otherwise centred on the primary display. Pure,
 * so that displays that went away, shrank or sit left of the primary (negative coordinates) can be
 * tested without a screen.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of Electron's Display the placement needs. */
export interface DisplayArea {
  id: number;
  bounds: Rect;
  /** The bounds less the taskbar, dock and menu bar. */
  workArea: Rect;
}

/** The window as it was left on one display: its normal (unmaximized) bounds and whether it was maximized. */
export interface SavedPlacement {
  bounds: Rect;
  maximized: boolean;
}

/** What is remembered: one placement per display, and the display the window was last on. */
export interface WindowMemory {
  byDisplay: Record<string, SavedPlacement>;
  lastDisplay: string | null;
}

export const emptyWindowMemory = (): WindowMemory => ({ byDisplay: {}, lastDisplay: null });

export const DEFAULT_WINDOW_SIZE = { width: 1100, height: 720 } as const;
export const MIN_WINDOW_SIZE = { width: 720, height: 520 } as const;

/** How much of the window must show on a work area to count as visible: enough to grab its title bar. */
export const MIN_VISIBLE = { width: 120, height: 48 } as const;

/**
 * A display is itself and its geometry: the same monitor at another resolution, or another monitor
 * given the same id after a re-plug, is another place to remember.
 */
export const displayKey = (display: DisplayArea): string => {
  const { x, y, width, height } = display.bounds;
  return `${display.id}@${x},${y},${width}x${height}`;
};

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

const isVisibleOn = (rect: Rect, area: Rect): boolean => {
  const shown = overlap(rect, area);
  return shown.width >= Math.min(MIN_VISIBLE.width, rect.width) && shown.height >= Math.min(MIN_VISIBLE.height, rect.height);
};

/** The rectangle made to fit inside the work area: no larger than it, then moved in from its edges. */
export function fitInside(rect: Rect, area: Rect): Rect {
  const width = Math.min(rect.width, area.width);
  const height = Math.min(rect.height, area.height);
  const x = Math.min(Math.max(rect.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(rect.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

/** The default size, centred on the work area (smaller if the work area is). */
export function centredDefault(area: Rect): Rect {
  const width = Math.min(DEFAULT_WINDOW_SIZE.width, area.width);
  const height = Math.min(DEFAULT_WINDOW_SIZE.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * The bounds to open the window with, and whether to maximize it. The display it was last on comes
 * first, then any other display present now that has a placement; a placement is used only when
 * it shows on that display's work area, and then it is fitted inside it, so it is never off-screen.
 */
export function placeWindow(memory: WindowMemory, displays: readonly DisplayArea[], primary: DisplayArea): SavedPlacement {
  const present = new Map(displays.map((display) => [displayKey(display), display]));
  const keys = [memory.lastDisplay, ...Object.keys(memory.byDisplay)].filter((key): key is string => key !== null);
  for (const key of keys) {
    const display = present.get(key);
    const saved = memory.byDisplay[key];
    if (display && saved && isVisibleOn(saved.bounds, display.workArea)) {
      return { bounds: fitInside(saved.bounds, display.workArea), maximized: saved.maximized };
    }
  }
  return { bounds: centredDefault(primary.workArea), maximized: false };
}

/** Enough for a laptop carried between a few desks; the oldest display is forgotten first. */
export const MAX_REMEMBERED_DISPLAYS = 16;

/** The memory with the window's placement on `display` now, which becomes the last display. */
export function rememberPlacement(memory: WindowMemory, display: DisplayArea, placement: SavedPlacement): WindowMemory {
  const key = displayKey(display);
  // Oldest first, this display last: the oldest goes when there are too many.
  const others = Object.entries(memory.byDisplay).filter(([other]) => other !== key);
  const kept = others.slice(Math.max(0, others.length - (MAX_REMEMBERED_DISPLAYS - 1)));
  return { byDisplay: Object.fromEntries([...kept, [key, placement]]), lastDisplay: key };
}
