import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/browsers.ts';

const LOAD_TIMEOUT_MS = 30_000;
/** Where the init script leaves the time; a name no app code would use. */
const MARK = '__bitrixIdBenchInteractiveAt';

export interface BenchPage {
  label: string;
  url: string;
}

/** Per page, one entry per measured load. */
export interface PageLoadTimes {
  /** ms from navigation start to an enabled "Sign in" button in the DOM. */
  interactive: number[];
  /**
   * ms from navigation start to the first frame painted with that button in it. Both pages pay their
   * style, layout and paint here; the DOM mark leaves them out for a page that lays out after it,
   * and not for one whose arrival forces layout first (the app's focus on the first field).
   */
  painted: number[];
}
export type LoadTimes = Map<string, PageLoadTimes>;

/**
 * Runs in the page before any of its scripts (addInitScript is exempt from the page's CSP).
 * Records performance.now() — ms since navigation start — the first time an enabled button
 * reading "Sign in" is in the DOM, and after the next frame's paint (a task posted from a rAF
 * callback runs after it). Checked on every mutation, since enabling or relabelling a button is an
 * attribute or text change, and once at DOMContentLoaded for markup from the server.
 */
function recordInteractive(mark: string): void {
  const slot = window as unknown as Record<string, number | undefined>;
  const check = () => {
    if (slot[mark] !== undefined) return;
    for (const button of document.querySelectorAll('button')) {
      if (!button.matches(':disabled') && button.textContent.replace(/\s+/g, ' ').trim() === 'Sign in') {
        slot[mark] = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => (slot[`${mark}Painted`] = performance.now());
          channel.port2.postMessage(0);
        });
        return;
      }
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  document.addEventListener('DOMContentLoaded', check, { once: true });
}

async function launch(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/** One load in a fresh context, so no HTTP or code cache survives from the previous one. */
async function loadOnce(browser: Browser, { label, url }: BenchPage): Promise<{ interactive: number; painted: number }> {
  // A fixed locale: the app follows the browser's language, and the mark looks for English text.
  const context = await browser.newContext({ locale: 'en-US' });
  try {
    await context.addInitScript(recordInteractive, MARK);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    const painted = (mark: string) => (window as unknown as Record<string, unknown>)[`${mark}Painted`] !== undefined;
    await page.waitForFunction(painted, MARK, { timeout: LOAD_TIMEOUT_MS }).catch((error: unknown) => {
      const message = `The ${label} page showed no enabled "Sign in" button within ${LOAD_TIMEOUT_MS} ms (${url}).`;
      throw new Error(message, { cause: error });
    });
    return await page.evaluate((mark) => {
      const slot = window as unknown as Record<string, number | undefined>;
      return { interactive: slot[mark] ?? Number.NaN, painted: slot[`${mark}Painted`] ?? Number.NaN };
    }, MARK);
  } finally {
    await context.close();
  }
}

/**
 * Loads the pages in turn, in ABBA order, so a burst of machine noise hits both sides alike and
 * neither always goes first. One warm-up load each is discarded: it pays the browser's first-use costs.
 */
export async function measureLoadTimes(
  pages: BenchPage[],
  runs: number,
  onProgress?: (done: number, total: number) => void,
): Promise<LoadTimes> {
  const browser = await launch();
  try {
    const times: LoadTimes = new Map(pages.map((page) => [page.label, { interactive: [], painted: [] }]));
    for (const page of pages) await loadOnce(browser, page);
    for (let run = 0; run < runs; run++) {
      const order = run % 2 === 0 ? pages : [...pages].reverse();
      for (const page of order) {
        const { interactive, painted } = await loadOnce(browser, page);
        times.get(page.label)?.interactive.push(interactive);
        times.get(page.label)?.painted.push(painted);
      }
      onProgress?.(run + 1, runs);
    }
    return times;
  } finally {
    await browser.close();
  }
}
