/**
 * The portals list and switching with 10,000 portals (the `many-portals` scenario), in Chromium:
 * first render of the whole list, keystroke-to-painted-list in search, and switching to a portal
 * whose view is alive or new. Timed inside the page, so Playwright's own round trips do not count.
 */
import { chromium, type Locator, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/browsers.ts';
import { portalsScreen } from '../e2e/support/portals.ts';
import { alice, signIn, signInScreen } from '../e2e/support/screens.ts';

/** Set by the renderer's portals store when a list arrives from main (User Timing). */
export const PORTALS_RECEIVED_MARK = 'bitrix-id:portals-received';
const LOADED_TIMEOUT_MS = 120_000;

export interface PortalTimings {
  /** The machine's frame interval in this run (median rAF to rAF), the unit "one frame" means here. */
  frameMs: number[];
  /** From the list arriving in the renderer to the painted list, per reload. */
  firstRenderMs: number[];
  /** From a keystroke in search to the painted, filtered list, per keystroke. */
  keystrokeMs: number[];
  /**
   * The same probe on the sign-in form's login field, a keystroke with next to no work: the wait for
   * the next frame that every keystroke pays, whatever the list costs.
   */
  keystrokeFloorMs: number[];
  /** From a click on a portal whose view is alive to its page painted, in frames. */
  aliveSwitchFrames: number[];
  aliveSwitchMs: number[];
  /** From a click on a portal with no view to its signed-in page loaded. */
  newSwitchMs: number[];
}

/** The in-page probes: each resolves with performance.now() just after the next paint once `ready()` holds. */
function installProbes(): void {
  const slot = window as unknown as Record<string, unknown>;
  /** A task posted from a rAF callback runs after that frame's paint. */
  const afterPaint = () =>
    new Promise<number>((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );
  /** Resolves after the first paint at which `ready()` holds, with how many frames that took. */
  slot['__benchUntilPainted'] = async (ready: () => boolean) => {
    let frames = 0;
    for (;;) {
      frames++;
      const at = await afterPaint();
      if (ready()) return { at, frames };
      if (frames > 600) throw new Error('Nothing painted within 600 frames');
    }
  };
  // The first paint with a portal row in it, recorded from the start of each load of the page.
  const rowObserver = new MutationObserver(() => {
    const rows = document.querySelectorAll('nav button');
    if (![...rows].some((row) => /bitrix24\./.test(row.textContent))) return;
    rowObserver.disconnect();
    void afterPaint().then((at) => (slot['__benchFirstRowsPaintedAt'] = at));
  });
  rowObserver.observe(document, { childList: true, subtree: true });
  slot['__benchFrameIntervals'] = async (count: number) => {
    const stamps: number[] = [];
    for (let index = 0; index <= count; index++) stamps.push(await new Promise<number>((resolve) => requestAnimationFrame(resolve)));
    return stamps.slice(1).map((stamp, index) => stamp - (stamps[index] ?? stamp));
  };
}

type Probe = { at: number; frames: number };

async function frameIntervals(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __benchFrameIntervals(count: number): Promise<number[]> }).__benchFrameIntervals(60));
}

async function firstRender(page: Page): Promise<number> {
  await page.reload();
  const paintedAt = await page.waitForFunction(
    () => (window as unknown as Record<string, number | undefined>)['__benchFirstRowsPaintedAt'],
    undefined,
    { timeout: LOADED_TIMEOUT_MS },
  );
  const painted = (await paintedAt.jsonValue()) as number;
  const received = await page.evaluate((mark) => performance.getEntriesByName(mark).at(-1)?.startTime, PORTALS_RECEIVED_MARK);
  if (received === undefined) throw new Error(`The renderer set no "${PORTALS_RECEIVED_MARK}" mark`);
  return painted - received;
}

/**
 * Types `text` into `field` one key at a time, timing each key from its keydown to the first painted
 * frame after it at which every portal row in the field's `nav` matches (none there: at once).
 */
async function typeTimed(page: Page, field: Locator, text: string): Promise<number[]> {
  const times: number[] = [];
  for (const key of text) {
    const measured = page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          document.addEventListener(
            'keydown',
            (event) => {
              const started = event.timeStamp;
              const input = event.target as HTMLInputElement;
              const nav = input.closest('nav');
              const matches = () => {
                if (!nav) return true;
                const query = input.value.trim().toLowerCase();
                const rows = [...nav.querySelectorAll('button')].filter((row) => /bitrix24\./.test(row.textContent));
                return rows.every((row) => row.textContent.toLowerCase().includes(query));
              };
              void (window as unknown as { __benchUntilPainted(ready: () => boolean): Promise<Probe> })
                .__benchUntilPainted(matches)
                .then(({ at }) => resolve(at - started));
            },
            { capture: true, once: true },
          );
        }),
    );
    await field.press(key);
    times.push(await measured);
  }
  return times;
}

/** Clicks the portal's row and waits for its iframe: frames and ms from the click to the painted page. */
async function switchTo(page: Page, domain: string, title: string, untilLoaded: boolean): Promise<Probe> {
  const row = portalsScreen(page).portal(domain);
  const measured = page.evaluate(
    ({ frameTitle, loaded }) =>
      new Promise<Probe>((resolve) => {
        document.addEventListener(
          'click',
          (event) => {
            const started = event.timeStamp;
            // The portal page is another origin: its 'load' is all the parent can see of it.
            // A load does not bubble, but a capturing listener on the document still hears it.
            let pageLoaded = false;
            const onLoad = (loadEvent: Event) => {
              const target = loadEvent.target;
              if (target instanceof HTMLIFrameElement && target.title === frameTitle) pageLoaded = true;
            };
            if (loaded) document.addEventListener('load', onLoad, { capture: true });
            const shown = () => {
              const frame = document.querySelector<HTMLIFrameElement>(`iframe[title="${CSS.escape(frameTitle)}"]`);
              if (!frame?.checkVisibility()) return false;
              if (loaded && !pageLoaded) return false;
              document.removeEventListener('load', onLoad, { capture: true });
              return true;
            };
            void (window as unknown as { __benchUntilPainted(ready: () => boolean): Promise<Probe> })
              .__benchUntilPainted(shown)
              .then(({ at, frames }) => resolve({ at: at - started, frames }));
          },
          { capture: true, once: true },
        );
      }),
    { frameTitle: title, loaded: untilLoaded },
  );
  await row.click();
  return measured;
}

export async function measurePortals(harnessUrl: string, rounds: number): Promise<PortalTimings> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1180, height: 760 } });
    await context.addInitScript(installProbes);
    const page = await context.newPage();
    await page.goto(harnessUrl);
    const queries = ['summit', 'p0987', 'bitrix24.de', 'portal 04'];
    const typingRounds = Math.max(1, Math.ceil(rounds / 3));
    const keystrokeFloorMs: number[] = [];
    const login = signInScreen(page).login;
    for (let round = 0; round < typingRounds; round++) {
      for (const query of queries) {
        keystrokeFloorMs.push(...(await typeTimed(page, login, query)));
        await login.fill('');
      }
    }
    await signIn(page, alice.email, alice.password);
    const screen = portalsScreen(page);
    await screen.rows.first().waitFor({ timeout: LOADED_TIMEOUT_MS });
    await screen.progress.waitFor({ state: 'detached', timeout: LOADED_TIMEOUT_MS });

    const timings: PortalTimings = {
      frameMs: await frameIntervals(page),
      firstRenderMs: [],
      keystrokeMs: [],
      keystrokeFloorMs,
      aliveSwitchFrames: [],
      aliveSwitchMs: [],
      newSwitchMs: [],
    };
    for (let round = 0; round < rounds; round++) timings.firstRenderMs.push(await firstRender(page));

    for (let round = 0; round < typingRounds; round++) {
      for (const query of queries) {
        timings.keystrokeMs.push(...(await typeTimed(page, screen.search, query)));
        await screen.search.fill('');
      }
    }

    // Portals with no view yet, then back and forth among them while their views are alive.
    const targets = [
      { domain: 'alice-team.bitrix24.com', title: 'Alice Team' },
      { domain: 'acme.bitrix24.com', title: 'ACME Corp' },
      { domain: 'partners.bitrix24.de', title: 'Partners Hub' },
    ];
    for (const target of targets) {
      await screen.search.fill(target.domain);
      timings.newSwitchMs.push((await switchTo(page, target.domain, target.title, true)).at);
    }
    for (let round = 0; round < rounds; round++) {
      for (const target of targets) {
        await screen.search.fill(target.domain);
        const probe = await switchTo(page, target.domain, target.title, false);
        timings.aliveSwitchFrames.push(probe.frames);
        timings.aliveSwitchMs.push(probe.at);
      }
    }
    return timings;
  } finally {
    await browser.close();
  }
}
