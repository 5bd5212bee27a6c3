/**
 * Signing in and changing the password with the keyboard alone: Tab, Shift+Tab, Enter, Space, the
 * arrow keys and typing, never the mouse and never `fill`. At each step the focus is where a person
 * expects it: on the first field on arrival, on the field that needs fixing after an error, back on
 * what opened a dialog or a form once it closes.
 */
import { expect, test } from './fixtures.ts';
import { tabTo } from './support/keyboard.ts';
import { changePasswordForm, mockInboxScreen, profileScreen } from './support/account.ts';
import { portalsScreen } from './support/portals.ts';
import { accountMenu, alice, expectSignedIn, signInScreen } from './support/screens.ts';
import { signedOutFooter } from './support/server-settings.ts';
import type { Page } from '@playwright/test';

const newPassword = 'Sunny-Harbor-2026';
const [aliceTeam] = alice.portals as [(typeof alice.portals)[number]];
/** Clears the focused text field with the keyboard and types `text` into it. */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

test('signing in with the keyboard: the first field waits, errors take the focus, a dialog gives it back', async ({ app }) => {
  const page = await app.launch();
  const screen = signInScreen(page);
  await expect(screen.heading).toBeVisible();
  await expect(screen.login).toBeFocused();

  // Nothing typed: the first field that needs something gets the focus and says what.
  await page.keyboard.press('Enter');
  await expect(screen.login).toHaveAccessibleDescription('Enter your email or phone number.');
  await expect(screen.login).toBeFocused();

  // The Mock inbox, from the footer, and back: the focus returns to the button that opened it.
  const footer = signedOutFooter(page);
  await tabTo(page, footer.mockInbox);
  await page.keyboard.press('Enter');
  await expect(mockInboxScreen(page).heading).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Mock inbox' })).toHaveCount(0);
  await expect(footer.mockInbox).toBeFocused();

  await tabTo(page, screen.login, 'backward');
  await page.keyboard.type(alice.email);
  await page.keyboard.press('Tab');
  await expect(screen.password).toBeFocused();
  await page.keyboard.type('Not-Alices-Passw0rd!');
  await page.keyboard.press('Enter');

  // A wrong password: said once, and the password field has the focus to try again.
  await expect(screen.alert.filter({ hasText: 'Wrong login or password' })).toBeVisible();
  await expect(screen.password).toBeFocused();
  await retype(page, alice.password);
  await page.keyboard.press('Enter');

  await expectSignedIn(page, alice);
});

/** From the sign-in screen just opened: the login, Tab, the password, Enter. */
async function signInWithKeyboard(page: Page): Promise<void> {
  await expect(signInScreen(page).login).toBeFocused();
  await page.keyboard.type(alice.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(alice.password);
  await page.keyboard.press('Enter');
  await expectSignedIn(page, alice);
}

test('changing the password with the keyboard, then signing in with it', async ({ app }) => {
  const page = await app.launch();
  const screen = signInScreen(page);
  await signInWithKeyboard(page);

  // The account menu: Enter opens it on its first item, the profile takes the focus to its heading.
  const menuButton = accountMenu(page, alice);
  await tabTo(page, menuButton);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Profile and security' })).toBeFocused();
  await page.keyboard.press('Enter');
  const profile = profileScreen(page, alice);
  await expect(profile.heading).toBeFocused();

  const form = changePasswordForm(page);
  await tabTo(page, form.changeButton);
  await page.keyboard.press('Space');
  await expect(form.current).toBeFocused();
  await page.keyboard.type(alice.password);
  await tabTo(page, form.newPassword);
  await page.keyboard.type(newPassword);
  await expect(form.strength).toHaveAttribute('aria-valuetext', 'Strong');
  await tabTo(page, form.repeat);
  await page.keyboard.type(`${newPassword}x`);
  await page.keyboard.press('Enter');

  // The mismatch is caught, and the field to fix has the focus.
  await expect(form.repeat).toHaveAccessibleDescription('The passwords do not match.');
  await expect(form.repeat).toBeFocused();
  await retype(page, newPassword);
  await page.keyboard.press('Enter');

  // Done: the form closes and the focus is back on the button that opened it.
  await expect(form.form).toBeHidden();
  await expect(profile.password.getByRole('status')).toContainText('Your password has been changed.');
  await expect(form.changeButton).toBeFocused();

  // Sign out from the account menu: Up from its button opens it on the last item.
  await tabTo(page, menuButton, 'backward');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeFocused();
  await page.keyboard.press('Enter');

  // The form offers the login that signed in last, so the password has the focus.
  await expect(screen.heading).toBeVisible();
  await expect(screen.login).toHaveValue(alice.email);
  await expect(screen.password).toBeFocused();
  await page.keyboard.type(newPassword);
  await page.keyboard.press('Enter');
  await expectSignedIn(page, alice);
});

test('opening a portal with the keyboard; Tab goes on through its page and around the window, no trap', async ({ app }) => {
  const page = await app.launch();
  await signInWithKeyboard(page);
  const portals = portalsScreen(page);

  // Search, then Down into the list and Enter on the row.
  await tabTo(page, portals.search);
  await page.keyboard.type(aliceTeam.domain);
  await page.keyboard.press('ArrowDown');
  await expect(portals.portal(aliceTeam.domain)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(portals.toolbar.getByRole('heading', { name: aliceTeam.title })).toBeVisible();
  await expect(await app.portalHeading(aliceTeam)).toBeVisible();

  // The toolbar's actions, then past the portal's page (web: an iframe) and round to the header again.
  await tabTo(page, portals.signOutOfPortal);
  await tabTo(page, portals.hide);
  const menuButton = accountMenu(page, alice);
  await tabTo(page, menuButton);
  // And back the other way, through the portal's page again.
  await tabTo(page, portals.hide, 'backward');
  await tabTo(page, portals.create, 'backward');
});
