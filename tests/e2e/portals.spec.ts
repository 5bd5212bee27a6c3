/**
 * Portals: the accounts linked at the first sign-in, switching without a password, the keyboard,
 * a deleted portal, signing out of one portal and hiding one.
 */
import { expect, test } from './fixtures.ts';
import { openPortal, portalsScreen } from './support/portals.ts';
import { alice, expectSignedIn, launchSignedIn, signIn, signInScreen, signOut } from './support/screens.ts';

const [aliceTeam, acme, partners] = alice.portals as [
  (typeof alice.portals)[number],
  (typeof alice.portals)[number],
  (typeof alice.portals)[number],
];
const aliceOld = { title: 'Alice (old)', domain: 'alice-old.bitrix24.ru' };
const closedShop = { title: 'Closed Shop', domain: 'closed-shop.bitrix24.com' };

const LINKED_NOTICE =
  'We found 1 more Bitrix24 account registered with alice@example.com: alice-old.bitrix24.ru. It is now linked to your Bitrix ID.';

test.describe('Portals', () => {
  test('the first sign-in says once which account was linked by e-mail', async ({ app }) => {
    const page = await launchSignedIn(app);

    await expect(page.getByRole('status').filter({ hasText: LINKED_NOTICE })).toBeVisible();
    await expect(portalsScreen(page).portal(aliceOld.domain)).toBeVisible();

    await signOut(page, alice);
    await signIn(page, alice.email, alice.password);
    await expectSignedIn(page, alice);
    await expect(portalsScreen(page).portal(aliceOld.domain)).toBeVisible();
    await expect(page.getByText(LINKED_NOTICE)).toHaveCount(0);
  });

  test('switching among three portals never asks for a password', async ({ app }) => {
    const page = await launchSignedIn(app);

    for (const portal of [aliceTeam, acme, partners, aliceTeam]) {
      await openPortal(app, portal);
      await expect(await app.portalHeading(portal)).toHaveText(`${portal.title} — signed in as Alice Demo`);
      await expect(signInScreen(page).heading).toHaveCount(0);
      await expect(page.getByLabel('Password', { exact: true })).toHaveCount(0);
    }
    expect(app.pageProblems()).toEqual([]);
  });

  test('Ctrl+1…9 and Ctrl+Tab switch portals in the order shown', async ({ app }) => {
    const page = await launchSignedIn(app);
    const screen = portalsScreen(page);
    await expect(screen.rows).toHaveCount(5);
    const shown = await screen.rows.allInnerTexts();
    const titleOf = (index: number) => {
      const row = shown[index];
      const title = [aliceTeam, acme, partners, aliceOld, closedShop].find((portal) => row?.includes(portal.domain));
      if (!title) throw new Error(`Row ${index} is not one of Alice's portals: ${row}`);
      return title;
    };
    const active = (portal: { title: string }) => screen.toolbar.getByRole('heading', { name: portal.title });
    const firstActive = [0, 1, 2, 3, 4].find((index) => titleOf(index) !== closedShop);
    if (firstActive === undefined) throw new Error('No openable portal');

    await page.keyboard.press(`Control+${firstActive + 1}`);
    await expect(active(titleOf(firstActive))).toBeVisible();

    await page.keyboard.press('Control+Tab');
    await expect(active(titleOf(firstActive + 1))).toBeVisible();

    await page.keyboard.press('Control+Shift+Tab');
    await expect(active(titleOf(firstActive))).toBeVisible();
  });

  test('Ctrl+1…9 and Ctrl+Tab also work while a portal page has the focus', async ({ app }) => {
    test.skip(app.kind !== 'web', 'In Electron the portal view forwards the keys to main (before-input-event); this is the harness frame.');
    const page = await launchSignedIn(app);
    const screen = portalsScreen(page);
    await expect(screen.rows).toHaveCount(5);
    const shown = await screen.rows.allInnerTexts();
    const position = (portal: { domain: string }) => shown.findIndex((row) => row.includes(portal.domain));
    const active = (portal: { title: string }) => screen.toolbar.getByRole('heading', { name: portal.title });

    await openPortal(app, acme);
    // The focus goes into the portal's page, which would keep the keys to itself.
    await (await app.portalHeading(acme)).click();
    await page.keyboard.press(`Control+${position(aliceTeam) + 1}`);
    await expect(active(aliceTeam)).toBeVisible();
    await expect(await app.portalHeading(aliceTeam)).toHaveText(`${aliceTeam.title} — signed in as Alice Demo`);

    await (await app.portalHeading(aliceTeam)).click();
    await page.keyboard.press('Control+Tab');
    const next = [aliceTeam, acme, partners, aliceOld, closedShop].find((portal) => position(portal) === (position(aliceTeam) + 1) % 5);
    await expect(active(next ?? aliceTeam)).toBeVisible();
    expect(app.pageProblems()).toEqual([]);
  });

  test('the last active portal opens again after a restart', async ({ app }) => {
    await launchSignedIn(app);
    await openPortal(app, partners);
    await expect(await app.portalHeading(partners)).toHaveText(`${partners.title} — signed in as Alice Demo`);

    const again = await app.restart();

    await expect(portalsScreen(again).toolbar.getByRole('heading', { name: partners.title })).toBeVisible();
    await expect(await app.portalHeading(partners)).toHaveText(`${partners.title} — signed in as Alice Demo`);
  });

  test('a deleted portal is listed as unavailable and says why', async ({ app }) => {
    const page = await launchSignedIn(app);
    const screen = portalsScreen(page);

    await expect(screen.portal(closedShop.domain)).toContainText('Unavailable');
    await screen.portal(closedShop.domain).click();

    await expect(page.getByRole('alert').filter({ hasText: 'This Bitrix24 was deleted.' })).toBeVisible();
    // It will not open again: no "Try again", but it can be taken off the list from here.
    await expect(screen.toolbar.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await expect(page.getByRole('alert').filter({ hasText: 'You can take it off the list with “Hide from list” above.' })).toBeVisible();
    await screen.hide.click();
    await expect(screen.portal(closedShop.domain)).toHaveCount(0);
  });

  test('signing out of one portal, then opening it again, signs in afresh', async ({ app }) => {
    const page = await launchSignedIn(app);
    const screen = portalsScreen(page);
    await openPortal(app, acme);
    await expect(await app.portalHeading(acme)).toHaveText(`${acme.title} — signed in as Alice Demo`);

    await expect(screen.toolbar).toContainText('Signed in as alice@example.com');
    await screen.signOutOfPortal.click();
    await expect(screen.signOutOfPortal).toHaveCount(0);
    await expect(screen.toolbar).not.toContainText('Signed in as');
    await expect(screen.toolbar).toContainText(`${acme.title} is not open.`);
    await openPortal(app, acme);

    await expect(await app.portalHeading(acme)).toHaveText(`${acme.title} — signed in as Alice Demo`);
  });

  test('hiding a portal takes it off the list, and Undo brings it back', async ({ app }) => {
    const page = await launchSignedIn(app);
    const screen = portalsScreen(page);
    await openPortal(app, partners);

    await screen.hide.click();

    await expect(screen.portal(partners.domain)).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(screen.portal(partners.domain)).toBeVisible();
  });
});

test.describe('Portals at scale', () => {
  test('10,000 portals load in the background and search finds one deep in the list', async ({ app }) => {
    const page = await app.launch({ mockScenario: 'many-portals' });
    await signIn(page, alice.email, alice.password);
    const screen = portalsScreen(page);
    await expect(screen.rows.first()).toBeVisible();

    // A virtual list: however many portals there are, only a screenful of rows is in the page.
    expect(await screen.rows.count()).toBeLessThanOrEqual(80);
    await expect(screen.progress).toHaveCount(0, { timeout: 60_000 });
    expect(await screen.rows.count()).toBeLessThanOrEqual(80);

    await screen.search.fill('Portal 09876');
    await expect(screen.rows).toHaveCount(1);
    await expect(screen.rows).toContainText('p09876.');

    await screen.search.fill('alice-team');
    await expect(screen.rows).toHaveCount(1);
    await screen.rows.click();
    await expect(await app.portalHeading(aliceTeam)).toHaveText(`${aliceTeam.title} — signed in as Alice Demo`);
  });
});

test.describe('Create Bitrix24', () => {
  test('a new portal opens at once, titled as typed and first under Recent; the dialog says how many are left, and none after the seventh', async ({
    app,
  }) => {
    test.slow();
    const page = await launchSignedIn(app);
    const screen = portalsScreen(page);
    const dialog = page.getByRole('dialog', { name: 'Create Bitrix24' });
    const createButton = dialog.getByRole('button', { name: 'Create', exact: true });

    const createOne = async (left: number, title = '') => {
      await screen.create.click();
      await expect(dialog.getByText(left === 1 ? 'You can create 1 more Bitrix24.' : `You can create ${left} more Bitrix24 accounts.`)).toBeVisible();
      await dialog.getByRole('combobox', { name: 'Zone' }).selectOption({ label: 'bitrix24.de' });
      const address = dialog.getByRole('textbox', { name: 'Address' });
      await expect(address).toHaveValue(/^b24-[a-z0-9]+$/);
      await expect(dialog.getByText('Available')).toBeVisible();
      const name = await address.inputValue();
      if (title !== '') await dialog.getByRole('textbox', { name: 'Title (optional)' }).fill(title);
      await createButton.click();
      await expect(dialog).toHaveCount(0);
      return name;
    };

    const name = await createOne(7, 'Alice’s Bakery');
    const domain = `${name}.bitrix24.de`;
    const created = { title: 'Alice’s Bakery', domain };
    await expect(screen.toolbar.getByRole('heading', { name: created.title })).toBeVisible();
    await expect(await app.portalHeading(created)).toContainText('Alice’s Bakery — signed in as Alice Demo');
    // Under Recent a new portal is on top, not in its alphabetical place.
    await expect(screen.rows.first()).toContainText(domain);

    for (let left = 6; left >= 1; left--) await createOne(left);

    await screen.create.click();
    const none = 'You have created the most Bitrix24 accounts you can (7), so you cannot create another.';
    await expect(dialog.getByText(none)).toBeVisible();
    await expect(createButton).toBeDisabled();
    // An address that breaks the rules is not previewed, and the rule says why.
    await dialog.getByRole('textbox', { name: 'Address' }).fill('with space');
    await expect(dialog.getByText(/will be at/)).toHaveCount(0);
    await expect(dialog.getByText('3–30 characters: lower-case letters, digits and hyphens, not starting or ending with a hyphen')).toBeVisible();
  });
});
