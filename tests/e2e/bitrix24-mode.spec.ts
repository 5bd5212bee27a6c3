/**
 * Bitrix24 (web) mode end to end, against the emulated Bitrix24 (mocks/bitrix24-web/): its
 * Network's sign-in sets a cookie, its portals send a visitor without a session to the Network and
 * back, and their titles carry unread counts. In the harness the pages come through the proxy that
 * keeps one cookie jar per profile (harness/web-frames.ts); in Electron, views of the profile's
 * partition.
 */
import { expect, test as base, type App } from './fixtures.ts';
import { shownBitrix24Page } from './support/bitrix24-pages.ts';
import { appInfo, EMULATED_ACCOUNT, emulatedBitrix24Fixture, type EmulatedBitrix24 } from './support/emulated-bitrix24.ts';

const test = base.extend<{ bitrix24: EmulatedBitrix24 }>({ bitrix24: emulatedBitrix24Fixture });

const sidebar = (app: App) => app.page.getByRole('navigation', { name: 'Portals' });
const header = (app: App) => app.page.getByRole('banner');
const hostOf = (url: string) => new URL(url).host;

async function addPortal(app: App, address: string): Promise<void> {
  await sidebar(app).getByRole('button', { name: 'Add portal' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Add a portal' });
  await dialog.getByLabel('Portal address').fill(address);
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog).toBeHidden();
}

/** The Network's sign-in form, in whatever view shows it now. */
async function signInOnNetwork(app: App, bitrix24: EmulatedBitrix24): Promise<void> {
  const page = await shownBitrix24Page(app, hostOf(bitrix24.networkUrl));
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Bitrix24' })).toBeVisible();
  await page.getByLabel('Login (e-mail or phone)').fill(EMULATED_ACCOUNT.login);
  await page.getByLabel('Password').fill(EMULATED_ACCOUNT.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function portalPage(app: App, bitrix24: EmulatedBitrix24, name: string) {
  return shownBitrix24Page(app, hostOf(bitrix24.portalUrl(name)));
}

test('starts in Bitrix24 mode on the Network it was given, with no password field of its own', async ({ app, bitrix24 }) => {
  const page = await app.launch({ bitrix24: { networkUrl: bitrix24.networkUrl } });
  await expect(page.getByRole('heading', { level: 1, name: 'Your Bitrix24, in this app' })).toBeVisible();
  await expect(header(app).getByText(`Bitrix24 · ${hostOf(bitrix24.networkUrl)}`)).toBeVisible();
  await expect(page.locator('input[type="password"]')).toHaveCount(0);
  expect(await appInfo(app)).toMatchObject({ ok: true, value: { backend: { mode: 'bitrix24', url: bitrix24.networkUrl, source: 'override' } } });
});

test('adds portals by address, signs in once on the Network, opens them all, shows unread counts and signs out of everything', async ({
  app,
  bitrix24,
}) => {
  await app.launch({ bitrix24: { networkUrl: bitrix24.networkUrl } });

  // A refused address says why and keeps what was typed.
  await sidebar(app).getByRole('button', { name: 'Add portal' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Add a portal' });
  await dialog.getByLabel('Portal address').fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog.getByText(/Only https addresses of a Bitrix24 can be added/)).toBeVisible();
  await expect(dialog.getByLabel('Portal address')).toHaveValue('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Alpha opens on its own address, which sends a visitor without a session to the Network and back.
  await addPortal(app, bitrix24.portalUrl('alpha'));
  await signInOnNetwork(app, bitrix24);
  await expect((await portalPage(app, bitrix24, 'alpha')).getByRole('heading', { level: 1, name: 'Alpha' })).toBeVisible();

  // Beta, in the same profile, needs no second sign-in; its title carries its unread count.
  bitrix24.setUnread('beta', 3);
  await addPortal(app, bitrix24.portalUrl('beta'));
  const beta = await portalPage(app, bitrix24, 'beta');
  await expect(beta.getByRole('heading', { level: 1, name: 'Beta' })).toBeVisible();
  await expect(sidebar(app).getByRole('button', { name: /Beta.*3 unread/ })).toBeVisible();
  await expect(header(app).getByText('3 unread')).toBeVisible();

  await beta.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(beta.getByText('Unread messages: 0.')).toBeVisible();
  await expect(sidebar(app).getByRole('button', { name: /Beta/ })).not.toHaveAccessibleName(/unread/);
  await expect(header(app).getByText(/unread/)).toHaveCount(0);

  // Back to Alpha: still signed in.
  await sidebar(app).getByRole('button', { name: /Alpha/ }).click();
  await expect((await portalPage(app, bitrix24, 'alpha')).getByRole('heading', { level: 1, name: 'Alpha' })).toBeVisible();

  // Sign out of everything (after saying yes): Alpha asks again.
  await header(app).getByRole('button', { name: 'Account' }).click();
  await app.page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
  await app.page.getByRole('alertdialog', { name: 'Sign out?' }).getByRole('button', { name: 'Sign out' }).click();
  await sidebar(app).getByRole('button', { name: /Alpha/ }).click();
  const again = await shownBitrix24Page(app, hostOf(bitrix24.networkUrl));
  await expect(again.getByRole('heading', { level: 1, name: 'Sign in to Bitrix24' })).toBeVisible();
});

test("opens a portal from the Network's own page, and keeps a second profile's sign-ins apart", async ({ app, bitrix24 }) => {
  await app.launch({ bitrix24: { networkUrl: bitrix24.networkUrl } });

  await app.page.getByRole('main').getByRole('button', { name: 'Sign in to Bitrix24' }).click();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Bitrix24.Network — Sign in' })).toBeVisible();
  await signInOnNetwork(app, bitrix24);
  const network = await shownBitrix24Page(app, hostOf(bitrix24.networkUrl));
  await expect(network.getByRole('heading', { level: 1, name: EMULATED_ACCOUNT.name })).toBeVisible();

  // A portal linked from the Network's page opens in the app, already signed in, and joins the list.
  await network.getByRole('link', { name: /^Gamma/ }).click();
  await expect((await portalPage(app, bitrix24, 'gamma')).getByRole('heading', { level: 1, name: 'Gamma' })).toBeVisible();
  await expect(sidebar(app).getByRole('button', { name: /Gamma/ })).toBeVisible();

  // A second Bitrix ID: its own empty list, and its own cookies.
  await header(app).getByRole('button', { name: 'Bitrix24' }).click();
  await app.page.getByRole('menuitem', { name: 'Add another Bitrix ID' }).click();
  const adding = app.page.getByRole('dialog', { name: 'Add another Bitrix ID' });
  await adding.getByLabel('Name (optional)').fill('Client');
  await adding.getByRole('button', { name: 'Add' }).click();
  await expect(header(app).getByRole('button', { name: 'Client' })).toBeVisible();
  await expect(sidebar(app).getByRole('button', { name: /Gamma/ })).toHaveCount(0);
  await addPortal(app, bitrix24.portalUrl('gamma'));
  const asked = await shownBitrix24Page(app, hostOf(bitrix24.networkUrl));
  await expect(asked.getByRole('heading', { level: 1, name: 'Sign in to Bitrix24' })).toBeVisible();

  // The first profile is still signed in.
  await header(app).getByRole('button', { name: 'Client' }).click();
  await app.page.getByRole('menuitemradio', { name: 'Bitrix24' }).click();
  await sidebar(app).getByRole('button', { name: /Gamma/ }).click();
  await expect((await portalPage(app, bitrix24, 'gamma')).getByRole('heading', { level: 1, name: 'Gamma' })).toBeVisible();
});
