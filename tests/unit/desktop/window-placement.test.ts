import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  MAX_REMEMBERED_DISPLAYS,
  displayKey,
  emptyWindowMemory,
  placeWindow,
  rememberPlacement,
  type DisplayArea,
  type Rect,
} from '../../../src-main/desktop/window-placement.ts';

const display = (id: number, bounds: Rect, taskbar = 40): DisplayArea => ({
  id,
  bounds,
  workArea: { ...bounds, height: bounds.height - taskbar },
});

const laptop = display(1, { x: 0, y: 0, width: 1920, height: 1080 });
/** A monitor left of the primary: its coordinates are negative. */
const leftMonitor = display(2, { x: -2560, y: 0, width: 2560, height: 1440 });
const centredOnLaptop = { x: 410, y: 160, ...DEFAULT_WINDOW_SIZE };

const remembered = (on: DisplayArea, bounds: Rect, maximized = false) => rememberPlacement(emptyWindowMemory(), on, { bounds, maximized });

describe('where the main window opens', () => {
  it('the first time: the default size, centred on the primary display', () => {
    expect(placeWindow(emptyWindowMemory(), [laptop], laptop)).toEqual({ bounds: centredOnLaptop, maximized: false });
  });

  it('where it was left, maximized or not', () => {
    const bounds = { x: 100, y: 80, width: 1200, height: 800 };
    expect(placeWindow(remembered(laptop, bounds), [laptop], laptop)).toEqual({ bounds, maximized: false });
    expect(placeWindow(remembered(laptop, bounds, true), [laptop], laptop)).toEqual({ bounds, maximized: true });
  });

  it('on a monitor left of the primary, at negative coordinates, while that monitor is there', () => {
    const bounds = { x: -2000, y: 100, width: 1400, height: 900 };
    const memory = remembered(leftMonitor, bounds);
    expect(placeWindow(memory, [laptop, leftMonitor], laptop)).toEqual({ bounds, maximized: false });
    // The monitor was unplugged: not out there in the dark, but centred on the laptop.
    expect(placeWindow(memory, [laptop], laptop)).toEqual({ bounds: centredOnLaptop, maximized: false });
  });

  it("as it was on the display it was last on, when each display has its own", () => {
    const onLaptop = { x: 10, y: 10, width: 900, height: 700 };
    const onMonitor = { x: -2400, y: 40, width: 2000, height: 1200 };
    const memory = rememberPlacement(remembered(laptop, onLaptop), leftMonitor, { bounds: onMonitor, maximized: true });
    expect(placeWindow(memory, [laptop, leftMonitor], laptop)).toEqual({ bounds: onMonitor, maximized: true });
    // Back on the laptop alone: its own placement there.
    expect(placeWindow(memory, [laptop], laptop)).toEqual({ bounds: onLaptop, maximized: false });
  });

  it('at the default when the display shrank to another resolution', () => {
    const big = display(1, { x: 0, y: 0, width: 2560, height: 1440 });
    const memory = remembered(big, { x: 1500, y: 600, width: 1000, height: 800 });
    const shrunk = display(1, { x: 0, y: 0, width: 1280, height: 720 });
    expect(displayKey(big)).not.toBe(displayKey(shrunk));
    const placed = placeWindow(memory, [shrunk], shrunk);
    expect(placed.maximized).toBe(false);
    // Centred, and no larger than the work area.
    expect(placed.bounds).toEqual({ x: 90, y: 0, width: DEFAULT_WINDOW_SIZE.width, height: 680 });
  });

  it('fitted inside the work area when it hangs over an edge, never off-screen', () => {
    const hanging = { x: 1500, y: 900, width: 1000, height: 700 };
    const { bounds } = placeWindow(remembered(laptop, hanging), [laptop], laptop);
    expect(bounds).toEqual({ x: 920, y: 340, width: 1000, height: 700 });
    const tooBig = { x: -50, y: -50, width: 4000, height: 3000 };
    expect(placeWindow(remembered(laptop, tooBig), [laptop], laptop).bounds).toEqual(laptop.workArea);
  });

  it('at the default when too little of it would show to grab it', () => {
    // Only a sliver above the taskbar: the title bar is out of reach.
    const underTaskbar = { x: 200, y: 1030, width: 1000, height: 700 };
    expect(placeWindow(remembered(laptop, underTaskbar), [laptop], laptop).bounds).toEqual(centredOnLaptop);
  });

  it('forgets the oldest display past a limit, and keeps the last one', () => {
    let memory = emptyWindowMemory();
    for (let id = 1; id <= MAX_REMEMBERED_DISPLAYS + 3; id += 1) {
      memory = rememberPlacement(memory, display(id, { x: 0, y: 0, width: 1920, height: 1080 }), {
        bounds: { x: 0, y: 0, width: 800, height: 600 },
        maximized: false,
      });
    }
    const keys = Object.keys(memory.byDisplay);
    expect(keys).toHaveLength(MAX_REMEMBERED_DISPLAYS);
    expect(keys).not.toContain(displayKey(display(1, laptop.bounds)));
    expect(memory.lastDisplay).toBe(keys.at(-1));
  });
});
