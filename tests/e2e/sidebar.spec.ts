/**
 * The portals sidebar in a small window: collapsed from its button or Ctrl+Shift+S, the portal's page
 * takes the width, and the choice is remembered when the window loads again.
 */
import { expect, test } from './fixtures.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { openPortal, portalsScreen } from './support/portals.ts';
import { alice, launchSignedIn } from './support/screens.ts';

const [aliceTeam] = alice.portals as [(typeof alice.portals)[number]];

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the sidebar collapses to give the portal the width, stays collapsed after a reload, and comes back with Ctrl+Shift+S (${colorScheme})`, async ({
    app,
  }, testInfo) => {
    const page = await launchSignedIn(app, alice, { colorScheme });
    await page.setViewportSize({ width: 900, height: 600 });
    const screen = portalsScreen(page);
    await openPortal(app, aliceTeam);
    const widthBefore = (await screen.toolbar.boundingBox())?.width ?? 0;

    await screen.navigation.getByRole('button', { name: 'Hide sidebar' }).click();
    const show = screen.navigation.getByRole('button', { name: 'Show sidebar' });
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    await expect(screen.search).toBeHidden();
    await expect(screen.rows).toHaveCount(0);
    // The content area (and the portal's page placed over it) takes what the list had.
    await expect.poll(async () => (await screen.toolbar.boundingBox())?.width ?? 0).toBeGreaterThan(widthBefore + 200);
    await expectNoSeriousViolations(page, testInfo, 'the sidebar collapsed');

    await page.reload();
    await expect(screen.navigation.getByRole('button', { name: 'Show sidebar' })).toBeVisible();
    await expect(screen.toolbar.getByRole('heading', { name: aliceTeam.title })).toBeVisible();
    await expect(screen.search).toBeHidden();

    await screen.toolbar.getByRole('heading', { name: aliceTeam.title }).focus();
    await page.keyboard.press('Control+Shift+S');
    await expect(screen.navigation.getByRole('button', { name: 'Hide sidebar' })).toHaveAttribute('aria-expanded', 'true');
    await expect(screen.portal(aliceTeam.domain)).toBeVisible();

    await page.keyboard.press('Control+Shift+S');
    await expect(screen.navigation.getByRole('button', { name: 'Show sidebar' })).toBeVisible();
  });
}
