/**
 * How portal pages are kept: a bounded number of live views (both projects), and in Electron each
 * in its own partition with no preload and no Node, kept on its own origin.
 */
import type { ElectronApplication } from '@playwright/test';
import { expect, test, type App } from './fixtures.ts';
import { openPortal } from './support/portals.ts';
import { alice, launchSignedIn } from './support/screens.ts';

const [aliceTeam, acme, partners] = alice.portals as [
  (typeof alice.portals)[number],
  (typeof alice.portals)[number],
  (typeof alice.portals)[number],
];
const signedInText = (portal: { title: string }) => `${portal.title} — signed in as Alice Demo`;

interface PortalContents {
  host: string;
  storagePath: string | null;
}

/** The web contents in main that show a portal page (not the app's own window). */
async function portalContents(electron: ElectronApplication): Promise<PortalContents[]> {
  return electron.evaluate(({ webContents }) =>
    webContents
      .getAllWebContents()
      .filter((contents) => !contents.isDestroyed() && /\.bitrix24\./.test(contents.getURL()))
      .map((contents) => ({ host: new URL(contents.getURL()).hostname, storagePath: contents.session.getStoragePath() })),
  );
}

/** How many portal pages are alive: iframes in the harness, WebContentsViews in Electron. */
async function livePortalPages(app: App): Promise<string[]> {
  if (app.electron) return (await portalContents(app.electron)).map((contents) => contents.host).sort();
  return (await app.page.locator('iframe').evaluateAll((frames) => frames.map((frame) => frame.getAttribute('title') ?? ''))).sort();
}

test('only the most recently used portal views stay alive; an evicted one signs in afresh', async ({ app }) => {
  await launchSignedIn(app, alice, { maxLivePortals: 2 });

  for (const portal of [aliceTeam, acme, partners]) {
    await openPortal(app, portal);
    await expect(await app.portalHeading(portal)).toHaveText(signedInText(portal));
  }

  const expected = app.kind === 'electron' ? [acme.domain, partners.domain] : [acme.title, partners.title];
  await expect.poll(() => livePortalPages(app)).toEqual(expected.sort());

  await openPortal(app, aliceTeam);
  await expect(await app.portalHeading(aliceTeam)).toHaveText(signedInText(aliceTeam));
});

test.describe('Electron portal views', () => {
  test.beforeEach(({ appKind }) => {
    test.skip(appKind !== 'electron', 'WebContentsViews and session partitions exist only in Electron; the harness shows iframes.');
  });

  test('each portal has its own partition, with no preload and no Node', async ({ app }) => {
    await launchSignedIn(app);
    for (const portal of [aliceTeam, acme]) {
      await openPortal(app, portal);
      await expect(await app.portalHeading(portal)).toHaveText(signedInText(portal));
    }

    const contents = await portalContents(app.electron as ElectronApplication);

    expect(contents.map((entry) => entry.host).sort()).toEqual([acme.domain, aliceTeam.domain]);
    expect(new Set(contents.map((entry) => entry.storagePath)).size).toBe(2);
    for (const portal of [aliceTeam, acme]) {
      const portalPage = (await app.portalHeading(portal)).page();
      // What a preload or Node would have put in the page's world.
      const reach = await portalPage.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        bridge: typeof (globalThis as { bitrixId?: unknown }).bitrixId,
      }));
      expect(reach).toEqual({ require: 'undefined', process: 'undefined', bridge: 'undefined' });
    }
  });

  test('a link off the portal opens in the system browser, and the portal stays', async ({ app }) => {
    await launchSignedIn(app);
    await openPortal(app, acme);
    const heading = await app.portalHeading(acme);
    await expect(heading).toHaveText(signedInText(acme));

    await heading.page().evaluate(() => {
      window.location.href = 'https://example.com/elsewhere';
    });

    expect(await app.nextExternalUrl()).toBe('https://example.com/elsewhere');
    await expect(heading).toHaveText(signedInText(acme));
  });
});
